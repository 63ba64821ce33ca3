package org.winnow.core.stats.effect;

import java.util.List;

/**
 * One effect size with the evidence of how it was obtained.
 *
 * @param conversion how it was computed
 * @param measure what {@code yi} is (Hedges' g, Cohen's d, or a given yi)
 * @param yi the effect used downstream (pooling, direction): g when it could be computed, else d,
 *     else the given yi; null when not computable or direction only
 * @param d Cohen's d (uncorrected) with its variance; null when not applicable
 * @param g Hedges' g with its variance; null when the correction could not be applied
 * @param j Hedges' correction factor used for g; null without g
 * @param n total sample size the effect rests on; null when unknown
 * @param notes anything a reader must know (continuity corrections, why not computable)
 */
public record EffectSize(
    Conversion conversion,
    Measure measure,
    Estimate yi,
    Estimate d,
    Estimate g,
    Double j,
    Integer n,
    List<String> notes) {

  public EffectSize {
    notes = List.copyOf(notes);
    if ((yi == null) != (measure == null)) {
      throw new IllegalArgumentException("an effect has a measure exactly when it has a value");
    }
  }

  public static EffectSize notComputable(String reason) {
    return new EffectSize(Conversion.NONE, null, null, null, null, null, null, List.of(reason));
  }

  public static EffectSize directionOnly(Integer n) {
    return new EffectSize(Conversion.DIRECTION_ONLY, null, null, null, null, null, n, List.of());
  }

  public boolean computed() {
    return yi != null;
  }

  /** Cohen's magnitude label of yi (standardised measures only). */
  public Magnitude magnitude() {
    return yi == null || measure == Measure.GIVEN ? null : Magnitude.of(yi.value());
  }
}
