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
import org.winnow.core.io.CitationExporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.model.Record;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Export the project's records as RIS, CSV or BibTeX.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "ID",
      description = "ris, csv or bibtex.")
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
      description = "With --set: title-abstract or full-text.")
  String stage;

  private List<Record> selected(ReviewProject p) throws BadInputException {
    if (set == null) {
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
    if (stage == null) {
      throw new BadInputException("--set needs --stage title-abstract|full-text");
    }
    org.winnow.core.model.Stage s;
    try {
      s = org.winnow.core.model.Stage.parse(stage);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--stage: " + e.getMessage());
    }
    return p.screening().records(s, status);
  }

  @Override
  public Integer call() throws Exception {
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
        org.winnow.core.io.AtomicFiles.write(
            output,
            stream -> {
              Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
              exporter.write(records, w);
              w.flush();
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
