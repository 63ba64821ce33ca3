package org.winnow.core.stats.direction;

import java.util.Arrays;
import java.util.Locale;

/**
 * How one study's outcomes in one domain become one direction (Thomson &amp; Thomas 2013; Boon
 * &amp; Thomson 2021). Each outcome's direction is the sign of its effect relative to the outcome's
 * desirable direction, regardless of statistical significance. A domain with several outcomes shows
 * ▲ or ▼ when at least {@link #AGREEMENT_PERCENT}% of its outcomes point that way, else ◄► (mixed
 * or conflicting). The rules differ only for a domain with a single outcome.
 */
public enum DirectionRule {
  /**
   * The default: a single outcome whose 95% confidence interval includes 0 counts as ◄► (no clear
   * difference); without an interval, its sign decides.
   */
  SEVENTY_PERCENT("70-percent"),
  /**
   * Boon &amp; Thomson 2021 to the letter: significance never used, a single outcome's sign
   * decides.
   */
  SEVENTY_PERCENT_SIGN_ONLY("70-percent-sign-only");

  /** Share of a domain's outcomes (in percent) that must agree for it to get that direction. */
  public static final int AGREEMENT_PERCENT = 70;

  private final String id;

  DirectionRule(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public boolean singleOutcomeUsesInterval() {
    return this == SEVENTY_PERCENT;
  }

  public String describe() {
    String base =
        "per outcome: sign of the effect relative to its desirable direction; per study and domain:"
            + " ≥70% of outcomes agreeing give ▲ or ▼, otherwise ◄►";
    return base
        + (singleOutcomeUsesInterval()
            ? "; a single outcome whose 95% CI includes 0 gives ◄►"
            : "; statistical significance is never used");
  }

  public static DirectionRule parse(String s) {
    String want = s.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(r -> r.id.equals(want))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown rule '" + s + "' (70-percent or 70-percent-sign-only)"));
  }
}
