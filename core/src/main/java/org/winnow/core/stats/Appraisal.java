package org.winnow.core.stats;

import java.util.Locale;

/**
 * The review team's summary judgement of a study's methodological quality, used only to order and
 * shade rows of the effect-direction plot (Boon &amp; Thomson 2021). Winnow does not compute it:
 * the MMAT guide discourages an overall score, so the team states it from the criteria.
 */
public enum Appraisal {
  HIGH,
  MODERATE,
  LOW;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Appraisal parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "appraisal must be high, moderate or low, got '" + s + "'", e);
    }
  }
}
