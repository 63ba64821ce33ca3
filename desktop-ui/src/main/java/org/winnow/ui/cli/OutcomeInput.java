package org.winnow.ui.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.winnow.core.io.AtomicFiles;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.stats.csv.OutcomeCsvReader;
import org.winnow.core.stats.csv.OutcomeTable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where the statistics verbs get study outcomes: a CSV batch file today. The project form (DIR) is
 * reserved for a project's extraction data; until extraction exists it is a usage error that says
 * so. The core takes {@code OutcomeRecord}s, so an extraction source plugs in here.
 */
final class OutcomeInput {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "A project folder (not available until the project has extraction data).")
  Path dir;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "CSV of study outcomes, one row each (columns: docs/effect-sizes.md).")
  Path input;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  OutcomeTable read(CommandSpec spec) throws IOException, ImportException, BadInputException {
    if (dir != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "winnow "
              + spec.name()
              + " DIR: reading outcomes from a project is not available until the project has"
              + " extraction data; give the outcomes as a CSV file with --input FILE.csv");
    }
    if (input == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--input FILE.csv is required (columns: docs/effect-sizes.md)");
    }
    if (!Files.isRegularFile(input)) {
      throw new BadInputException("--input: " + input + ": no such file");
    }
    return OutcomeCsvReader.read(
        input.toString(), TextDecoder.decodeText(Files.readAllBytes(input)));
  }

  /** A text output written beside its target and moved into place: never half a file. */
  static void write(Path target, String text) throws IOException {
    AtomicFiles.writeText(
        target,
        w -> {
          w.write(text);
          return null;
        });
  }

  /** A number for JSON: NaN and infinities (heterogeneity of one study) become null. */
  static Double number(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
