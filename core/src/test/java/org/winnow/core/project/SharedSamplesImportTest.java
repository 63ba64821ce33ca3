package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.model.SourceType;
import org.winnow.fixtures.Fixtures;

/**
 * Every export in the shared fixtures, of every format, imported as a new team would: through
 * {@link ImportService} into a real project (database and index), not only through the importer
 * classes. Each file either imports exactly as many records as its importer reads, or fails with a
 * clean {@link ImportException} naming the file, as its importer (or detection) does. Skips without
 * ../shared.
 */
class SharedSamplesImportTest {
  private static final FormatRegistry REGISTRY = FormatRegistry.standard();

  @TempDir Path tmp;

  /** What the importer that detection picks reads from a file: a count, or why it cannot. */
  record Expected(int records, String problem) {
    static Expected of(Path file) throws Exception {
      ImportText text = TextDecoder.decode(file.getFileName().toString(), file);
      CitationImporter importer = REGISTRY.detect(text).orElse(null);
      if (importer == null) {
        return new Expected(-1, "format not recognised");
      }
      try {
        int n = importer.read(text).size();
        return n == 0 ? new Expected(-1, "no records") : new Expected(n, null);
      } catch (ImportException e) {
        return new Expected(-1, e.getMessage());
      }
    }
  }

  @Test
  void everySharedSampleImportsThroughTheServiceAsItsImporterReadsIt() throws Exception {
    List<Path> samples = Fixtures.sharedFormatSamples();
    Assumptions.assumeFalse(samples.isEmpty(), "no shared fixtures");
    List<String> failures = new ArrayList<>();
    int imported = 0;
    int refused = 0;
    try (ReviewProject p = TestProjects.create(tmp.resolve("review"), "samples", "tester")) {
      for (Path file : samples) {
        Expected expected = Expected.of(file);
        long before = p.summary().records();
        try {
          ImportOutcome outcome =
              p.imports()
                  .importFiles(
                      new ImportRequest(
                          List.of(file),
                          "Samples",
                          SourceType.DATABASE,
                          null,
                          null,
                          null,
                          true,
                          "tester"),
                      Progress.NONE);
          imported++;
          if (expected.records() != outcome.recordCount()
              || p.summary().records() - before != expected.records()) {
            failures.add(
                file
                    + ": importer reads "
                    + expected.records()
                    + (expected.problem() == null ? "" : " (" + expected.problem() + ")")
                    + ", service stored "
                    + outcome.recordCount());
          }
        } catch (ImportException e) {
          refused++;
          assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
          if (expected.records() >= 0) {
            failures.add(file + ": importer reads " + expected.records() + " but: " + e);
          }
          assertEquals(before, p.summary().records(), "records after a failed import of " + file);
        } catch (RuntimeException e) {
          failures.add(file + ": internal error " + e);
        }
      }
    }
    System.out.printf(
        "shared samples through ImportService: %d files, %d imported, %d refused%n",
        samples.size(), imported, refused);
    if (!failures.isEmpty()) {
      fail(failures.size() + " files:\n" + String.join("\n", failures));
    }
  }
}
