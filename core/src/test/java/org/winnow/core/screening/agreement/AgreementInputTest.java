package org.winnow.core.screening.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgreementInputTest {

  private static final List<Rating> ROWS =
      List.of(
          new Rating("c2", "cleo", "exclude"),
          new Rating("c1", "ben", "include"),
          new Rating("c1", "ana", "include"),
          new Rating("c2", "ana", "exclude"),
          new Rating("c3", "ben", "maybe"),
          new Rating("c3", "cleo", "include"),
          new Rating("c4", "ana", "exclude"),
          new Rating("c5", "dora", "include"));

  @Test
  void pairsAreOrderedByNameAndHoldOnlySharedItems() {
    AgreementInput input = AgreementInput.of(ROWS);
    assertEquals(List.of("ana", "ben", "cleo", "dora"), input.reviewers());
    List<ReviewerPair> pairs = input.pairs();
    assertEquals(
        List.of("ana/ben", "ana/cleo", "ana/dora", "ben/cleo", "ben/dora", "cleo/dora"),
        pairs.stream().map(p -> p.reviewerA() + "/" + p.reviewerB()).toList());
    assertEquals(
        new ReviewerPair("ana", "ben", List.of("c1"), List.of("include"), List.of("include")),
        pairs.get(0));
    assertEquals(
        new ReviewerPair("ben", "cleo", List.of("c3"), List.of("maybe"), List.of("include")),
        pairs.get(3));
    assertEquals(List.of(), pairs.get(2).items());
  }

  @Test
  void pairsThatShareNothingReportNoData() {
    List<KappaResult> kappas = AgreementInput.of(ROWS).kappas();
    assertEquals(AgreementStatus.NO_DATA, kappas.get(2).status());
    assertEquals(List.of("exclude", "include", "maybe"), kappas.get(2).categories());
  }

  @Test
  void unitsArePerItemIncludingSingleRatings() {
    List<Map<String, String>> units = AgreementInput.of(ROWS).units();
    assertEquals(5, units.size());
    assertEquals(Map.of("ana", "include", "ben", "include"), units.get(0));
    assertEquals(Map.of("dora", "include"), units.get(4));
    assertEquals(3, AgreementInput.of(ROWS).alpha(0, 1).units(), "c4 and c5 are not pairable");
  }

  @Test
  void givenCategoriesFixTheTablesAndPabak() {
    AgreementInput input =
        AgreementInput.of(
            List.of(new Rating("c1", "ana", "include"), new Rating("c1", "ben", "exclude")),
            List.of("include", "exclude", "maybe"));
    KappaResult kappa = input.kappas().get(0);
    assertEquals(3, kappa.table().length);
    assertEquals(-0.5, kappa.pabak(), 1e-15);
  }

  @Test
  void aSecondDecisionOnTheSameItemIsRejectedByName() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AgreementInput.of(
                    List.of(
                        new Rating("c1", "ana", "include"), new Rating("c1", "ana", "exclude"))));
    assertTrue(error.getMessage().contains("c1") && error.getMessage().contains("ana"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AgreementInput.of(
                List.of(new Rating("c1", "ana", "maybe")), List.of("include", "exclude")));
  }
}
