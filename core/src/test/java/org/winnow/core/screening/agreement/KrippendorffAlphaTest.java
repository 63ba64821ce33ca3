package org.winnow.core.screening.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.winnow.core.screening.agreement.Close.assertRounded;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

  /**
   * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
   * Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 — section
   * C, "Nominal data, any number of observers, missing data": 4 observers, 12 units, values 1..5
   * ("." = missing). The paper's coincidence matrix has n = 40 pairable values with n<sub>c</sub> =
   * 9, 13, 10, 5, 3 and gives alpha = 0.743.
   *
   * <pre>
   * unit        1  2  3  4  5  6  7  8  9 10 11 12
   * observer A  1  2  3  3  2  1  4  1  2  .  .  .
   * observer B  1  2  3  3  2  2  4  1  2  5  .  3
   * observer C  .  3  3  3  2  3  4  2  2  5  1  .
   * observer D  1  2  3  3  2  4  4  1  2  5  1  .
   * </pre>
   */
  static List<Map<String, String>> krippendorff2011() {
    String[][] observers = {
      {"1", "2", "3", "3", "2", "1", "4", "1", "2", ".", ".", "."},
      {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", ".", "3"},
      {".", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", "."},
      {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", "."},
    };
    List<Map<String, String>> units = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      Map<String, String> unit = new LinkedHashMap<>();
      for (int o = 0; o < observers.length; o++) {
        if (!observers[o][u].equals(".")) {
          unit.put("ABCD".substring(o, o + 1), observers[o][u]);
        }
      }
      units.add(unit);
    }
    return units;
  }

  @Test
  void krippendorff2011NominalExampleWithMissingData() {
    AlphaResult result = KrippendorffAlpha.nominal(krippendorff2011());
    assertRounded(0.743, result.alpha(), 3, "alpha");
    assertRounded(113.0 / 152, result.alpha(), 12, "alpha as the exact fraction");
    assertEquals(40, result.pairableValues());
    assertEquals(11, result.units(), "unit 12 has one value and is not pairable");
    assertEquals(Map.of("1", 9L, "2", 13L, "3", 10L, "4", 5L, "5", 3L), result.valueCounts());
    assertTrue(result.ciLow() <= result.alpha() && result.alpha() <= result.ciHigh());
    assertEquals(KrippendorffAlpha.DEFAULT_SEED, result.seed());
    assertEquals(KrippendorffAlpha.DEFAULT_BOOTSTRAP_SAMPLES, result.bootstrapSamples());
  }

  @Test
  void theSameSeedGivesTheSameIntervalAndAnotherSeedAnother() {
    List<Map<String, String>> units = krippendorff2011();
    AlphaResult first = KrippendorffAlpha.nominal(units, 500, 17);
    assertEquals(first, KrippendorffAlpha.nominal(units, 500, 17));
    AlphaResult other = KrippendorffAlpha.nominal(units, 500, 18);
    assertEquals(first.alpha(), other.alpha());
    assertNotEquals(first.ciLow(), other.ciLow());
    assertEquals(17, first.seed());
  }

  @Test
  void zeroResamplesSkipsTheInterval() {
    AlphaResult result = KrippendorffAlpha.nominal(krippendorff2011(), 0, 1);
    assertTrue(Double.isNaN(result.ciLow()));
    assertTrue(Double.isNaN(result.ciHigh()));
    assertRounded(0.743, result.alpha(), 3, "alpha");
    assertThrows(
        IllegalArgumentException.class, () -> KrippendorffAlpha.nominal(krippendorff2011(), -1, 1));
  }

  @Test
  void nothingPairableIsUndefinedNotAnError() {
    Map<String, String> withNull = new HashMap<>();
    withNull.put("ana", "include");
    withNull.put("ben", null);
    AlphaResult result =
        KrippendorffAlpha.nominal(List.of(Map.of("ana", "include"), Map.of(), withNull));
    assertEquals(AgreementStatus.NO_DATA, result.status());
    assertEquals(0, result.units());
    assertTrue(Double.isNaN(result.alpha()));
    assertTrue(Double.isNaN(result.ciLow()));
  }

  @Test
  void oneValueEverywhereIsUndefined() {
    AlphaResult result =
        KrippendorffAlpha.nominal(
            List.of(
                Map.of("ana", "exclude", "ben", "exclude"),
                Map.of("ben", "exclude", "cleo", "exclude")));
    assertEquals(AgreementStatus.NO_VARIATION, result.status());
    assertTrue(Double.isNaN(result.alpha()));
    assertEquals(0.0, result.observedDisagreement());
    assertEquals(Map.of("exclude", 4L), result.valueCounts());
    assertEquals(0, result.bootstrapDefined());
  }

  @Test
  void perfectAgreementIsOneAndResamplesWithoutVariationAreLeftOut() {
    List<Map<String, String>> units =
        List.of(
            Map.of("ana", "include", "ben", "include"),
            Map.of("ana", "exclude", "ben", "exclude"),
            Map.of("ana", "exclude", "ben", "exclude"));
    AlphaResult result = KrippendorffAlpha.nominal(units, 1000, 5);
    assertEquals(1.0, result.alpha());
    assertEquals(1.0, result.ciLow());
    assertEquals(1.0, result.ciHigh());
    assertTrue(result.bootstrapDefined() < 1000, "some resamples draw only one value");
  }
}
