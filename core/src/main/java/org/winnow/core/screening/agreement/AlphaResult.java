package org.winnow.core.screening.agreement;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Krippendorff's alpha (nominal) over all reviewers, with the evidence behind it.
 *
 * @param alpha 1 − D<sub>o</sub>/D<sub>e</sub>; NaN unless {@code status} is {@link
 *     AgreementStatus#DEFINED}
 * @param pairableValues n: the values in units that at least two reviewers rated
 * @param units the number of pairable units (units with fewer than two values are left out)
 * @param valueCounts n<sub>c</sub>: how often each value occurs among the pairable values, in
 *     natural order of the values
 * @param observedDisagreement D<sub>o</sub> = Σ<sub>c≠k</sub> o<sub>ck</sub> / n
 * @param expectedDisagreement D<sub>e</sub> = Σ<sub>c≠k</sub> n<sub>c</sub>n<sub>k</sub> / (n(n −
 *     1))
 * @param ciLow lower end of the 95% percentile bootstrap interval over units
 * @param ciHigh upper end of that interval
 * @param bootstrapSamples resamples drawn
 * @param seed the seed of the resampling ({@link java.util.Random}); the same seed and units give
 *     the same interval
 * @param bootstrapDefined resamples in which alpha was defined; the others (every resampled value
 *     the same) are left out of the interval
 * @param status whether alpha is defined, and why not
 */
public record AlphaResult(
    double alpha,
    long pairableValues,
    long units,
    Map<String, Long> valueCounts,
    double observedDisagreement,
    double expectedDisagreement,
    double ciLow,
    double ciHigh,
    int bootstrapSamples,
    long seed,
    int bootstrapDefined,
    AgreementStatus status) {

  public AlphaResult {
    valueCounts = Collections.unmodifiableMap(new TreeMap<>(valueCounts));
  }

  public boolean isDefined() {
    return status.isDefined();
  }
}
