package org.winnow.core.screening.agreement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.winnow.core.screening.agreement.Close.assertRelative;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AgreementPropertiesTest {

  private static final List<String> DECISIONS = List.of("include", "exclude", "maybe");
  private static final List<String> REVIEWERS = List.of("ana", "ben", "cleo", "dora");

  /** Paired decisions of two reviewers on the same items: index 0 is A, index 1 is B. */
  record Paired(List<String> a, List<String> b) {}

  @Provide
  Arbitrary<Paired> paired() {
    Arbitrary<String> decision = Arbitraries.of(DECISIONS);
    return Combinators.combine(decision, decision)
        .as(List::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(150)
        .map(
            rows ->
                new Paired(
                    rows.stream().map(r -> r.get(0)).toList(),
                    rows.stream().map(r -> r.get(1)).toList()));
  }

  @Provide
  Arbitrary<List<Map<String, String>>> units() {
    Arbitrary<Map<String, String>> unit =
        Arbitraries.maps(Arbitraries.of(REVIEWERS), Arbitraries.of(DECISIONS))
            .ofMaxSize(REVIEWERS.size());
    return unit.list().ofMaxSize(40);
  }

  @Property(tries = 300)
  void kappaIsSymmetricInTheTwoReviewers(@ForAll("paired") Paired p) {
    KappaResult ab = CohenKappa.of(p.a(), p.b());
    KappaResult ba = CohenKappa.of(p.b(), p.a());
    assertEquals(ab.status(), ba.status());
    assertArrayEquals(transpose(ab.table()), ba.table());
    assertRelative(ab.kappa(), ba.kappa(), "kappa");
    assertRelative(ab.standardError(), ba.standardError(), "SE");
    assertRelative(ab.percentAgreement(), ba.percentAgreement(), "po");
    assertRelative(ab.expectedAgreement(), ba.expectedAgreement(), "pc");
    assertRelative(ab.pabak(), ba.pabak(), "PABAK");
  }

  @Property(tries = 300)
  void identicalRatingsWithTwoOrMoreCategoriesHaveKappaOne(@ForAll("paired") Paired p) {
    Assume.that(p.a().stream().distinct().count() >= 2);
    KappaResult result = CohenKappa.of(p.a(), p.a());
    assertEquals(AgreementStatus.DEFINED, result.status());
    assertEquals(1.0, result.kappa(), 1e-12);
    assertEquals(0.0, result.standardError(), 1e-6);
    assertEquals(1.0, result.percentAgreement(), 1e-12);
    assertEquals(1.0, result.pabak(), 1e-12);
  }

  @Property(tries = 300)
  void theKappaIntervalContainsKappaAndPabakIsLinearInAgreement(@ForAll("paired") Paired p) {
    KappaResult result = CohenKappa.of(DECISIONS, p.a(), p.b());
    Assume.that(result.isDefined());
    assertTrue(result.ciLow() <= result.kappa() && result.kappa() <= result.ciHigh());
    assertTrue(result.standardError() >= 0);
    assertRelative((3 * result.percentAgreement() - 1) / 2, result.pabak(), "PABAK");
    assertTrue(result.kappa() <= 1 + 1e-12);
  }

  /**
   * Two reviewers, no missing data: alpha = 1 − (2N − 1)/(2N) · (1 − π) with Scott's π, whose
   * chance agreement uses the pooled marginals. Since π ≤ κ, alpha ≤ κ + (1 − κ)/(2N): alpha is
   * close to kappa for large N but, below perfect agreement, never equal when the two reviewers'
   * marginals are the same.
   */
  @Property(tries = 300)
  void alphaOfTwoReviewersIsScottsPiCorrectedForSmallSamples(@ForAll("paired") Paired p) {
    KappaResult kappa = CohenKappa.of(p.a(), p.b());
    AlphaResult alpha = KrippendorffAlpha.nominal(asUnits(p), 0, 1);
    Assume.that(kappa.isDefined() && alpha.isDefined());
    int n = p.a().size();
    double pi = scottsPi(p);
    assertRelative(1 - (2.0 * n - 1) / (2.0 * n) * (1 - pi), alpha.alpha(), "alpha from pi");
    assertTrue(
        alpha.alpha() <= kappa.kappa() + (1 - kappa.kappa()) / (2.0 * n) + 1e-12,
        "alpha %s, kappa %s".formatted(alpha.alpha(), kappa.kappa()));
  }

  @Property(tries = 300)
  void withEqualMarginalsAlphaIsKappaPlusItsSmallSampleTerm(
      @ForAll("paired") Paired p, @ForAll long shuffleSeed) {
    List<String> b = new ArrayList<>(p.a());
    Collections.shuffle(b, new Random(shuffleSeed)); // the same decisions, other items
    Paired equalMarginals = new Paired(p.a(), b);
    KappaResult kappa = CohenKappa.of(equalMarginals.a(), equalMarginals.b());
    AlphaResult alpha = KrippendorffAlpha.nominal(asUnits(equalMarginals), 0, 1);
    Assume.that(kappa.isDefined() && kappa.kappa() < 1 - 1e-9);
    int n = b.size();
    assertRelative(kappa.kappa() + (1 - kappa.kappa()) / (2.0 * n), alpha.alpha(), "alpha");
    assertNotEquals(kappa.kappa(), alpha.alpha());
  }

  @Property(tries = 100)
  void theBootstrapReproducesFromItsSeed(
      @ForAll("units") List<Map<String, String>> units, @ForAll long seed) {
    AlphaResult first = KrippendorffAlpha.nominal(units, 200, seed);
    AlphaResult again = KrippendorffAlpha.nominal(units, 200, seed);
    assertEquals(first, again);
    assertEquals(seed, first.seed());
    if (first.isDefined() && first.bootstrapDefined() > 0) {
      assertTrue(first.ciLow() <= first.ciHigh());
    }
  }

  /**
   * A percentile bootstrap interval is not guaranteed to contain the estimate, but for alpha over
   * units it did in every one of ~10,000 random cases tried while writing this; the fixed seed
   * keeps the build deterministic while still catching a broken interval.
   */
  @Property(tries = 500, seed = "20110101")
  void theAlphaIntervalContainsAlpha(
      @ForAll("units") List<Map<String, String>> units, @ForAll long seed) {
    AlphaResult result = KrippendorffAlpha.nominal(units, 300, seed);
    Assume.that(result.isDefined() && result.bootstrapDefined() > 0);
    assertTrue(
        result.ciLow() <= result.alpha() && result.alpha() <= result.ciHigh(), result.toString());
  }

  @Property(tries = 200)
  void alphaDoesNotDependOnUnitOrderOrReviewerNames(
      @ForAll("units") List<Map<String, String>> units, @ForAll long shuffleSeed) {
    List<Map<String, String>> shuffled = new ArrayList<>();
    for (Map<String, String> unit : units) {
      Map<String, String> renamed = new TreeMap<>();
      unit.forEach((reviewer, value) -> renamed.put("other " + reviewer, value));
      shuffled.add(renamed);
    }
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    AlphaResult original = KrippendorffAlpha.nominal(units, 0, 1);
    AlphaResult changed = KrippendorffAlpha.nominal(shuffled, 0, 1);
    assertEquals(original.status(), changed.status());
    assertEquals(original.valueCounts(), changed.valueCounts());
    assertRelative(original.alpha(), changed.alpha(), "alpha");
  }

  private static List<Map<String, String>> asUnits(Paired p) {
    List<Map<String, String>> units = new ArrayList<>();
    for (int i = 0; i < p.a().size(); i++) {
      units.add(Map.of("A", p.a().get(i), "B", p.b().get(i)));
    }
    return units;
  }

  /** Scott (1955): chance agreement from the two reviewers' pooled marginals. */
  private static double scottsPi(Paired p) {
    int n = p.a().size();
    double po = 0;
    for (int i = 0; i < n; i++) {
      po += p.a().get(i).equals(p.b().get(i)) ? 1.0 / n : 0;
    }
    double pe = 0;
    for (String c : DECISIONS) {
      double pooled =
          (Collections.frequency(p.a(), c) + Collections.frequency(p.b(), c)) / (2.0 * n);
      pe += pooled * pooled;
    }
    return (po - pe) / (1 - pe);
  }

  private static long[][] transpose(long[][] table) {
    long[][] t = new long[table.length][table.length];
    for (int i = 0; i < table.length; i++) {
      for (int j = 0; j < table.length; j++) {
        t[j][i] = table[i][j];
      }
    }
    return t;
  }
}
