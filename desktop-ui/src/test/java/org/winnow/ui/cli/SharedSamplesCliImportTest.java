package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.winnow.fixtures.Fixtures;

/**
 * Every export in the shared fixtures, of every format, imported through the real command line
 * ({@code winnow import --json}, in-process) as a new team would: exit 0 with as many records as
 * the format's importer reads, or, for files that are no citation export its importer can read, a
 * clean exit 3 whose message names the file, without a stack trace. Skips without ../shared.
 */
class SharedSamplesCliImportTest {
  private static final FormatRegistry REGISTRY = FormatRegistry.standard();

  @TempDir Path tmp;

  /** Records the importer that detection picks reads, or -1 when it (or detection) refuses. */
  private static int importerCount(Path file) throws Exception {
    ImportText text = TextDecoder.decode(file.getFileName().toString(), file);
    CitationImporter importer = REGISTRY.detect(text).orElse(null);
    if (importer == null) {
      return -1;
    }
    try {
      int n = importer.read(text).size();
      return n == 0 ? -1 : n;
    } catch (ImportException e) {
      return -1;
    }
  }

  @Test
  void everySharedSampleImportsThroughTheCommandLine() throws Exception {
    List<Path> samples = Fixtures.sharedFormatSamples();
    Assumptions.assumeFalse(samples.isEmpty(), "no shared fixtures");
    String dir = tmp.resolve("review").toString();
    assertEquals(0, Cli.run("init", dir).exitCode());
    List<String> failures = new ArrayList<>();
    int ok = 0;
    for (Path file : samples) {
      int expected = importerCount(file);
      Cli r =
          Cli.run(
              "import",
              dir,
              file.toString(),
              "--source",
              "Samples",
              "--source-type",
              "database",
              "--force",
              "--json");
      String name = file.getFileName().toString();
      if (r.exitCode() == ExitCodes.OK) {
        ok++;
        int stored = r.json().get("records").asInt();
        if (stored != expected) {
          failures.add(name + ": importer reads " + expected + ", CLI stored " + stored);
        }
      } else if (r.exitCode() == ExitCodes.BAD_INPUT) {
        if (expected >= 0) {
          failures.add(name + ": importer reads " + expected + " but exit 3: " + r.err());
        } else if (!r.err().contains(name) || r.err().contains("Exception")) {
          failures.add(name + ": exit 3 without naming the file cleanly: " + r.err());
        }
      } else {
        failures.add(name + ": exit " + r.exitCode() + ": " + r.err());
      }
    }
    System.out.printf(
        "shared samples through the CLI: %d files, %d imported, %d refused%n",
        samples.size(), ok, samples.size() - ok);
    if (!failures.isEmpty()) {
      fail(failures.size() + " files:\n" + String.join("\n", failures));
    }
  }
}
