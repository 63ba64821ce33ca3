package org.winnow.ui.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.extraction.EffectSizeCsv;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.SynthesisService;
import org.winnow.core.render.FigureExporter;
import org.winnow.core.render.FigureFormat;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.csv.OutcomeTable;
import org.winnow.core.stats.effect.EffectSize;
import org.winnow.core.stats.plot.ForestPlot;
import org.winnow.core.stats.pooling.Interval;
import org.winnow.core.stats.pooling.PoolSelection;
import org.winnow.core.stats.pooling.Poolability;
import org.winnow.core.stats.pooling.PooledEffect;
import org.winnow.core.stats.pooling.PoolingMethod;
import org.winnow.core.stats.report.Numbers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "pool",
    mixinStandardHelpOptions = true,
    description = {
      "Meta-analysis as metafor's rma: fixed effect (inverse variance) or random "
          + "effects with tau² by DerSimonian-Laird or REML; Q, I², 95%% CI and prediction "
          + "interval; forest plot. Each row's effect is its Hedges' g (from any reported "
          + "data) or a given yi with vi or sei. With DIR, the project's consensus outcome "
          + "data."
    })
final class PoolCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutcomeInput input;

  @Option(
      names = "--method",
      required = true,
      paramLabel = "METHOD",
      description = "FE (fixed effect), DL (DerSimonian-Laird) or REML.")
  String method;

  @Option(
      names = "--outcome",
      paramLabel = "NAME",
      description = {
        "Pool only the rows of this outcome (case-insensitive). Needed when the input has "
            + "several outcomes; repeat it to pool several scales of one outcome together."
      })
  List<String> outcomes = new ArrayList<>();

  @Option(
      names = "--forest",
      paramLabel = "FILE",
      description = "Draw a forest plot; the format follows the extension (.svg, .png, .pdf).")
  Path forest;

  @Override
  public Integer call() throws Exception {
    PoolingMethod m;
    try {
      m = PoolingMethod.parse(method);
    } catch (IllegalArgumentException e) {
      throw usage("--method: " + e.getMessage());
    }
    FigureFormat forestFormat = forest == null ? null : forestFormat(forest);
    SynthesisService.Filter filter = input.filter(outcomes);
    String name;
    List<OutcomeRecord> records;
    // where each record came from, as the JSON names it: its line, or its study and time point
    List<Map<String, Object>> origins = new ArrayList<>();
    List<EffectSizeCsv.Skipped> skipped = null;
    if (input.fromProject(spec)) {
      try (ReviewProject project = input.openProject()) {
        SynthesisService.Outcomes o = project.synthesis().outcomes(filter);
        name = input.dir.toString();
        records = o.records();
        skipped = o.skipped();
        for (SynthesisService.OutcomeRow row : o.rows()) {
          Map<String, Object> at = new LinkedHashMap<>();
          at.put("studyId", row.study().id());
          at.put("timePoint", row.timePoint());
          origins.add(at);
        }
      }
    } else {
      OutcomeTable table = input.read(spec, filter);
      name = table.file();
      records = table.outcomes();
      for (OutcomeTable.Row row : table.rows()) {
        Map<String, Object> at = new LinkedHashMap<>();
        at.put("line", row.line());
        origins.add(at);
      }
    }
    var err = spec.commandLine().getErr();
    PoolSelection selection = PoolSelection.of(records, filter.outcomesChosen());
    Poolability poolability = selection.poolability();
    if (!poolability.poolable()) {
      throw new BadInputException(name + ": " + poolability.reason() + hint(poolability));
    }
    if (skipped != null) {
      for (EffectSizeCsv.Skipped x : skipped) {
        err.println("winnow: " + EffectSizeCommand.skippedText(x));
      }
    }
    List<Map<String, Object>> excluded = new ArrayList<>();
    for (PoolSelection.LeftOut x : selection.excluded()) {
      Map<String, Object> e = new LinkedHashMap<>(origins.get(x.index()));
      e.put("study", x.outcome().study());
      e.put("reason", x.reason());
      excluded.add(e);
      err.println(
          "winnow: "
              + (skipped == null ? name + ":" + e.get("line") : x.outcome().source())
              + ": "
              + x.outcome().study()
              + " left out: "
              + x.reason());
    }
    selection.warnings().forEach(w -> err.println("winnow: warning: " + w));
    err.flush();
    if (selection.members().isEmpty()) {
      throw new BadInputException(
          name
              + ": nothing to pool"
              + (outcomes.isEmpty()
                  ? ""
                  : " for outcome "
                      + String.join(", ", outcomes.stream().map(x -> "'" + x + "'").toList())));
    }
    PoolSelection.Pooled pooled = selection.pool(m);
    PooledEffect p = pooled.effect();
    List<Map<String, Object>> included = new ArrayList<>();
    for (PoolSelection.Weighted w : pooled.studies()) {
      PoolSelection.Member member = w.member();
      OutcomeRecord o = member.outcome();
      EffectSize e = member.effect();
      Map<String, Object> st = new LinkedHashMap<>(origins.get(member.index()));
      st.put("study", o.study());
      st.put("outcome", o.outcome());
      st.put("measure", e.measure().id());
      st.put("method", e.conversion().id());
      st.put("yi", e.yi().value());
      st.put("vi", e.yi().variance());
      st.put("weight", w.weight());
      included.add(st);
    }
    String measureLabel = pooled.measure().label();
    if (forest != null) {
      FigureExporter.write(new ForestPlot(p, measureLabel, pooled.better()), forestFormat, forest);
    }
    var out = spec.commandLine().getOut();
    if (input.json) {
      Map<String, Object> j =
          json(
              name,
              p,
              measureLabel,
              poolability.outcomes(),
              included,
              excluded,
              selection.warnings());
      if (skipped != null) {
        j.put("skipped", skipped);
      }
      Output.json(out, j);
    } else {
      out.print(text(p, measureLabel));
      if (forest != null) {
        out.println("Forest plot written to " + forest);
      }
    }
    return ExitCodes.OK;
  }

  private Map<String, Object> json(
      String input,
      PooledEffect p,
      String measure,
      List<String> pooledOutcomes,
      List<Map<String, Object>> included,
      List<Map<String, Object>> excluded,
      List<String> warnings) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("input", input);
    j.put("method", p.method().name());
    j.put("methodLabel", p.method().label());
    j.put("measure", measure);
    j.put("k", p.k());
    j.put("estimate", p.estimate());
    j.put("se", p.se());
    j.put("ciLower", p.ci().lower());
    j.put("ciUpper", p.ci().upper());
    j.put("z", p.z());
    j.put("p", p.p());
    j.put("tau2", p.tau2());
    j.put("tau", p.tau());
    j.put("i2", OutcomeInput.number(p.i2()));
    j.put("h2", OutcomeInput.number(p.h2()));
    j.put("q", p.q());
    j.put("df", p.df());
    j.put("qp", OutcomeInput.number(p.qp()));
    j.put("predictionLower", p.prediction().lower());
    j.put("predictionUpper", p.prediction().upper());
    Interval t = p.predictionT();
    j.put("predictionTLower", t == null ? null : t.lower());
    j.put("predictionTUpper", t == null ? null : t.upper());
    j.put("iterations", p.iterations());
    j.put("studies", included);
    j.put("excluded", excluded);
    j.put("warnings", warnings);
    j.put("forest", forest == null ? null : forest.toString());
    j.put("outcomes", pooledOutcomes);
    return j;
  }

  /** What to do about effects that may not be pooled together, in this command's words. */
  private String hint(Poolability p) {
    if (p.problem() == Poolability.Problem.MIXED_MEASURES) {
      return "";
    }
    if (outcomes.isEmpty()) {
      return "; pool one outcome with --outcome NAME (repeat --outcome to pool several scales of"
          + " one outcome)";
    }
    return "; choose outcomes with the same desirable direction";
  }

  private static String text(PooledEffect p, String measure) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT, "%s, k = %d, %s%n", capitalise(p.method().label()), p.k(), measure));
    s.append(
        String.format(
            Locale.ROOT,
            "  estimate %s (SE %s), 95%% CI [%s, %s], z = %s, p = %s%n",
            Numbers.fixed(p.estimate(), 4),
            Numbers.fixed(p.se(), 4),
            Numbers.fixed(p.ci().lower(), 4),
            Numbers.fixed(p.ci().upper(), 4),
            Numbers.fixed(p.z(), 2),
            Numbers.p(p.p())));
    if (p.k() > 1) {
      s.append(
          String.format(
              Locale.ROOT,
              "  tau² = %s (tau = %s), I² = %s%%, H² = %s%n  Q = %s (df = %d), p = %s%n",
              Numbers.fixed(p.tau2(), 4),
              Numbers.fixed(p.tau(), 4),
              Numbers.fixed(p.i2(), 2),
              Numbers.fixed(p.h2(), 2),
              Numbers.fixed(p.q(), 4),
              p.df(),
              Numbers.p(p.qp())));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "  95%% prediction interval [%s, %s]",
            Numbers.fixed(p.prediction().lower(), 4),
            Numbers.fixed(p.prediction().upper(), 4)));
    if (p.predictionT() != null) {
      s.append(
          String.format(
              Locale.ROOT,
              "; with t(%d): [%s, %s]",
              p.k() - 2,
              Numbers.fixed(p.predictionT().lower(), 4),
              Numbers.fixed(p.predictionT().upper(), 4)));
    }
    return s.append(System.lineSeparator()).toString();
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private FigureFormat forestFormat(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    try {
      return FigureFormat.parse(dot < 0 ? "" : name.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw usage("--forest: name the file .svg, .png or .pdf, got " + name);
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
