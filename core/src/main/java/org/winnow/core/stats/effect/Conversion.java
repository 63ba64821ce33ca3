package org.winnow.core.stats.effect;

/**
 * How an effect size was obtained from what a study reported. Every effect size records one, and
 * docs/effect-sizes.md gives the formula and reference of each.
 */
public enum Conversion {
  MEANS("means", "group means and SDs: d = (m1 − m2) / pooled SD"),
  CHANGE_SCORES(
      "change-scores", "mean change and SD of change per group: d = (mc1 − mc2) / pooled SD"),
  T_TEST("t", "independent-groups t: d = t·√(1/n1 + 1/n2)"),
  F_TEST("F", "F with 1 numerator df: t = ±√F, d = t·√(1/n1 + 1/n2)"),
  P_VALUE("p", "two-sided p: t = qt(1 − p/2, n1 + n2 − 2), d = t·√(1/n1 + 1/n2)"),
  REPORTED_D("d", "Cohen's d as reported, with group sizes"),
  TWO_BY_TWO("2x2-logit", "2×2 counts: d = ln(OR)·√3/π (logit method)"),
  ODDS_RATIO("or-logit", "odds ratio with 95% CI: d = ln(OR)·√3/π (logit method)"),
  CORRELATION("r", "correlation: d = 2r/√(1 − r²)"),
  PRE_POST("one-group-prepost", "one group, pre and post means and SDs with their correlation"),
  ONE_GROUP_CHANGE("one-group-change", "one group, mean change / SD of change"),
  PAIRED_T("one-group-t", "one group, paired t: d = t/√n"),
  GIVEN("given", "yi with its variance as given"),
  DIRECTION_ONLY("direction-only", "no usable numbers: the direction the study reported"),
  NONE("none", "not computable");

  private final String id;
  private final String label;

  Conversion(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** Short stable name, written to CSV and JSON. */
  public String id() {
    return id;
  }

  /** The formula in words. */
  public String label() {
    return label;
  }

  /** Whether the effect comes from a single group (a standardised mean change). */
  public boolean oneGroup() {
    return this == PRE_POST || this == ONE_GROUP_CHANGE || this == PAIRED_T;
  }
}
