package org.winnow.core.stats.effect;

/** Which effect a row's yi, vi and confidence interval describe: always labelled, never implied. */
public enum Measure {
  /** Bias-corrected standardised mean difference (metafor's SMD). */
  HEDGES_G("g", "Hedges' g"),
  /** Uncorrected standardised mean difference (used when group sizes are unknown). */
  COHENS_D("d", "Cohen's d"),
  /** An effect given as yi with its variance, on a scale Winnow does not know. */
  GIVEN("yi", "yi (as given)");

  private final String id;
  private final String label;

  Measure(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }
}
