package org.winnow.ui.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.winnow.core.io.AtomicFiles;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.SynthesisService;
import org.winnow.core.stats.csv.OutcomeCsvReader;
import org.winnow.core.stats.csv.OutcomeTable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where the statistics verbs get study outcomes: a project (DIR: the final outcome data of its
 * extraction, through {@link SynthesisService}) or a CSV batch file (--input). The filters apply to
 * both.
 */
final class OutcomeInput {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      converter = LocationConverter.class,
      description =
          "A project folder or server URL: reads the consensus (or agreed) answers of its"
              + " outcome-data form.")
  ProjectLocation dir;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "CSV of study outcomes, one row each (columns: docs/effect-sizes.md).")
  Path input;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Option(
      names = "--domain",
      paramLabel = "DOMAIN",
      description = "Only the outcomes of this domain (case-insensitive).")
  String domain;

  @Option(
      names = "--time-point",
      paramLabel = "TIME",
      description = "Only the rows of this time point, with its unit (e.g. '6 months').")
  String timePoint;

  /** Whether the outcomes come from a project (DIR) rather than a batch file. */
  boolean fromProject(CommandSpec spec) {
    if (dir != null && input != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give a project DIR or --input FILE.csv, not both");
    }
    return dir != null;
  }

  /** The filters given, with the outcomes the command chose. */
  SynthesisService.Filter filter(List<String> outcomes) {
    return new SynthesisService.Filter(outcomes, domain, timePoint);
  }

  /** Opens the project to read it: no lock, so it works while another process writes. */
  ReviewProject openProject() throws ProjectException {
    return ReviewProject.openReadOnly(dir, Duration.ZERO);
  }

  /** The batch file's rows that the filter keeps. */
  OutcomeTable read(CommandSpec spec, SynthesisService.Filter filter)
      throws IOException, ImportException, BadInputException {
    OutcomeTable table = read(spec);
    int timeColumn = table.header().indexOf("time_point");
    if (filter.timePoint() != null && timeColumn < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--time-point: " + table.file() + " has no time_point column");
    }
    List<OutcomeTable.Row> kept = new ArrayList<>();
    for (OutcomeTable.Row row : table.rows()) {
      String time =
          timeColumn < 0 || timeColumn >= row.cells().size() ? "" : row.cells().get(timeColumn);
      if (filter.keeps(row.outcome().outcome(), row.outcome().domain(), time)) {
        kept.add(row);
      }
    }
    return new OutcomeTable(table.file(), table.header(), kept);
  }

  private OutcomeTable read(CommandSpec spec)
      throws IOException, ImportException, BadInputException {
    if (input == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "give a project DIR or --input FILE.csv (columns: docs/effect-sizes.md)");
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
