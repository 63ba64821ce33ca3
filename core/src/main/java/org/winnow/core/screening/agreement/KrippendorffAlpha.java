package org.winnow.core.screening.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/**
 * Krippendorff's alpha for nominal values, any number of reviewers, missing data allowed
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"), with a seeded percentile
 * bootstrap interval over units. Formulas and degenerate cases: docs/agreement.md.
 */
public final class KrippendorffAlpha {

  public static final int DEFAULT_BOOTSTRAP_SAMPLES = 2000;

  /** Seed used when the caller gives none; it is recorded in every result either way. */
  public static final long DEFAULT_SEED = 20110101L;

  private static final double LOWER_QUANTILE = (1 - CohenKappa.CONFIDENCE) / 2;
  private static final double UPPER_QUANTILE = 1 - LOWER_QUANTILE;

  private KrippendorffAlpha() {}

  /** Alpha with {@link #DEFAULT_BOOTSTRAP_SAMPLES} resamples from {@link #DEFAULT_SEED}. */
  public static AlphaResult nominal(List<Map<String, String>> units) {
    return nominal(units, DEFAULT_BOOTSTRAP_SAMPLES, DEFAULT_SEED);
  }

  /**
   * Alpha over {@code units}, each a map from reviewer to value. A null value counts as missing;
   * units with fewer than two values cannot be paired and are left out. {@code bootstrapSamples ==
   * 0} skips the interval (NaN).
   */
  public static AlphaResult nominal(
      List<Map<String, String>> units, int bootstrapSamples, long seed) {
    if (bootstrapSamples < 0) {
      throw new IllegalArgumentException("negative bootstrap samples: " + bootstrapSamples);
    }
    TreeMap<String, Integer> valueIndex = new TreeMap<>();
    List<List<String>> pairable = new ArrayList<>();
    for (Map<String, String> unit : units) {
      List<String> values = unit.values().stream().filter(Objects::nonNull).toList();
      if (values.size() >= 2) {
        pairable.add(values);
        values.forEach(value -> valueIndex.putIfAbsent(value, 0));
      }
    }
    int index = 0;
    for (Map.Entry<String, Integer> entry : valueIndex.entrySet()) {
      entry.setValue(index++);
    }
    List<Unit> counted = pairable.stream().map(values -> Unit.of(values, valueIndex)).toList();

    Totals all = new Totals(valueIndex.size());
    counted.forEach(all::add);
    Map<String, Long> valueCounts = new TreeMap<>();
    valueIndex.forEach((value, i) -> valueCounts.put(value, all.valueCounts[i]));

    AgreementStatus status = all.status();
    double low = Double.NaN;
    double high = Double.NaN;
    int defined = 0;
    if (status.isDefined() && bootstrapSamples > 0) {
      double[] draws = bootstrap(counted, valueIndex.size(), bootstrapSamples, seed);
      defined = draws.length;
      if (defined > 0) {
        low = quantile(draws, LOWER_QUANTILE);
        high = quantile(draws, UPPER_QUANTILE);
      }
    }
    return new AlphaResult(
        all.alpha(),
        all.n,
        counted.size(),
        valueCounts,
        all.n == 0 ? Double.NaN : all.disagreement / all.n,
        all.n == 0 ? Double.NaN : (double) all.expectedPairs() / (all.n * (all.n - 1)),
        low,
        high,
        bootstrapSamples,
        seed,
        defined,
        status);
  }

  /**
   * Alphas of resamples of the pairable units (drawn with replacement, as many as there are),
   * sorted; resamples without variation have no alpha and are left out. {@link Random} is used
   * because its algorithm is fixed by the Java specification, so a recorded seed reproduces the
   * interval on any JVM (and the Python reference replays the same draws).
   */
  private static double[] bootstrap(List<Unit> units, int values, int samples, long seed) {
    Random random = new Random(seed);
    double[] draws = new double[samples];
    int defined = 0;
    for (int b = 0; b < samples; b++) {
      Totals totals = new Totals(values);
      for (int i = 0; i < units.size(); i++) {
        totals.add(units.get(random.nextInt(units.size())));
      }
      if (totals.status().isDefined()) {
        draws[defined++] = totals.alpha();
      }
    }
    double[] sorted = Arrays.copyOf(draws, defined);
    Arrays.sort(sorted);
    return sorted;
  }

  /** Linear interpolation between order statistics (R's quantile type 7, numpy's default). */
  private static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * One pairable unit: how many of its values fall in each category, and its share of the
   * coincidence matrix off the diagonal, Σ<sub>c≠k</sub> o<sub>ck</sub> = (m² − Σ n<sub>c</sub>²) /
   * (m − 1) for m values (each ordered pair of values from different reviewers adds 1/(m − 1)).
   */
  private record Unit(int[] counts, double disagreement) {
    static Unit of(List<String> values, Map<String, Integer> valueIndex) {
      int[] counts = new int[valueIndex.size()];
      values.forEach(value -> counts[valueIndex.get(value)]++);
      long m = values.size();
      long same = 0;
      for (int count : counts) {
        same += (long) count * count;
      }
      return new Unit(counts, (double) (m * m - same) / (m - 1));
    }
  }

  /** Sums over units: n<sub>c</sub>, n and Σ<sub>c≠k</sub> o<sub>ck</sub>. */
  private static final class Totals {
    final long[] valueCounts;
    long n;
    double disagreement;

    Totals(int values) {
      valueCounts = new long[values];
    }

    void add(Unit unit) {
      for (int c = 0; c < valueCounts.length; c++) {
        valueCounts[c] += unit.counts[c];
        n += unit.counts[c];
      }
      disagreement += unit.disagreement;
    }

    /** Σ<sub>c≠k</sub> n<sub>c</sub>n<sub>k</sub> = n² − Σ n<sub>c</sub>², exact in integers. */
    long expectedPairs() {
      long same = 0;
      for (long count : valueCounts) {
        same += count * count;
      }
      return n * n - same;
    }

    AgreementStatus status() {
      if (n == 0) {
        return AgreementStatus.NO_DATA;
      }
      return expectedPairs() == 0 ? AgreementStatus.NO_VARIATION : AgreementStatus.DEFINED;
    }

    double alpha() {
      return status().isDefined() ? 1 - (n - 1) * disagreement / expectedPairs() : Double.NaN;
    }
  }
}
