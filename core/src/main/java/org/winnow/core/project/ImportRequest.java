package org.winnow.core.project;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.winnow.core.model.SourceType;

/**
 * What the user asked to import: files from one source, searched on one date.
 *
 * @param formatId an importer id to use instead of detection, or null
 * @param force import even when a file with the same SHA-256 was imported before
 */
public record ImportRequest(
    List<Path> files,
    String sourceName,
    SourceType sourceType,
    LocalDate searchedOn,
    String strategy,
    String formatId,
    boolean force,
    String actor) {

  public ImportRequest {
    files = List.copyOf(files);
  }
}
