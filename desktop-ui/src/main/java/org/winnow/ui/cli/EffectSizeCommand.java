package org.winnow.ui.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.extraction.EffectSizeCsv;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.SynthesisService;
import org.winnow.core.project.SynthesisTables;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.csv.EffectSizeOutput;
import org.winnow.core.stats.csv.OutcomeTable;
import org.winnow.core.stats.effect.EffectSize;
import org.winnow.core.stats.effect.Reported;
import org.winnow.core.stats.report.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "effect-size",
    mixinStandardHelpOptions = true,
    description = {
      "Standardised mean differences, Cohen's d and Hedges' g (as metafor's SMD), from "
          + "what each study reported: means, change scores, t, F, p, 2x2 counts, odds "
          + "ratios, r or one-group data. Rows without usable data are kept with the reason "
          + "and listed on stderr. Columns: docs/effect-sizes.md. With DIR, the consensus (or "
          + "agreed) outcome data of the project; what cannot be used is listed."
    })
final class EffectSizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutcomeInput input;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the input's columns plus the effect sizes as CSV.")
  java.nio.file.Path out;

  @Option(
      names = "--outcome",
      paramLabel = "NAME",
      description = "Only the rows of this outcome (case-insensitive); repeat for several.")
  List<String> outcomes = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    SynthesisService.Filter filter = input.filter(outcomes);
    if (input.fromProject(spec)) {
      try (ReviewProject p = input.openProject()) {
        SynthesisService.Outcomes o = p.synthesis().outcomes(filter);
        return report(o.table(input.dir.toString()), o);
      }
    }
    return report(input.read(spec, filter), null);
  }

  /**
   * Prints the effect sizes of the table's rows; {@code project} is null for a batch file, else the
   * project's rows (the same rows as the table) and what it could not use.
   */
  private int report(OutcomeTable table, SynthesisService.Outcomes project) throws Exception {
    if (out != null) {
      StringWriter csv = new StringWriter();
      EffectSizeOutput.write(table, csv);
      OutcomeInput.write(out, csv.toString());
    }
    var err = spec.commandLine().getErr();
    if (project != null) {
      for (EffectSizeCsv.Skipped s : project.skipped()) {
        err.println("winnow: " + skippedText(s));
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    int computed = 0;
    int directionOnly = 0;
    for (int i = 0; i < table.rows().size(); i++) {
      OutcomeTable.Row row = table.rows().get(i);
      OutcomeRecord o = row.outcome();
      EffectSize e = o.effectSize();
      if (e.computed()) {
        computed++;
      } else if (o.reported() instanceof Reported.DirectionOnly) {
        directionOnly++;
      } else {
        err.println(
            "winnow: "
                + o.source()
                + ": "
                + o.study()
                + ": no effect size ("
                + e.notes().get(0)
                + ")");
      }
      Map<String, Object> json = new LinkedHashMap<>();
      if (project == null) {
        json.put("line", row.line());
      } else {
        SynthesisService.OutcomeRow r = project.rows().get(i);
        json.put("studyId", r.study().id());
        json.put("timePoint", r.timePoint());
        json.put("intervention", r.intervention());
        json.put("control", r.control());
        json.put("comparisonSource", r.comparisonSource());
        json.put("status", r.status().id());
      }
      json.put("study", o.study());
      json.put("outcome", o.outcome());
      json.put("domain", o.domain());
      json.put("desirable", o.desirable() == null ? null : o.desirable().id());
      json.putAll(EffectSizeOutput.fields(o, e));
      json.put("methodLabel", e.conversion().label());
      rows.add(json);
    }
    err.flush();
    int notComputable = table.rows().size() - computed - directionOnly;
    var stdout = spec.commandLine().getOut();
    if (input.json) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("input", table.file());
      j.put("file", out == null ? null : out.toString());
      j.put("rows", table.rows().size());
      j.put("computed", computed);
      j.put("directionOnly", directionOnly);
      j.put("notComputable", notComputable);
      j.put("effects", rows);
      if (project != null) {
        j.put("skipped", project.skipped());
      }
      Output.json(stdout, j);
      return ExitCodes.OK;
    }
    for (Map<String, Object> r : rows) {
      stdout.println(line(r));
    }
    stdout.printf(
        "%d rows: %d effect sizes, %d direction only, %d not computable%s%s%n",
        table.rows().size(),
        computed,
        directionOnly,
        notComputable,
        project == null ? "" : "; " + project.skipped().size() + " not usable (listed on stderr)",
        out == null ? "" : "; written to " + out);
    return ExitCodes.OK;
  }

  /** "S3 Brown 2020 / Mood / 12 weeks: why", for stderr. */
  static String skippedText(EffectSizeCsv.Skipped s) {
    return SynthesisTables.skipped(s);
  }

  /** "Alder 2015 | Quality of life | g = 0.49 [−0.12, 1.10] | means, small, benefit". */
  private static String line(Map<String, Object> r) {
    StringBuilder s = new StringBuilder().append(r.get("study"));
    if (!r.get("outcome").toString().isEmpty()) {
      s.append(" | ").append(r.get("outcome"));
    }
    s.append(" | ");
    if (r.get("yi") instanceof Double yi) {
      s.append(r.get("measure"))
          .append(" = ")
          .append(Numbers.fixed(yi, 3))
          .append(" [")
          .append(Numbers.fixed((Double) r.get("ci_lb"), 3))
          .append(", ")
          .append(Numbers.fixed((Double) r.get("ci_ub"), 3))
          .append("]");
    } else {
      s.append("no effect size");
    }
    List<String> about = new ArrayList<>();
    about.add((String) r.get("method"));
    for (String key : List.of("magnitude", "direction")) {
      if (r.get(key) != null) {
        about.add(r.get(key).toString().toLowerCase(Locale.ROOT));
      }
    }
    s.append(" | ").append(String.join(", ", about));
    if (r.get("notes") != null) {
      s.append(" | ").append(r.get("notes"));
    }
    return s.toString();
  }
}
