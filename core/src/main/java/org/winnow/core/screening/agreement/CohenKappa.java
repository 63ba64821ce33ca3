package org.winnow.core.screening.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Unweighted Cohen's kappa for two reviewers who rated the same items, with the large-sample
 * standard error of Fleiss, Cohen &amp; Everitt (1969) as R's psych::cohen.kappa computes it, a 95%
 * Wald interval and PABAK. Formulas and degenerate cases: docs/agreement.md.
 *
 * <p>Statistical edge cases (no items, a single category) give NaN with an {@link AgreementStatus};
 * only malformed arguments (lists of different lengths, a ragged table, a value outside the given
 * categories) throw {@link IllegalArgumentException}.
 */
public final class CohenKappa {

  /** Confidence level of the reported interval. */
  public static final double CONFIDENCE = 0.95;

  /** Two-sided normal quantile for {@link #CONFIDENCE}: qnorm(0.975) = 1.959963984540054. */
  public static final double Z =
      new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);

  private CohenKappa() {}

  /**
   * Kappa from paired ratings: {@code ratingsA.get(i)} and {@code ratingsB.get(i)} are the two
   * reviewers' values for item i. The categories are the distinct values, in natural order; use
   * {@link #of(List, List, List)} to fix them (PABAK depends on how many there are).
   */
  public static KappaResult of(List<String> ratingsA, List<String> ratingsB) {
    requirePaired(ratingsA, ratingsB);
    TreeSet<String> categories = new TreeSet<>(ratingsA);
    categories.addAll(ratingsB);
    return of(List.copyOf(categories), ratingsA, ratingsB);
  }

  /** Kappa from paired ratings over the given categories (every value must be one of them). */
  public static KappaResult of(
      List<String> categories, List<String> ratingsA, List<String> ratingsB) {
    requirePaired(ratingsA, ratingsB);
    Map<String, Integer> index = indexOf(categories);
    long[][] table = new long[categories.size()][categories.size()];
    for (int i = 0; i < ratingsA.size(); i++) {
      table[position(index, ratingsA.get(i))][position(index, ratingsB.get(i))]++;
    }
    return ofTable(categories, table);
  }

  /**
   * Kappa from a square table of counts: {@code counts[i][j]} items were rated {@code
   * categories.get(i)} by reviewer A and {@code categories.get(j)} by reviewer B.
   */
  public static KappaResult ofTable(List<String> categories, long[][] counts) {
    indexOf(categories);
    int k = categories.size();
    requireSquare(counts, k);
    long n = 0;
    long[] rowTotals = new long[k];
    long[] columnTotals = new long[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        n += counts[i][j];
        rowTotals[i] += counts[i][j];
        columnTotals[j] += counts[i][j];
      }
    }
    if (n == 0) {
      return undefined(categories, counts, 0, Double.NaN, Double.NaN, AgreementStatus.NO_DATA);
    }
    double[][] x = new double[k][k];
    double[] rs = new double[k];
    double[] cs = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        x[i][j] = (double) counts[i][j] / n;
        rs[i] += x[i][j];
        cs[j] += x[i][j];
      }
    }
    double po = 0;
    double pc = 0;
    for (int i = 0; i < k; i++) {
      po += x[i][i];
      pc += rs[i] * cs[i];
    }
    if (oneCategoryOnly(rowTotals, columnTotals, n)) {
      return undefined(categories, counts, n, po, pc, AgreementStatus.NO_VARIATION);
    }
    double kappa = (po - pc) / (1 - pc);
    double se = Math.sqrt(Math.max(0, variance(x, rs, cs, po, pc) / n));
    return new KappaResult(
        categories,
        counts,
        n,
        po,
        pc,
        kappa,
        se,
        kappa - Z * se,
        kappa + Z * se,
        pabak(k, po),
        AgreementStatus.DEFINED);
  }

  /**
   * N · Var(kappa) of Fleiss, Cohen &amp; Everitt (1969), unweighted: [Σ<sub>i</sub> x<sub>ii</sub>
   * ((1−pc) − (rs<sub>i</sub>+cs<sub>i</sub>)(1−po))² + (1−po)² Σ<sub>i≠j</sub> x<sub>ij</sub>
   * (cs<sub>i</sub>+rs<sub>j</sub>)² − (po·pc − 2pc + po)²] / (1−pc)⁴. Mathematically never
   * negative; rounding can make it −1e−17 at perfect agreement, hence the caller's max(0, ·).
   */
  private static double variance(double[][] x, double[] rs, double[] cs, double po, double pc) {
    int k = x.length;
    double diagonal = 0;
    double offDiagonal = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i == j) {
          double d = (1 - pc) - (rs[i] + cs[i]) * (1 - po);
          diagonal += x[i][i] * d * d;
        } else {
          double s = cs[i] + rs[j];
          offDiagonal += x[i][j] * s * s;
        }
      }
    }
    double correction = po * pc - 2 * pc + po;
    return (diagonal + (1 - po) * (1 - po) * offDiagonal - correction * correction)
        / Math.pow(1 - pc, 4);
  }

  /**
   * Both reviewers put every item in the same single category: p<sub>c</sub> = p<sub>o</sub> = 1
   * and kappa is 0/0. Tested on the integer totals so that rounding cannot decide it.
   */
  private static boolean oneCategoryOnly(long[] rowTotals, long[] columnTotals, long n) {
    for (int i = 0; i < rowTotals.length; i++) {
      if (rowTotals[i] == n && columnTotals[i] == n) {
        return true;
      }
    }
    return false;
  }

  private static double pabak(int k, double po) {
    return k < 2 ? Double.NaN : (k * po - 1) / (k - 1);
  }

  private static KappaResult undefined(
      List<String> categories,
      long[][] counts,
      long n,
      double po,
      double pc,
      AgreementStatus status) {
    double pabak = n == 0 ? Double.NaN : pabak(categories.size(), po);
    return new KappaResult(
        categories,
        counts,
        n,
        po,
        pc,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        pabak,
        status);
  }

  private static void requirePaired(List<String> ratingsA, List<String> ratingsB) {
    if (ratingsA.size() != ratingsB.size()) {
      throw new IllegalArgumentException(
          "paired ratings differ in length: %d for reviewer A, %d for reviewer B"
              .formatted(ratingsA.size(), ratingsB.size()));
    }
  }

  private static Map<String, Integer> indexOf(List<String> categories) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String category : categories) {
      Objects.requireNonNull(category, "category");
      if (index.putIfAbsent(category, index.size()) != null) {
        throw new IllegalArgumentException("category listed twice: " + category);
      }
    }
    return index;
  }

  private static int position(Map<String, Integer> index, String value) {
    Integer position = index.get(value);
    if (position == null) {
      throw new IllegalArgumentException(
          "rating '%s' is not one of the categories %s".formatted(value, index.keySet()));
    }
    return position;
  }

  private static void requireSquare(long[][] counts, int k) {
    if (counts.length != k) {
      throw new IllegalArgumentException(
          "table has %d rows for %d categories".formatted(counts.length, k));
    }
    for (long[] row : counts) {
      if (row.length != k) {
        throw new IllegalArgumentException(
            "table row has %d columns for %d categories".formatted(row.length, k));
      }
      for (long count : row) {
        if (count < 0) {
          throw new IllegalArgumentException("negative count in table: " + count);
        }
      }
    }
  }
}
