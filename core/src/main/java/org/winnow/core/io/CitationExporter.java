package org.winnow.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.winnow.core.model.Record;

/** Writes records in one citation file format. Listed in {@link FormatRegistry}. */
public interface CitationExporter {

  /** Stable id used on the command line ({@code --format ris}). */
  String id();

  String label();

  /** The usual file name ending, without dot. */
  String extension();

  void write(List<Record> records, Writer out) throws IOException;
}
