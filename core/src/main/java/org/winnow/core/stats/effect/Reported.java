package org.winnow.core.stats.effect;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.winnow.core.stats.Intervals;

/**
 * What a study reported about one outcome, in one of the shapes a statistician meets, each able to
 * give its effect size. Group 1 is the intervention, group 2 the comparator, so a positive effect
 * means group 1 scored higher. Field names follow metafor's {@code escalc} arguments. Constructors
 * reject impossible values (a negative SD, p outside 0..1) with an IllegalArgumentException.
 */
public sealed interface Reported {

  EffectSize effectSize();

  /** Means and SDs of two independent groups (metafor's SMD). */
  record GroupMeans(int n1i, double m1i, double sd1i, int n2i, double m2i, double sd2i)
      implements Reported {
    public GroupMeans {
      Checks.sizes(n1i, n2i);
      Checks.sd("sd1i", sd1i);
      Checks.sd("sd2i", sd2i);
    }

    @Override
    public EffectSize effectSize() {
      return byPooledSd(Conversion.MEANS, n1i, m1i, sd1i, n2i, m2i, sd2i);
    }
  }

  /** Mean change from baseline and the SD of change, per group: the SMD of the change scores. */
  record ChangeScores(int n1i, double mc1i, double sdc1i, int n2i, double mc2i, double sdc2i)
      implements Reported {
    public ChangeScores {
      Checks.sizes(n1i, n2i);
      Checks.sd("sdc1i", sdc1i);
      Checks.sd("sdc2i", sdc2i);
    }

    @Override
    public EffectSize effectSize() {
      return byPooledSd(Conversion.CHANGE_SCORES, n1i, mc1i, sdc1i, n2i, mc2i, sdc2i);
    }
  }

  /** Student's t of an independent-groups comparison (its sign is group 1 minus group 2). */
  record TTest(double ti, int n1i, int n2i) implements Reported {
    public TTest {
      Checks.sizes(n1i, n2i);
      Checks.finite("ti", ti);
    }

    @Override
    public EffectSize effectSize() {
      return Smd.twoGroups(
          Conversion.T_TEST, ti * Math.sqrt(1.0 / n1i + 1.0 / n2i), n1i, n2i, List.of());
    }
  }

  /** F with one numerator degree of freedom (two groups): F = t², the sign comes from elsewhere. */
  record FTest(double fi, Sign sign, int n1i, int n2i) implements Reported {
    public FTest {
      Checks.sizes(n1i, n2i);
      if (!(fi >= 0) || !Double.isFinite(fi)) {
        throw new IllegalArgumentException("fi must be a non-negative number, got " + fi);
      }
      Checks.present("sign", sign);
    }

    @Override
    public EffectSize effectSize() {
      double t = sign.factor() * Math.sqrt(fi);
      return Smd.twoGroups(
          Conversion.F_TEST, t * Math.sqrt(1.0 / n1i + 1.0 / n2i), n1i, n2i, List.of());
    }
  }

  /**
   * A two-sided p of an independent-groups t-test. As metafor, t = qt(p/2, df = n1 + n2 − 2, upper
   * tail), with the sign given separately.
   */
  record PValue(double pi, Sign sign, int n1i, int n2i) implements Reported {
    public PValue {
      Checks.sizes(n1i, n2i);
      if (!(pi > 0 && pi <= 1)) {
        throw new IllegalArgumentException(
            "pi must be a two-sided p in (0, 1], got "
                + pi
                + (pi == 0 ? " (give the exact p or the t statistic)" : ""));
      }
      Checks.present("sign", sign);
    }

    @Override
    public EffectSize effectSize() {
      int df = n1i + n2i - 2;
      if (df < 1) {
        return EffectSize.notComputable("n1i + n2i must be at least 3 to convert a p");
      }
      double t =
          sign.factor() * new TDistribution(null, df).inverseCumulativeProbability(1 - pi / 2);
      return Smd.twoGroups(
          Conversion.P_VALUE, t * Math.sqrt(1.0 / n1i + 1.0 / n2i), n1i, n2i, List.of());
    }
  }

  /** A Cohen's d as the study reported it (metafor's {@code di}), with the group sizes. */
  record ReportedD(double d, int n1i, int n2i) implements Reported {
    public ReportedD {
      Checks.sizes(n1i, n2i);
      Checks.finite("d", d);
    }

    @Override
    public EffectSize effectSize() {
      return Smd.twoGroups(Conversion.REPORTED_D, d, n1i, n2i, List.of());
    }
  }

  /**
   * A 2×2 table: ai events and bi non-events in group 1, ci and di in group 2. Converted by the
   * logit method (Hasselblad &amp; Hedges 1995; metafor's OR2DL); as metafor, 1/2 is added to every
   * cell of a table with a zero cell.
   */
  record TwoByTwo(double ai, double bi, double ci, double di) implements Reported {
    public TwoByTwo {
      Checks.count("ai", ai);
      Checks.count("bi", bi);
      Checks.count("ci", ci);
      Checks.count("di", di);
      if (ai + bi == 0 || ci + di == 0) {
        throw new IllegalArgumentException(
            "each group needs at least one participant (ai + bi, ci + di)");
      }
    }

    @Override
    public EffectSize effectSize() {
      List<String> notes =
          hasZeroCell()
              ? List.of("a cell is 0: 1/2 added to every cell (as metafor's add=1/2, to=\"only0\")")
              : List.of();
      int n1 = (int) Math.round(ai + bi);
      int n2 = (int) Math.round(ci + di);
      return Smd.scaled(
          Conversion.TWO_BY_TWO, Logit.toD(logOddsRatio()), n1 + n2 - 2, n1 + n2, notes);
    }

    private boolean hasZeroCell() {
      return ai == 0 || bi == 0 || ci == 0 || di == 0;
    }

    /** The log odds ratio and its variance, after the same continuity correction. */
    public Estimate logOddsRatio() {
      double add = hasZeroCell() ? 0.5 : 0;
      double a = ai + add;
      double b = bi + add;
      double c = ci + add;
      double d = di + add;
      return new Estimate(Math.log(a * d / (b * c)), 1 / a + 1 / b + 1 / c + 1 / d);
    }
  }

  /**
   * An odds ratio with its 95% confidence interval (ratio scale); the variance of ln(OR) is taken
   * from the interval's width on the log scale. Group sizes, when known, allow Hedges' g.
   */
  record OddsRatio(double ori, double lower, double upper, Integer n1i, Integer n2i)
      implements Reported {
    public OddsRatio {
      if (!(ori > 0) || !(lower > 0) || !(upper > 0) || !Double.isFinite(upper)) {
        throw new IllegalArgumentException("ori, ori_lb and ori_ub must be positive ratios");
      }
      if (!(lower < upper) || ori < lower || ori > upper) {
        throw new IllegalArgumentException(
            "the interval must hold the odds ratio: ori_lb < ori_ub and ori_lb ≤ ori ≤ ori_ub");
      }
      if ((n1i == null) != (n2i == null)) {
        throw new IllegalArgumentException("give both n1i and n2i, or neither");
      }
      if (n1i != null) {
        Checks.sizes(n1i, n2i);
      }
    }

    /** Largest relative asymmetry of the interval about ln(OR) before a note is added. */
    static final double ASYMMETRY_NOTE = 0.10;

    @Override
    public EffectSize effectSize() {
      double ln = Math.log(ori);
      double halfWidth = (Math.log(upper) - Math.log(lower)) / 2;
      double se = halfWidth / Intervals.Z;
      List<String> notes = new ArrayList<>();
      double off = Math.abs((Math.log(upper) + Math.log(lower)) / 2 - ln);
      if (off > ASYMMETRY_NOTE * halfWidth) {
        notes.add(
            "the interval is not symmetric about ln(OR): check it was reported on the ratio scale");
      }
      Estimate d = Logit.toD(new Estimate(ln, se * se));
      Integer m = n1i == null ? null : n1i + n2i - 2;
      Integer n = n1i == null ? null : n1i + n2i;
      return Smd.scaled(Conversion.ODDS_RATIO, d, m, n, notes);
    }
  }

  /**
   * A (point-biserial) correlation between group and outcome in ni participants: d = 2r/√(1 − r²),
   * var(d) = 4·var(r)/(1 − r²)³ with var(r) = (1 − r²)²/(n − 1) (Borenstein et al. 2009, ch. 7).
   */
  record Correlation(double ri, int ni) implements Reported {
    public Correlation {
      if (!(ri > -1 && ri < 1)) {
        throw new IllegalArgumentException("ri must lie strictly between -1 and 1, got " + ri);
      }
      if (ni < 3) {
        throw new IllegalArgumentException("ni must be at least 3 for a correlation, got " + ni);
      }
    }

    @Override
    public EffectSize effectSize() {
      double oneMinus = 1 - ri * ri;
      double varR = oneMinus * oneMinus / (ni - 1);
      Estimate d = new Estimate(2 * ri / Math.sqrt(oneMinus), 4 * varR / Math.pow(oneMinus, 3));
      return Smd.scaled(Conversion.CORRELATION, d, ni - 2, ni, List.of());
    }
  }

  /**
   * One group measured twice: m1i and sd1i at follow-up, m2i and sd2i at baseline, ri their
   * correlation (metafor's SMCC: standardised by the SD of the change).
   */
  record PrePost(int ni, double m1i, double m2i, double sd1i, double sd2i, double ri)
      implements Reported {
    public PrePost {
      Checks.size("ni", ni);
      Checks.sd("sd1i", sd1i);
      Checks.sd("sd2i", sd2i);
      if (!(ri >= -1 && ri <= 1)) {
        throw new IllegalArgumentException("ri must lie between -1 and 1, got " + ri);
      }
    }

    @Override
    public EffectSize effectSize() {
      double varChange = sd1i * sd1i + sd2i * sd2i - 2 * ri * sd1i * sd2i;
      if (!(varChange > 0)) {
        return EffectSize.notComputable("the SD of change is 0 (sd1i, sd2i, ri)");
      }
      return Smd.oneGroup(Conversion.PRE_POST, (m1i - m2i) / Math.sqrt(varChange), ni, List.of());
    }
  }

  /** One group's mean change and SD of change. */
  record OneGroupChange(int ni, double mci, double sdci) implements Reported {
    public OneGroupChange {
      Checks.size("ni", ni);
      Checks.sd("sdci", sdci);
    }

    @Override
    public EffectSize effectSize() {
      if (sdci == 0) {
        return EffectSize.notComputable("sdci is 0");
      }
      return Smd.oneGroup(Conversion.ONE_GROUP_CHANGE, mci / sdci, ni, List.of());
    }
  }

  /** A paired (one-group) t: t = mean change / (SD of change / √n), so d = t/√n. */
  record PairedT(double ti, int ni) implements Reported {
    public PairedT {
      Checks.size("ni", ni);
      Checks.finite("ti", ti);
    }

    @Override
    public EffectSize effectSize() {
      return Smd.oneGroup(Conversion.PAIRED_T, ti / Math.sqrt(ni), ni, List.of());
    }
  }

  /** An effect on any scale where 0 means no difference, with its sampling variance. */
  record Given(double yi, double vi) implements Reported {
    public Given {
      Checks.finite("yi", yi);
      if (!(vi > 0) || !Double.isFinite(vi)) {
        throw new IllegalArgumentException("vi must be positive, got " + vi);
      }
    }

    @Override
    public EffectSize effectSize() {
      Estimate e = new Estimate(yi, vi);
      return new EffectSize(Conversion.GIVEN, Measure.GIVEN, e, null, null, null, null, List.of());
    }
  }

  /** Only the direction the study reported; ni (total) when known, for the plot's symbol size. */
  record DirectionOnly(Favours favours, Integer ni) implements Reported {
    public DirectionOnly {
      Checks.present("favours", favours);
    }

    @Override
    public EffectSize effectSize() {
      return EffectSize.directionOnly(ni);
    }
  }

  private static EffectSize byPooledSd(
      Conversion how, int n1, double m1, double sd1, int n2, double m2, double sd2) {
    int df = n1 + n2 - 2;
    if (df < 1) {
      return EffectSize.notComputable("n1i + n2i must be at least 3 for a pooled SD");
    }
    double pooled = pooledSd(n1, sd1, n2, sd2);
    if (pooled == 0) {
      return EffectSize.notComputable("the pooled SD is 0");
    }
    return Smd.twoGroups(how, (m1 - m2) / pooled, n1, n2, List.of());
  }

  /** The pooled within-group SD of two groups (as metafor's sdpi). */
  public static double pooledSd(int n1, double sd1, int n2, double sd2) {
    return Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (n1 + n2 - 2));
  }
}
