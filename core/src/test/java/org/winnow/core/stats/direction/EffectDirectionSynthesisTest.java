package org.winnow.core.stats.direction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.stats.Appraisal;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.effect.Desirable;
import org.winnow.core.stats.effect.Direction;
import org.winnow.core.stats.effect.Favours;
import org.winnow.core.stats.effect.Reported;

class EffectDirectionSynthesisTest {
  private final List<OutcomeRecord> rows = new ArrayList<>();

  /** An outcome with effect yi and variance vi (so its CI is yi ± 1.96·√vi). */
  private void add(String study, String domain, double yi, double vi, Desirable better) {
    add(study, domain, new Reported.Given(yi, vi), better, null);
  }

  private void add(
      String study, String domain, Reported reported, Desirable better, Appraisal appraisal) {
    rows.add(
        new OutcomeRecord(
            study,
            "outcome " + (rows.size() + 1),
            domain,
            better,
            appraisal,
            reported,
            null,
            "test.csv:" + (rows.size() + 2)));
  }

  private EffectDirectionSynthesis run(DirectionRule rule) {
    return EffectDirectionSynthesis.of(rows, rule);
  }

  private static Direction cell(EffectDirectionSynthesis s, String study, String domain) {
    return s.studies().stream()
        .filter(r -> r.study().equals(study))
        .findFirst()
        .orElseThrow()
        .domains()
        .get(domain)
        .direction();
  }

  @Test
  void seventyPercentOfOutcomesDecideTheDomain() {
    // 3 of 4 benefit (75%): ▲
    add("A", "health", 0.3, 0.01, Desirable.HIGHER);
    add("A", "health", 0.2, 0.01, Desirable.HIGHER);
    add("A", "health", 0.1, 0.01, Desirable.HIGHER);
    add("A", "health", -0.1, 0.01, Desirable.HIGHER);
    // 2 of 3 (67%): ◄► mixed
    add("B", "health", 0.3, 0.01, Desirable.HIGHER);
    add("B", "health", 0.2, 0.01, Desirable.HIGHER);
    add("B", "health", -0.2, 0.01, Desirable.HIGHER);
    // exactly 7 of 10 harm (70%): ▼
    for (int i = 0; i < 10; i++) {
      add("C", "health", i < 7 ? -0.2 : 0.2, 0.01, Desirable.HIGHER);
    }
    EffectDirectionSynthesis s = run(DirectionRule.SEVENTY_PERCENT);
    assertEquals(Direction.BENEFIT, cell(s, "A", "health"));
    assertEquals(Direction.NO_CLEAR, cell(s, "B", "health"));
    assertEquals(Direction.HARM, cell(s, "C", "health"));
    DomainDirection c = s.studies().get(2).domains().get("health");
    assertEquals(7, c.count(Direction.HARM));
    assertTrue(c.reason().startsWith("7 of 10 outcomes (70%) harm"), c.reason());
  }

  @Test
  void aSingleOutcomeWhoseIntervalIncludesZeroIsNoClearDifferenceByDefault() {
    // g = 0.2, se 0.15: CI [−0.09, 0.49]
    add("A", "health", 0.2, 0.0225, Desirable.HIGHER);
    // g = 0.5, se 0.1: CI [0.30, 0.70]
    add("B", "health", 0.5, 0.01, Desirable.HIGHER);
    EffectDirectionSynthesis byDefault = run(DirectionRule.SEVENTY_PERCENT);
    assertEquals(Direction.NO_CLEAR, cell(byDefault, "A", "health"));
    assertTrue(
        byDefault.studies().get(0).domains().get("health").reason().contains("CI includes 0"));
    assertEquals(Direction.BENEFIT, cell(byDefault, "B", "health"));
    EffectDirectionSynthesis signOnly = run(DirectionRule.SEVENTY_PERCENT_SIGN_ONLY);
    assertEquals(Direction.BENEFIT, cell(signOnly, "A", "health"));
  }

  @Test
  void directionIsRelativeToWhatIsDesirable() {
    // shorter length of stay is better: a negative difference is a benefit
    add("A", "stay", -0.5, 0.01, Desirable.LOWER);
    add("B", "stay", 0.5, 0.01, Desirable.LOWER);
    EffectDirectionSynthesis s = run(DirectionRule.SEVENTY_PERCENT);
    assertEquals(Direction.BENEFIT, cell(s, "A", "stay"));
    assertEquals(Direction.HARM, cell(s, "B", "stay"));
  }

  @Test
  void aReportedDirectionCountsWithoutNumbers() {
    add("A", "housing", new Reported.DirectionOnly(Favours.INTERVENTION, 400), null, null);
    add("B", "housing", new Reported.DirectionOnly(Favours.NEITHER, null), null, null);
    EffectDirectionSynthesis s = run(DirectionRule.SEVENTY_PERCENT);
    assertEquals(Direction.BENEFIT, cell(s, "A", "housing"));
    assertEquals(Direction.NO_CLEAR, cell(s, "B", "housing"));
    assertEquals(SizeBand.LARGE, s.studies().get(0).size());
    assertNull(s.studies().get(1).size(), "size unknown");
  }

  @Test
  void rowsAreOrderedByAppraisalThenInputOrder() {
    add("Low", "d", new Reported.Given(0.5, 0.01), Desirable.HIGHER, Appraisal.LOW);
    add("None", "d", new Reported.Given(0.5, 0.01), Desirable.HIGHER, null);
    add("High", "d", new Reported.Given(0.5, 0.01), Desirable.HIGHER, Appraisal.HIGH);
    add("Moderate", "d", new Reported.Given(0.5, 0.01), Desirable.HIGHER, Appraisal.MODERATE);
    add("High 2", "d", new Reported.Given(0.5, 0.01), Desirable.HIGHER, Appraisal.HIGH);
    List<String> order =
        run(DirectionRule.SEVENTY_PERCENT).studies().stream().map(StudyRow::study).toList();
    assertEquals(List.of("High", "High 2", "Moderate", "Low", "None"), order);
  }

  @Test
  void signTestPerDomainOverStudies() {
    for (int i = 0; i < 9; i++) {
      add("S" + i, "housing", 0.5, 0.01, Desirable.HIGHER);
    }
    add("S9", "housing", 0.01, 0.01, Desirable.HIGHER); // CI includes 0: ◄►, left out of the test
    SignTest t = run(DirectionRule.SEVENTY_PERCENT).signTests().get(0);
    assertEquals(9, t.benefit());
    assertEquals(0, t.harm());
    assertEquals(1, t.noClear());
    assertEquals(2 * Math.pow(0.5, 9), t.p(), 1e-15);
  }

  @Test
  void studySizeIsTheLargestTotalAmongItsOutcomes() {
    add("A", "d1", new Reported.GroupMeans(20, 1, 1, 25, 0, 1), Desirable.HIGHER, null);
    add("A", "d2", new Reported.GroupMeans(150, 1, 1, 160, 0, 1), Desirable.HIGHER, null);
    StudyRow a = run(DirectionRule.SEVENTY_PERCENT).studies().get(0);
    assertEquals(310, a.participants());
    assertEquals(SizeBand.LARGE, a.size());
    assertEquals(SizeBand.SMALL, SizeBand.of(49));
    assertEquals(SizeBand.MEDIUM, SizeBand.of(50));
    assertEquals(SizeBand.MEDIUM, SizeBand.of(300));
  }

  @Test
  void missingInformationIsReportedWithItsSource() {
    add("A", "health", 0.3, 0.01, null);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> run(DirectionRule.SEVENTY_PERCENT));
    assertTrue(e.getMessage().startsWith("test.csv:2: field desirable"), e.getMessage());
    rows.clear();
    add("A", "", 0.3, 0.01, Desirable.HIGHER);
    e = assertThrows(IllegalArgumentException.class, () -> run(DirectionRule.SEVENTY_PERCENT));
    assertTrue(e.getMessage().contains("field domain"), e.getMessage());
  }

  @Test
  void aStudyAppraisedTwoWaysIsAnError() {
    add("A", "d", new Reported.Given(0.5, 0.01), Desirable.HIGHER, Appraisal.LOW);
    add("A", "e", new Reported.Given(0.5, 0.01), Desirable.HIGHER, Appraisal.HIGH);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> run(DirectionRule.SEVENTY_PERCENT));
    assertTrue(e.getMessage().contains("appraised low"), e.getMessage());
  }

  @Test
  void outcomesWithoutDataAreSkippedWithTheReason() {
    rows.add(
        new OutcomeRecord(
            "A", "pain", "health", Desirable.LOWER, null, null, "no effect data", "x.csv:4"));
    add("B", "health", 0.5, 0.01, Desirable.HIGHER);
    EffectDirectionSynthesis s = run(DirectionRule.SEVENTY_PERCENT);
    assertEquals(1, s.studies().size());
    assertEquals(List.of("x.csv:4: A / pain: no effect data"), s.skipped());
  }

  @Test
  void rulesParseByTheirIds() {
    assertEquals(DirectionRule.SEVENTY_PERCENT, DirectionRule.parse("70-percent"));
    assertEquals(
        DirectionRule.SEVENTY_PERCENT_SIGN_ONLY, DirectionRule.parse(" 70-Percent-Sign-Only"));
    assertThrows(IllegalArgumentException.class, () -> DirectionRule.parse("vote"));
  }
}
