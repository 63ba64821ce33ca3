package org.winnow.ui.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.SynthesisService;
import org.winnow.core.render.FigureExporter;
import org.winnow.core.render.FigureFormat;
import org.winnow.core.stats.csv.OutcomeTable;
import org.winnow.core.stats.direction.DirectionRule;
import org.winnow.core.stats.direction.DomainDirection;
import org.winnow.core.stats.direction.EffectDirectionSynthesis;
import org.winnow.core.stats.direction.OutcomeDirection;
import org.winnow.core.stats.direction.SignTest;
import org.winnow.core.stats.direction.StudyRow;
import org.winnow.core.stats.plot.EffectDirectionPlot;
import org.winnow.core.stats.report.EffectDirectionTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "effect-direction",
    mixinStandardHelpOptions = true,
    description = {
      "Synthesis without meta-analysis by effect direction (SWiM; Boon & Thomson 2021): "
          + "one direction per study and outcome domain (▲ benefit, ▼ harm, ◄► no change or "
          + "mixed) and a sign test per domain, as a table (csv, md, html) or the "
          + "effect-direction plot (svg, png, pdf). With DIR, the project's consensus outcome "
          + "data, studies ordered by their MMAT appraisal."
    })
final class EffectDirectionCommand implements Callable<Integer> {
  private static final List<String> TABLES = List.of("csv", "md", "html");

  @Spec CommandSpec spec;
  @Mixin OutcomeInput input;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "csv, md or html (table); svg, png or pdf (plot).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of stdout (needed for png and pdf).")
  Path output;

  @Option(
      names = "--rule",
      paramLabel = "RULE",
      defaultValue = "70-percent",
      description =
          "70-percent (default: a single outcome whose CI includes 0 is ◄►) or"
              + " 70-percent-sign-only (significance never used).")
  String rule;

  @Option(
      names = "--outcome",
      paramLabel = "NAME",
      description = "Only the rows of this outcome (case-insensitive); repeat for several.")
  List<String> outcomes = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    String f = format.strip().toLowerCase(Locale.ROOT);
    boolean table = TABLES.contains(f);
    FigureFormat figure = null;
    if (!table) {
      try {
        figure = FigureFormat.parse(f);
      } catch (IllegalArgumentException e) {
        throw usage("--format: unknown '" + format + "' (csv, md, html, svg, png or pdf)");
      }
    }
    if (output == null && (figure == FigureFormat.PNG || figure == FigureFormat.PDF)) {
      throw usage("--format " + f + " needs -o FILE");
    }
    if (output == null && input.json) {
      throw usage("--json needs -o FILE: stdout carries the JSON summary");
    }
    DirectionRule r;
    try {
      r = DirectionRule.parse(rule);
    } catch (IllegalArgumentException e) {
      throw usage("--rule: " + e.getMessage());
    }
    SynthesisService.Filter filter = input.filter(outcomes);
    EffectDirectionSynthesis s;
    List<String> skippedRows = new ArrayList<>();
    List<SynthesisService.StudyAppraisal> appraisals = null;
    if (input.fromProject(spec)) {
      try (ReviewProject p = input.openProject()) {
        SynthesisService.EffectDirection d = p.synthesis().effectDirection(filter, r);
        s = d.synthesis();
        appraisals = d.appraisals();
        d.skipped().forEach(x -> skippedRows.add(EffectSizeCommand.skippedText(x)));
      }
    } else {
      OutcomeTable outcomes = input.read(spec, filter);
      try {
        s = EffectDirectionSynthesis.of(outcomes.outcomes(), r);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(e.getMessage());
      }
    }
    skippedRows.addAll(s.skipped());
    var err = spec.commandLine().getErr();
    for (String skipped : skippedRows) {
      err.println("winnow: skipped " + skipped);
    }
    err.flush();
    var out = spec.commandLine().getOut();
    String text =
        switch (f) {
          case "csv" -> EffectDirectionTable.csv(s);
          case "md" -> EffectDirectionTable.markdown(s);
          case "html" -> EffectDirectionTable.html(s);
          default ->
              figure == FigureFormat.SVG ? FigureExporter.svg(new EffectDirectionPlot(s)) : null;
        };
    if (output == null) {
      out.print(text);
      out.flush();
      return ExitCodes.OK;
    }
    if (text != null) {
      OutcomeInput.write(output, text);
    } else {
      FigureExporter.write(new EffectDirectionPlot(s), figure, output);
    }
    if (input.json) {
      Output.json(out, json(s, f, skippedRows, appraisals));
    } else {
      out.printf(
          "Effect direction of %d studies in %d domains written to %s (%s)%n",
          s.studies().size(), s.domains().size(), output, f);
    }
    return ExitCodes.OK;
  }

  private Map<String, Object> json(
      EffectDirectionSynthesis s,
      String f,
      List<String> skipped,
      List<SynthesisService.StudyAppraisal> appraisals) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("format", f);
    j.put("file", output.toString());
    j.put("rule", s.rule().id());
    j.put("domains", s.domains());
    List<Map<String, Object>> studies = new ArrayList<>();
    for (StudyRow row : s.studies()) {
      Map<String, Object> st = new LinkedHashMap<>();
      st.put("study", row.study());
      st.put("participants", row.participants());
      st.put("size", row.size() == null ? null : row.size().id());
      st.put("appraisal", row.appraisal() == null ? null : row.appraisal().id());
      Map<String, Object> cells = new LinkedHashMap<>();
      for (DomainDirection cell : row.domains().values()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("direction", cell.direction().id());
        c.put("symbol", cell.direction().symbol());
        c.put("reason", cell.reason());
        List<Map<String, Object>> votes = new ArrayList<>();
        for (OutcomeDirection o : cell.outcomes()) {
          Map<String, Object> v = new LinkedHashMap<>();
          v.put("outcome", o.outcome().outcome());
          v.put("source", o.outcome().source());
          v.put("direction", o.direction().id());
          v.put("ciIncludesZero", o.ciIncludesZero());
          v.put("reason", o.reason());
          votes.add(v);
        }
        c.put("outcomes", votes);
        cells.put(cell.domain(), c);
      }
      st.put("domains", cells);
      studies.add(st);
    }
    j.put("studies", studies);
    List<Map<String, Object>> tests = new ArrayList<>();
    for (SignTest t : s.signTests()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("domain", t.domain());
      m.put("benefit", t.benefit());
      m.put("harm", t.harm());
      m.put("noClear", t.noClear());
      m.put("p", OutcomeInput.number(t.p()));
      m.put("proportionBenefit", OutcomeInput.number(t.proportion()));
      m.put("wilsonLower", OutcomeInput.number(t.wilsonLower()));
      m.put("wilsonUpper", OutcomeInput.number(t.wilsonUpper()));
      tests.add(m);
    }
    j.put("signTests", tests);
    j.put("skipped", skipped);
    if (appraisals != null) {
      j.put("mmat", mmat(appraisals));
    }
    return j;
  }

  /** Each appraised study's MMAT result as the rows are ordered by it. */
  private static List<Map<String, Object>> mmat(List<SynthesisService.StudyAppraisal> appraisals) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SynthesisService.StudyAppraisal a : appraisals) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("studyId", a.study().id());
      m.put("study", a.study().label());
      m.put("status", a.status().id());
      m.put("category", a.category() == null ? null : a.category().id());
      Map<String, Integer> met = new LinkedHashMap<>();
      a.criteriaMet().forEach((c, n) -> met.put(c.id(), n));
      m.put("criteriaMet", met);
      m.put("screeningConcerns", a.screeningConcerns().stream().map(c -> c.code()).toList());
      m.put("band", a.band() == null ? null : a.band().id());
      out.add(m);
    }
    return out;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
