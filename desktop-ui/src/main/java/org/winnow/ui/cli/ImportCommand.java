package org.winnow.ui.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.io.ImportWarning;
import org.winnow.core.model.ImportBatch;
import org.winnow.core.model.SourceType;
import org.winnow.core.project.ImportOutcome;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    description = {
      "Import citation files from one source. The format is detected from the content.",
      "All files are stored in one transaction: a file with an error imports nothing."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Files to import.")
  List<Path> files;

  @Option(
      names = "--source",
      required = true,
      paramLabel = "NAME",
      description = "Source name, e.g. \"MEDLINE (Ovid)\".")
  String source;

  @Option(
      names = "--source-type",
      paramLabel = "TYPE",
      description =
          "database|register|website|organisation|citation-search|other (needed for a new source).")
  String sourceType;

  @Option(
      names = "--searched",
      paramLabel = "DATE",
      description = "Date the search was run (YYYY-MM-DD).")
  String searched;

  @Option(
      names = "--format",
      paramLabel = "ID",
      description = "Format id instead of detection (see 'winnow formats').")
  String format;

  @Option(
      names = "--strategy",
      paramLabel = "FILE",
      description = "A file with the search strategy to attach.")
  Path strategyFile;

  @Option(
      names = "--force",
      description = "Import a file even if the same file was imported before.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    SourceType type;
    try {
      type = sourceType == null ? null : SourceType.parse(sourceType);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--source-type: " + e.getMessage());
    }
    LocalDate date = null;
    if (searched != null) {
      try {
        date = LocalDate.parse(searched);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--searched: '" + searched + "' is not a date like 2024-03-31");
      }
    }
    String strategy = null;
    if (strategyFile != null) {
      if (!Files.isRegularFile(strategyFile)) {
        throw new BadInputException("--strategy: no such file " + strategyFile);
      }
      strategy = Files.readString(strategyFile);
    }
    var err = spec.commandLine().getErr();
    try (ReviewProject p = project.open()) {
      ImportOutcome outcome =
          p.imports()
              .importFiles(
                  new ImportRequest(
                      files, source, type, date, strategy, format, force, project.actor),
                  new StderrProgress(err));
      print(outcome);
    }
    return ExitCodes.OK;
  }

  /** The {@code import --json} reply (docs/cli.md). */
  record ImportReply(
      SourceReply source,
      List<Map<String, Object>> batches,
      int records,
      List<WarningReply> warnings) {}

  record SourceReply(String name, String type) {}

  /** A record imported despite a problem; {@code field} is null when none is concerned. */
  record WarningReply(String file, int line, String field, String message) {
    static WarningReply of(ImportWarning w) {
      return new WarningReply(w.file(), w.line(), w.field(), w.message());
    }
  }

  private void print(ImportOutcome outcome) {
    var out = spec.commandLine().getOut();
    if (project.json) {
      Output.json(
          out,
          new ImportReply(
              new SourceReply(outcome.source().name(), outcome.source().type().cliName()),
              outcome.batches().stream().map(InfoCommand::batchJson).toList(),
              outcome.recordCount(),
              outcome.warnings().stream().map(WarningReply::of).toList()));
    } else {
      for (ImportBatch b : outcome.batches()) {
        out.printf(
            "Imported %d records from %s (%s, %s) into source '%s' as batch %d%n",
            b.recordCount(),
            b.fileName(),
            b.format(),
            b.encoding(),
            outcome.source().name(),
            b.id());
      }
      for (ImportWarning w : outcome.warnings()) {
        out.printf("Warning: %s%n", w.message());
      }
    }
  }
}
