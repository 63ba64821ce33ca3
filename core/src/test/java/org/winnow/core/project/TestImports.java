package org.winnow.core.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.winnow.core.model.SourceType;

/** What service tests do to a project again and again: import some RIS text, find a citation. */
final class TestImports {
  private TestImports() {}

  /** Writes the RIS text to {@code file} and imports it from one source, as {@code actor}. */
  static ImportOutcome ris(
      ReviewProject project, Path file, String source, SourceType type, String actor, String text)
      throws Exception {
    Files.writeString(file, text);
    return project
        .imports()
        .importFiles(
            new ImportRequest(List.of(file), source, type, null, null, null, false, actor),
            Progress.NONE);
  }

  /**
   * RIS text of records {@code from} to {@code to}: file IDs m1, m2, ..., titles "Trial N of early
   * mobilisation", distinct years, so that no two are duplicates.
   */
  static String trials(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i <= to; i++) {
      s.append("TY  - JOUR\nID  - m")
          .append(i)
          .append("\nTI  - Trial ")
          .append(i)
          .append(" of early mobilisation\nPY  - ")
          .append(1900 + i)
          .append("\nER  - \n");
    }
    return s.toString();
  }

  /** The citation that the record with this file ID belongs to now. */
  static long citationOf(ReviewProject project, String fileRecordId) {
    return project.dedup().clusters().stream()
        .filter(r -> fileRecordId.equals(r.fileRecordId()))
        .findFirst()
        .orElseThrow()
        .citationId();
  }
}
