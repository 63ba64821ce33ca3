package org.winnow.core.screening.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Cohen's kappa for one pair of reviewers, with the evidence behind it.
 *
 * @param categories the table's categories, in row and column order
 * @param table counts: rows are reviewer A's ratings, columns reviewer B's
 * @param n number of items both reviewers rated
 * @param percentAgreement observed agreement p<sub>o</sub> as a proportion (0.85 means 85%); NaN
 *     when {@code n == 0}
 * @param expectedAgreement chance agreement p<sub>c</sub> from the two reviewers' own marginals
 * @param kappa (p<sub>o</sub> − p<sub>c</sub>) / (1 − p<sub>c</sub>); NaN unless {@code status} is
 *     {@link AgreementStatus#DEFINED}
 * @param standardError large-sample SE of Fleiss, Cohen &amp; Everitt (1969)
 * @param ciLow lower end of the 95% Wald interval (not clipped to [−1, 1], as psych::cohen.kappa)
 * @param ciHigh upper end of the 95% Wald interval
 * @param pabak prevalence- and bias-adjusted kappa (k·p<sub>o</sub> − 1) / (k − 1), k = number of
 *     categories; NaN when k &lt; 2 or {@code n == 0}
 * @param status whether kappa is defined, and why not
 */
public record KappaResult(
    List<String> categories,
    long[][] table,
    long n,
    double percentAgreement,
    double expectedAgreement,
    double kappa,
    double standardError,
    double ciLow,
    double ciHigh,
    double pabak,
    AgreementStatus status) {

  public KappaResult {
    categories = List.copyOf(categories);
    table = copy(table);
  }

  /** A copy: the result is a value and callers must not change it. */
  @Override
  public long[][] table() {
    return copy(table);
  }

  public boolean isDefined() {
    return status.isDefined();
  }

  // The table is an array, so the record's generated equality would compare identities.
  @Override
  public boolean equals(Object other) {
    return other instanceof KappaResult that
        && categories.equals(that.categories)
        && Arrays.deepEquals(table, that.table)
        && n == that.n
        && Double.compare(percentAgreement, that.percentAgreement) == 0
        && Double.compare(expectedAgreement, that.expectedAgreement) == 0
        && Double.compare(kappa, that.kappa) == 0
        && Double.compare(standardError, that.standardError) == 0
        && Double.compare(ciLow, that.ciLow) == 0
        && Double.compare(ciHigh, that.ciHigh) == 0
        && Double.compare(pabak, that.pabak) == 0
        && status == that.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(categories, Arrays.deepHashCode(table), n, kappa, status);
  }

  @Override
  public String toString() {
    return "KappaResult[categories=%s, table=%s, n=%d, po=%s, pc=%s, kappa=%s, se=%s, ci=[%s, %s], pabak=%s, %s]"
        .formatted(
            categories,
            Arrays.deepToString(table),
            n,
            percentAgreement,
            expectedAgreement,
            kappa,
            standardError,
            ciLow,
            ciHigh,
            pabak,
            status);
  }

  private static long[][] copy(long[][] table) {
    long[][] copy = new long[table.length][];
    for (int i = 0; i < table.length; i++) {
      copy[i] = table[i].clone();
    }
    return copy;
  }
}
