package org.winnow.core.screening.agreement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.winnow.core.screening.agreement.Close.assertRounded;

import java.util.List;
import org.junit.jupiter.api.Test;

class CohenKappaTest {

  /**
   * SAS/STAT PROC FREQ, "Getting Started: Agreement Study" (skin condition rated by two
   * dermatologists, 88 patients; Table "Skin Condition Data"):
   * https://support.sas.com/documentation/cdl/en/statug/63033/HTML/default/statug_freq_sect004.htm
   * SAS prints Simple Kappa 0.3449, ASE 0.0724, 95% confidence limits 0.2030 and 0.4868; its ASE is
   * the Fleiss, Cohen &amp; Everitt (1969) large-sample SE, the one computed here.
   */
  @Test
  void sasSkinConditionAgreementStudy() {
    KappaResult result =
        CohenKappa.ofTable(
            List.of("terrible", "poor", "marginal", "clear"),
            new long[][] {{10, 4, 1, 0}, {5, 10, 12, 2}, {2, 4, 12, 5}, {0, 2, 6, 13}});
    assertEquals(88, result.n());
    assertRounded(0.3449, result.kappa(), 4, "kappa");
    assertRounded(0.0724, result.standardError(), 4, "ASE");
    assertRounded(0.2030, result.ciLow(), 4, "lower 95% limit");
    assertRounded(0.4868, result.ciHigh(), 4, "upper 95% limit");
    assertRounded(45.0 / 88, result.percentAgreement(), 12, "observed agreement");
  }

  /**
   * Cohen (1968), the table in psych::cohen.kappa's examples (proportions .44 .07 .09 / .05 .20 .05
   * / .01 .03 .06 of n.obs = 200), where the documentation notes "cohen reports .492" for
   * unweighted kappa. Cohen (1968): Weighted kappa, Psychological Bulletin 70(4), 213-220.
   */
  @Test
  void cohen1968ExampleFromPsychDocumentation() {
    KappaResult result =
        CohenKappa.ofTable(
            List.of("1", "2", "3"), new long[][] {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}});
    assertRounded(0.492, result.kappa(), 3, "kappa");
    assertRounded(0.70, result.percentAgreement(), 12, "po");
    assertRounded(0.41, result.expectedAgreement(), 12, "pc");
  }

  @Test
  void rowsAreReviewerAAndCategoriesDefaultToNaturalOrder() {
    KappaResult result =
        CohenKappa.of(
            List.of("include", "include", "exclude", "maybe"),
            List.of("include", "exclude", "exclude", "exclude"));
    assertEquals(List.of("exclude", "include", "maybe"), result.categories());
    // rows: A = exclude, include, maybe; columns: B
    assertArrayEquals(new long[][] {{1, 0, 0}, {1, 1, 0}, {1, 0, 0}}, result.table());
    assertEquals(4, result.n());
  }

  @Test
  void twoCategoryPabakIsTwicePercentAgreementMinusOne() {
    KappaResult result =
        CohenKappa.ofTable(List.of("include", "exclude"), new long[][] {{40, 15}, {25, 920}});
    assertRounded(2 * 0.96 - 1, result.pabak(), 12, "PABAK");
  }

  @Test
  void noItemsIsUndefinedNotAnError() {
    KappaResult result = CohenKappa.of(List.of(), List.of());
    assertEquals(AgreementStatus.NO_DATA, result.status());
    assertEquals(0, result.n());
    assertTrue(Double.isNaN(result.kappa()));
    assertTrue(Double.isNaN(result.percentAgreement()));
    assertTrue(Double.isNaN(result.pabak()));
  }

  @Test
  void everyoneExcludingEverythingIsUndefinedWithTheCountsKept() {
    KappaResult result =
        CohenKappa.of(
            List.of("include", "exclude"),
            List.of("exclude", "exclude"),
            List.of("exclude", "exclude"));
    assertEquals(AgreementStatus.NO_VARIATION, result.status());
    assertTrue(Double.isNaN(result.kappa()));
    assertTrue(Double.isNaN(result.standardError()));
    assertTrue(Double.isNaN(result.ciLow()));
    assertEquals(1.0, result.percentAgreement());
    assertEquals(1.0, result.expectedAgreement());
    assertEquals(1.0, result.pabak(), "PABAK stays defined with two categories");
    assertArrayEquals(new long[][] {{0, 0}, {0, 2}}, result.table());
  }

  @Test
  void aSingleCategoryLeavesPabakUndefinedToo() {
    KappaResult result = CohenKappa.of(List.of("exclude"), List.of("exclude"));
    assertEquals(AgreementStatus.NO_VARIATION, result.status());
    assertTrue(Double.isNaN(result.pabak()));
    assertTrue(result.status().reason().contains("0/0"));
  }

  @Test
  void perfectAgreementHasZeroStandardError() {
    KappaResult result =
        CohenKappa.of(
            List.of("include", "exclude", "exclude"), List.of("include", "exclude", "exclude"));
    assertEquals(1.0, result.kappa(), 1e-15);
    assertEquals(0.0, result.standardError());
    assertEquals(result.kappa(), result.ciLow());
  }

  @Test
  void malformedInputIsAProgrammingError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CohenKappa.of(List.of("include"), List.of("include", "exclude")));
    assertThrows(
        IllegalArgumentException.class,
        () -> CohenKappa.of(List.of("include", "exclude"), List.of("maybe"), List.of("include")));
    assertThrows(
        IllegalArgumentException.class,
        () -> CohenKappa.ofTable(List.of("a", "b"), new long[][] {{1, 2}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> CohenKappa.ofTable(List.of("a", "b"), new long[][] {{1, 2}, {3}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> CohenKappa.ofTable(List.of("a", "b"), new long[][] {{1, -2}, {3, 4}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> CohenKappa.ofTable(List.of("a", "a"), new long[][] {{1, 2}, {3, 4}}));
  }

  @Test
  void resultIsAValueThatCallersCannotChange() {
    long[][] counts = {{3, 1}, {2, 4}};
    KappaResult result = CohenKappa.ofTable(List.of("include", "exclude"), counts);
    counts[0][0] = 99;
    result.table()[0][0] = 99;
    assertEquals(3, result.table()[0][0]);
    assertEquals(
        result, CohenKappa.ofTable(List.of("include", "exclude"), new long[][] {{3, 1}, {2, 4}}));
  }
}
