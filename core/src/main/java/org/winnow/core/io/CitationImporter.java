package org.winnow.core.io;

import java.util.ArrayList;
import java.util.List;

/** One citation file format. Implementations are stateless and listed in {@link FormatRegistry}. */
public interface CitationImporter {

  /** Stable id used on the command line ({@code --format ris}) and stored with each batch. */
  String id();

  /** Human name ("RIS (Ovid, EBSCO, Scopus, Web of Science, EndNote...)"). */
  String label();

  /** File name endings this format usually has, lower case without dot ("ris", "nbib"). */
  List<String> extensions();

  /**
   * How sure this importer is that a file whose first characters are {@code sample} is in its
   * format: 0 = not at all, 100 = certain. Looks at content, never at the file name.
   */
  int detect(String sample);

  /**
   * Parses the whole file into drafts, one per record, in file order.
   *
   * @throws ImportException naming file, line and field when the input is not valid in this format
   */
  List<RecordDraft> read(ImportText input) throws ImportException;

  /** Receives drafts one at a time as a streaming importer reads them. */
  @FunctionalInterface
  interface DraftSink {
    void accept(RecordDraft draft) throws ImportException;
  }

  /**
   * Hands each record to the sink as soon as it is read, so a large file need not be held as drafts
   * all at once. Formats that can stream override this; the default reads the whole file.
   *
   * @throws ImportException as {@link #read}; records already handed over must then be discarded
   */
  default void stream(ImportText input, DraftSink sink) throws ImportException {
    // a copy, because read() may return an unmodifiable list; the original is garbage after this
    List<RecordDraft> drafts = new ArrayList<>(read(input));
    for (int i = 0; i < drafts.size(); i++) {
      sink.accept(drafts.get(i));
      drafts.set(i, null); // let the garbage collector have it while the rest is stored
    }
  }
}
