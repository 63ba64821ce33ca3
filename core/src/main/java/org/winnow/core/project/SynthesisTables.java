package org.winnow.core.project;

import java.util.ArrayList;
import java.util.List;
import org.winnow.core.extraction.EffectSizeCsv;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.effect.EffectSize;
import org.winnow.core.stats.effect.Reported;
import org.winnow.core.stats.plot.ForestPlot;
import org.winnow.core.stats.pooling.PoolSelection;
import org.winnow.core.stats.pooling.PooledEffect;
import org.winnow.core.stats.report.Numbers;
import org.winnow.core.stats.report.ReportTable;

/**
 * The synthesis' results as tables for a manuscript: every effect size with how it was computed (or
 * why it was not), and the studies of a meta-analysis with their weights. The window shows and
 * exports these, so what is shown is what is written. The effect-direction table is {@link
 * org.winnow.core.stats.report.EffectDirectionTable}'s.
 */
public final class SynthesisTables {
  /** Decimals shown in Markdown and HTML (CSV has full precision). */
  public static final int DECIMALS = 3;

  static final List<String> EFFECT_COLUMNS =
      List.of(
          "Study",
          "Outcome",
          "Domain",
          "Better",
          "Time point",
          "Comparison",
          "Measure",
          "Estimate",
          "CI lower",
          "CI upper",
          "Variance",
          "n",
          "Method",
          "Note");

  static final List<String> POOLING_COLUMNS =
      List.of("Study", "Outcome", "Time point", "Estimate", "CI lower", "CI upper", "Weight (%)");

  private SynthesisTables() {}

  /** One row per comparison; a row without an effect size says why in its note. */
  public static ReportTable effectSizes(SynthesisService.EffectSizes sizes) {
    List<List<Object>> rows = new ArrayList<>();
    for (SynthesisService.Effect e : sizes.effects()) {
      SynthesisService.OutcomeRow r = e.row();
      OutcomeRecord o = r.outcome();
      EffectSize x = e.effect();
      List<Object> row = new ArrayList<>();
      row.add(r.study().label());
      row.add(o.outcome());
      row.add(o.domain());
      row.add(o.desirable() == null ? "" : o.desirable().id());
      row.add(r.timePoint());
      row.add(comparison(r));
      row.add(x.computed() ? x.measure().id() : "");
      row.add(x.computed() ? x.yi().value() : null);
      row.add(x.computed() ? x.yi().lower() : null);
      row.add(x.computed() ? x.yi().upper() : null);
      row.add(x.computed() ? x.yi().variance() : null);
      row.add(x.n());
      row.add(x.conversion().id());
      row.add(note(e));
      rows.add(row);
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        sizes.effects().size()
            + " comparisons: "
            + sizes.computed()
            + " effect sizes, "
            + sizes.directionOnly()
            + " direction only, "
            + sizes.notComputable()
            + " not computable");
    notes.add(
        "Measure g is Hedges' g (bias-corrected, as metafor's SMD), d is Cohen's d (group sizes"
            + " unknown), yi is an effect as given; 95% CI from the variance.");
    for (EffectSizeCsv.Skipped s : sizes.skipped()) {
      notes.add("Not used: " + skipped(s));
    }
    return new ReportTable("Effect sizes", EFFECT_COLUMNS, rows, notes, DECIMALS);
  }

  /** The pooled studies with their weights, then the pooled estimate; what was left out and why. */
  public static ReportTable pooling(SynthesisService.Pooling pooling) {
    PoolSelection.Pooled pooled = pooling.pooled();
    PooledEffect p = pooled.effect();
    List<List<Object>> rows = new ArrayList<>();
    for (PoolSelection.Weighted w : pooled.studies()) {
      PoolSelection.Member m = w.member();
      SynthesisService.OutcomeRow r = pooling.row(m.index());
      rows.add(
          List.of(
              r.study().label(),
              m.outcome().outcome(),
              r.timePoint(),
              m.effect().yi().value(),
              m.effect().yi().lower(),
              m.effect().yi().upper(),
              w.weight()));
    }
    List<Object> total = new ArrayList<>();
    total.add(pooledLabel(p));
    total.add(String.join(", ", pooling.outcomes()));
    total.add("");
    total.add(p.estimate());
    total.add(p.ci().lower());
    total.add(p.ci().upper());
    total.add(100.0);
    rows.add(total);
    List<String> notes = new ArrayList<>();
    notes.add(
        pooled.measure().label()
            + ", "
            + p.method().label()
            + ", k = "
            + p.k()
            + (pooled.better() == null ? "" : "; " + pooled.better().id() + " is better"));
    notes.add(ForestPlot.heterogeneity(p));
    if (p.method().randomEffects()) {
      notes.add(
          "95% prediction interval ["
              + Numbers.fixed(p.prediction().lower(), DECIMALS)
              + ", "
              + Numbers.fixed(p.prediction().upper(), DECIMALS)
              + "]");
    }
    for (PoolSelection.LeftOut x : pooling.selection().excluded()) {
      notes.add(
          "Left out: " + x.outcome().study() + " / " + x.outcome().outcome() + ": " + x.reason());
    }
    pooling.selection().warnings().forEach(w -> notes.add("Warning: " + w));
    return new ReportTable(
        "Meta-analysis of " + String.join(", ", pooling.outcomes()),
        POOLING_COLUMNS,
        rows,
        notes,
        DECIMALS);
  }

  /** "Random effects (REML)" or "Fixed effect (inverse variance)", as the forest plot says. */
  public static String pooledLabel(PooledEffect p) {
    return p.method().randomEffects()
        ? "Random effects (" + p.method().name() + ")"
        : "Fixed effect (inverse variance)";
  }

  /** "CBT vs Usual care", or the one arm of a one-group result. */
  public static String comparison(SynthesisService.OutcomeRow r) {
    if (r.control().isBlank()) {
      return r.intervention();
    }
    return r.intervention() + " vs " + r.control();
  }

  /**
   * Why a row has no effect size (direction only, or what is missing), or what a reader of a
   * computed one must know; empty when nothing.
   */
  public static String note(SynthesisService.Effect e) {
    EffectSize x = e.effect();
    if (e.directionOnly()) {
      Reported.DirectionOnly only = (Reported.DirectionOnly) e.row().outcome().reported();
      return "direction only: reported as favouring "
          + only.favours().id()
          + ", without numbers an effect size needs";
    }
    String notes = String.join("; ", x.notes());
    if (!x.computed()) {
      return "not computable: " + (notes.isEmpty() ? "no usable numbers" : notes);
    }
    return notes;
  }

  /** "S3 Brown 2020 / Mood / 12 weeks: why". */
  public static String skipped(EffectSizeCsv.Skipped s) {
    StringBuilder b = new StringBuilder(s.studyId()).append(' ').append(s.study());
    if (!s.outcome().isBlank()) {
      b.append(" / ").append(s.outcome());
    }
    if (!s.timePoint().isBlank()) {
      b.append(" / ").append(s.timePoint());
    }
    return b.append(": ").append(s.reason()).toString();
  }
}
