package org.winnow.ui.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.prisma.PrismaChecks;
import org.winnow.core.prisma.PrismaCounts;
import org.winnow.core.prisma.PrismaViolation;
import org.winnow.core.project.PrismaExport;
import org.winnow.core.project.PrismaField;
import org.winnow.core.project.PrismaService;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.render.FigureExporter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "prisma",
    description =
        "The PRISMA 2020 counts, derived from the project's data: the diagram (svg, png, pdf),"
            + " the PRISMA2020 template (csv) or the counts with provenance (json); the items"
            + " behind a count; the diagram's consistency checks; the fields only a person can"
            + " know. Without an option: every count, with the checks' verdict.")
final class PrismaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  /** What to print; at most one. */
  static final class Action {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "json, csv, svg, png (300 dpi) or pdf; png and pdf need -o.")
    String format;

    @Option(
        names = "--explain",
        paramLabel = "FIELD",
        description = "List the record IDs behind a count (any field name of the output).")
    String explain;

    @Option(
        names = "--check",
        description = "Check every arithmetic rule of the diagram; exit 3 naming each broken one.")
    boolean check;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Action action = new Action();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "With --format: write here instead of stdout.")
  Path output;

  @Option(
      names = "--dpi",
      paramLabel = "N",
      description = "Resolution of a PNG (default ${DEFAULT-VALUE}).")
  int dpi = FigureExporter.DEFAULT_DPI;

  @Option(
      names = "--set",
      paramLabel = "FIELD=VALUE",
      description =
          "Set a manual field (repeatable; an empty VALUE clears it): excluded_automatic,"
              + " excluded_other, previous_studies, previous_reports, total_studies_ma,"
              + " total_reports_ma.")
  List<String> set = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrismaExport format = format();
    if (dpi < 36 || dpi > 1200) {
      throw new BadInputException("--dpi must be between 36 and 1200, not " + dpi);
    }
    if (output != null && format == null) {
      throw new BadInputException("-o goes with --format");
    }
    // --set changes the project; everything else only reads it, so it works while it is written
    try (ReviewProject p = set.isEmpty() ? project.openToRead() : project.open()) {
      for (String s : set) {
        int eq = s.indexOf('=');
        if (eq < 1) {
          throw new BadInputException("--set takes FIELD=VALUE, not '" + s + "'");
        }
        String value = s.substring(eq + 1).strip();
        p.prisma()
            .setManual(s.substring(0, eq).strip(), value.isEmpty() ? null : value, project.actor);
      }
      Map<String, PrismaField> fields = p.prisma().counts();
      PrismaCounts counts = p.prisma().toCounts(fields);
      PrintWriter out = spec.commandLine().getOut();
      if (format != null) {
        return export(format, counts, out);
      }
      if (action.explain != null) {
        explain(fields, action.explain.strip(), out);
        return ExitCodes.OK;
      }
      List<PrismaViolation> broken = PrismaChecks.check(counts);
      if (action.check) {
        report(broken, p.prisma().notes(fields), out);
        if (!broken.isEmpty()) {
          spec.commandLine()
              .getErr()
              .printf("winnow: %d of the diagram's rules do not hold%n", broken.size());
          return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
      }
      summary(fields, broken, out);
    }
    return ExitCodes.OK;
  }

  private PrismaExport format() throws BadInputException {
    if (action.format == null) {
      return null;
    }
    try {
      return PrismaExport.parse(action.format);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--format: " + e.getMessage());
    }
  }

  private int export(PrismaExport format, PrismaCounts counts, PrintWriter out) throws Exception {
    if (output == null) {
      if (format.binary()) {
        throw new BadInputException(format.extension() + " is binary: give -o FILE");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      format.write(counts, dpi, bytes);
      out.print(bytes.toString(StandardCharsets.UTF_8));
      out.flush();
      return ExitCodes.OK;
    }
    format.write(counts, dpi, output);
    if (project.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("format", format.extension());
      json.put("file", output.toString());
      json.put("bytes", Files.size(output));
      Output.json(out, json);
    } else {
      out.printf("Wrote the PRISMA %s to %s%n", format.extension(), output);
    }
    return ExitCodes.OK;
  }

  private void explain(Map<String, PrismaField> fields, String name, PrintWriter out)
      throws BadInputException {
    PrismaField f = behind(fields, name);
    if (project.json) {
      Output.json(out, fieldJson(f, true));
      return;
    }
    out.printf("%s = %d (%s)%n", f.name(), f.value(), f.manual() ? "manual" : "derived");
    if (f.manual()) {
      out.println("  entered by hand: no items behind it");
    } else if (f.breakdown().isEmpty()) {
      f.items().forEach(id -> out.println("  " + id));
    } else {
      for (PrismaField.Part part : f.breakdown()) {
        out.printf("  %s (%d)%n", part.label(), part.value());
        part.items().forEach(id -> out.println("    " + id));
      }
    }
  }

  /**
   * The field a name stands for: one of the output's fields, or a key of the diagram (a breakdown,
   * an awaiting step) made of several, listed as its parts.
   */
  static PrismaField behind(Map<String, PrismaField> fields, String name) throws BadInputException {
    List<PrismaField> sources = new ArrayList<>();
    for (String source : PrismaService.sourcesOf(name)) {
      PrismaField f = fields.get(source);
      if (f == null) {
        throw new BadInputException(
            "--explain: no field '" + name + "'; fields are " + String.join(", ", fields.keySet()));
      }
      sources.add(f);
    }
    if (sources.size() == 1) {
      return sources.get(0);
    }
    List<PrismaField.Part> parts = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (PrismaField f : sources) {
      parts.add(new PrismaField.Part(f.name(), f.value(), f.items()));
      items.addAll(f.items());
    }
    return new PrismaField(name, items.size(), parts, items, false);
  }

  /** A count as JSON; with {@code items} the IDs behind it and behind each part. */
  static Map<String, Object> fieldJson(PrismaField f, boolean items) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("field", f.name());
    j.put("n", f.value());
    j.put("provenance", f.manual() ? "manual" : "derived");
    if (items) {
      j.put("items", f.items());
    }
    List<Map<String, Object>> parts = new ArrayList<>();
    for (PrismaField.Part part : f.breakdown()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", part.label());
      m.put("n", part.value());
      if (items) {
        m.put("items", part.items());
      }
      parts.add(m);
    }
    if (items || !parts.isEmpty()) {
      j.put("breakdown", parts);
    }
    return j;
  }

  private void report(List<PrismaViolation> broken, List<String> notes, PrintWriter out) {
    if (project.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("ok", broken.isEmpty());
      json.put("rules", PrismaChecks.RULES.size());
      json.put("broken", broken.stream().map(PrismaCommand::violationJson).toList());
      json.put("notes", notes);
      Output.json(out, json);
      return;
    }
    notes.forEach(n -> out.println("NOTE " + n));
    if (broken.isEmpty()) {
      out.printf(
          "All %d rules of the diagram hold (or do not apply).%n", PrismaChecks.RULES.size());
      return;
    }
    for (PrismaViolation v : broken) {
      out.printf("BROKEN %s: %s%n", v.check(), v.message());
    }
  }

  static Map<String, Object> violationJson(PrismaViolation v) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("check", v.check());
    j.put("rule", v.rule());
    j.put("values", v.values());
    j.put("expected", v.expected());
    j.put("actual", v.actual());
    j.put("message", v.message());
    return j;
  }

  private void summary(
      Map<String, PrismaField> fields, List<PrismaViolation> broken, PrintWriter out) {
    if (project.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      Map<String, Object> counts = new LinkedHashMap<>();
      fields.values().forEach(f -> counts.put(f.name(), fieldJson(f, false)));
      json.put("fields", counts);
      json.put(
          "checks",
          Map.of(
              "ok",
              broken.isEmpty(),
              "broken",
              broken.stream().map(PrismaViolation::check).toList()));
      Output.json(out, json);
      return;
    }
    for (PrismaField f : fields.values()) {
      out.printf("%-28s %8d%s%n", f.name(), f.value(), f.manual() ? "  (manual)" : "");
      f.breakdown().forEach(part -> out.printf("  %-26s %8d%n", part.label(), part.value()));
    }
    out.println(
        broken.isEmpty()
            ? "Every rule of the diagram holds."
            : broken.size() + " rule(s) broken: run with --check for the numbers.");
  }
}
