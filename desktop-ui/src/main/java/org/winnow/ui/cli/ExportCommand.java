package org.winnow.ui.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.io.AtomicFiles;
import org.winnow.core.io.CitationExporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.decisions.DecisionTemplate;
import org.winnow.core.model.CitationView;
import org.winnow.core.model.Record;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    description = {
      "Export the project's records as RIS, CSV or BibTeX, or (--set awaiting --for "
          + "REVIEWER --template) the decision file that reviewer fills in for screen "
          + "--decisions."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(names = "--format", paramLabel = "ID", description = "ris, csv or bibtex.")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of stdout.")
  Path output;

  @Option(
      names = "--set",
      paramLabel = "SET",
      description =
          "included, excluded, conflicts or awaiting at --stage (one record per item); default: every record.")
  String set;

  @Option(
      names = "--stage",
      paramLabel = "STAGE",
      description = "With --set: " + StageOption.NAMES + ".")
  String stage;

  @Option(
      names = "--for",
      paramLabel = "REVIEWER",
      description = "With --set awaiting: the items awaiting this reviewer's decision.")
  String reviewer;

  @Option(
      names = "--template",
      description =
          "With --set awaiting --for R --stage S: write the decision file to fill in"
              + " (record_id,title,year,authors,decision,reason,note), as screen --decisions reads it.")
  boolean template;

  /** The reply to {@code --template -o FILE --json}. */
  record TemplateReply(String format, String file, String stage, String reviewer, int items) {}

  private List<Record> selected(ReviewProject p) throws BadInputException, ProjectException {
    if (set == null) {
      if (reviewer != null) {
        throw new BadInputException("--for needs --set awaiting");
      }
      return p.records();
    }
    org.winnow.core.screening.ItemStatus status =
        switch (set.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "included" -> org.winnow.core.screening.ItemStatus.INCLUDED;
          case "excluded" -> org.winnow.core.screening.ItemStatus.EXCLUDED;
          case "conflicts" -> org.winnow.core.screening.ItemStatus.CONFLICT;
          case "awaiting" -> org.winnow.core.screening.ItemStatus.AWAITING;
          default ->
              throw new BadInputException(
                  "--set: '" + set + "' is not included, excluded, conflicts or awaiting");
        };
    org.winnow.core.model.Stage s = stage();
    if (reviewer != null) {
      if (status != org.winnow.core.screening.ItemStatus.AWAITING) {
        throw new BadInputException("--for goes with --set awaiting");
      }
      return p.screening().awaiting(s, reviewer).stream().map(ExportCommand::record).toList();
    }
    return p.screening().records(s, status);
  }

  private org.winnow.core.model.Stage stage() throws BadInputException {
    if (stage == null) {
      throw new BadInputException("--set needs --stage title-abstract|full-text");
    }
    try {
      return org.winnow.core.model.Stage.parse(stage);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--stage: " + e.getMessage());
    }
  }

  /** One record standing for an item: its first record with the citation's display fields. */
  private static Record record(CitationView v) {
    Record first = v.records().get(0);
    return new Record(
        first.id(),
        first.batchId(),
        v.citationId(),
        first.position(),
        first.line(),
        first.fileRecordId(),
        first.raw(),
        v.fields());
  }

  private int writeTemplate() throws Exception {
    if (set == null
        || !set.strip().equalsIgnoreCase("awaiting")
        || reviewer == null
        || stage == null) {
      throw new BadInputException("--template needs --set awaiting --for REVIEWER --stage STAGE");
    }
    if (format != null) {
      throw new BadInputException("--template writes a decision file: leave out --format");
    }
    if (output == null && project.json) {
      throw new BadInputException("--json needs -o FILE: stdout carries the JSON summary");
    }
    org.winnow.core.model.Stage s = stage();
    try (ReviewProject p = project.openToRead()) {
      List<CitationView> items = p.screening().awaiting(s, reviewer);
      if (output == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        DecisionTemplate.write(items, w);
        w.flush();
        return ExitCodes.OK;
      }
      org.winnow.core.io.AtomicFiles.write(
          output,
          stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            DecisionTemplate.write(items, w);
            w.flush();
          });
      var out = spec.commandLine().getOut();
      if (project.json) {
        Output.json(
            out,
            new TemplateReply(
                "decision-template", output.toString(), s.cliName(), reviewer, items.size()));
      } else {
        out.printf(
            "Wrote %d items awaiting %s at %s to %s (fill in decision, reason, note; then"
                + " winnow screen DIR --stage %s --reviewer \"%s\" --decisions %s)%n",
            items.size(), reviewer, s.cliName(), output, s.cliName(), reviewer, output);
      }
    }
    return ExitCodes.OK;
  }

  @Override
  public Integer call() throws Exception {
    if (template) {
      return writeTemplate();
    }
    if (format == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Missing required option: '--format=ID' (or --template)");
    }
    FormatRegistry formats = FormatRegistry.standard();
    CitationExporter exporter =
        formats
            .exporter(format)
            .orElseThrow(
                () ->
                    new BadInputException(
                        "--format: unknown '"
                            + format
                            + "' (known: "
                            + formats.exporterIds()
                            + ")"));
    if (output == null && project.json) {
      throw new BadInputException("--json needs -o FILE: stdout carries the JSON summary");
    }
    try (ReviewProject p = project.openToRead()) {
      List<Record> records = selected(p);
      if (output == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        exporter.write(records, w);
        w.flush();
      } else {
        // written beside the target first, so a failed export never leaves half a file
        AtomicFiles.writeText(
            output,
            w -> {
              exporter.write(records, w);
              return null;
            });
        var out = spec.commandLine().getOut();
        if (project.json) {
          Map<String, Object> json = new LinkedHashMap<>();
          json.put("format", exporter.id());
          json.put("file", output.toString());
          json.put("records", records.size());
          Output.json(out, json);
        } else {
          out.printf("Exported %d records to %s (%s)%n", records.size(), output, exporter.label());
        }
      }
    }
    return ExitCodes.OK;
  }
}
