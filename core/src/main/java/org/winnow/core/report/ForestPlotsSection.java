package org.winnow.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.SynthesisService;
import org.winnow.core.stats.Intervals;
import org.winnow.core.stats.plot.ForestPlot;
import org.winnow.core.stats.pooling.PoolSelection;
import org.winnow.core.stats.pooling.PooledEffect;
import org.winnow.core.stats.pooling.PoolingMethod;
import org.winnow.core.stats.pooling.StudyEffect;
import org.winnow.core.stats.report.Numbers;

/**
 * A forest plot and its table for each outcome and time point that can be pooled: two or more
 * studies with an effect size on one measure, pooled by {@link SynthesisService#pool} (its rules
 * decide what may be pooled; "6 months" is never pooled with "6 weeks"). Outcomes that cannot be
 * pooled are named with why.
 */
public final class ForestPlotsSection implements PackSection {
  public static final String ID = "forest";
  public static final String TITLE = "Meta-analyses (forest plots)";

  /** metafor's default estimator of τ². */
  public static final PoolingMethod METHOD = PoolingMethod.REML;

  /** Fewest studies a forest plot is drawn for. */
  public static final int MIN_STUDIES = 2;

  private record Key(String outcome, String timePoint) {}

  @Override
  public ReportSection build(ReviewProject project) throws ProjectException {
    SynthesisService synthesis = project.synthesis();
    Map<String, Key> keys = new LinkedHashMap<>();
    for (SynthesisService.OutcomeRow row : synthesis.outcomes(SynthesisService.Filter.ALL).rows()) {
      Key k = new Key(row.outcome().outcome(), row.timePoint());
      keys.putIfAbsent(norm(k.outcome()) + "\u0000" + norm(k.timePoint()), k);
    }
    List<ReportFigure> figures = new ArrayList<>();
    List<PackTable> tables = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Key k : keys.values()) {
      String name = k.outcome() + (k.timePoint().isBlank() ? "" : " at " + k.timePoint());
      SynthesisService.Pooling p;
      try {
        p =
            synthesis.pool(
                new SynthesisService.Filter(List.of(k.outcome()), null, k.timePoint()), METHOD);
      } catch (ProjectException e) {
        notes.add(name + ": not pooled: " + e.getMessage());
        continue;
      }
      PoolSelection.Pooled pooled = p.pooled();
      if (pooled.effect().k() < MIN_STUDIES) {
        notes.add(name + ": not pooled: only one study with an effect size");
        continue;
      }
      String id = ID + "-" + FileNames.slug(name);
      String title = name + ": " + pooled.measure().label() + ", " + METHOD.label();
      figures.add(
          new ReportFigure(
              id,
              title,
              new ForestPlot(pooled.effect(), pooled.measure().label(), pooled.better()),
              List.of()));
      tables.add(table(id, title, pooled));
      for (PoolSelection.LeftOut x : p.selection().excluded()) {
        notes.add(name + ": " + x.outcome().study() + " left out: " + x.reason());
      }
      p.selection().warnings().forEach(w -> notes.add(name + ": " + w));
    }
    if (figures.isEmpty()) {
      return ReportSection.missing(
          ID,
          TITLE,
          keys.isEmpty()
              ? "No consensus outcome data yet."
              : "No outcome with " + MIN_STUDIES + " or more studies to pool yet.",
          notes);
    }
    return new ReportSection(ID, TITLE, figures, tables, notes, null);
  }

  private static PackTable table(String id, String title, PoolSelection.Pooled pooled) {
    PooledEffect e = pooled.effect();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < e.studies().size(); i++) {
      StudyEffect s = e.studies().get(i);
      double half = Intervals.Z * Math.sqrt(s.vi());
      rows.add(
          List.of(
              s.label(),
              Numbers.fixed(s.yi(), 2),
              ci(s.yi() - half, s.yi() + half),
              Numbers.fixed(e.weights().get(i), 1) + "%"));
    }
    rows.add(
        List.of(
            "Pooled (" + e.method().name() + ")",
            Numbers.fixed(e.estimate(), 2),
            ci(e.ci().lower(), e.ci().upper()),
            "100%"));
    List<String> notes = new ArrayList<>();
    notes.add(
        String.format(
            Locale.ROOT,
            "k = %d; z = %s, p = %s; τ² = %s; I² = %s%%; Q = %s (df = %d), p = %s; 95%% prediction"
                + " interval %s.",
            e.k(),
            Numbers.fixed(e.z(), 2),
            Numbers.p(e.p()),
            Numbers.fixed(e.tau2(), 4),
            Numbers.fixed(e.i2(), 1),
            Numbers.fixed(e.q(), 2),
            e.df(),
            Numbers.p(e.qp()),
            ci(e.prediction().lower(), e.prediction().upper())));
    return new PackTable(
        id, title, List.of("Study", pooled.measure().label(), "95% CI", "Weight"), rows, notes);
  }

  private static String ci(double lower, double upper) {
    return "[" + Numbers.fixed(lower, 2) + ", " + Numbers.fixed(upper, 2) + "]";
  }

  private static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
