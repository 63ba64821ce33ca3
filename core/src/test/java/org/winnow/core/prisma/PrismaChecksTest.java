package org.winnow.core.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PrismaChecksTest {
  @Test
  void consistentCountsPass() {
    assertEquals(List.of(), PrismaChecks.check(PrismaExamples.newReview()));
    assertEquals(List.of(), PrismaChecks.check(PrismaExamples.update()));
    assertEquals(List.of(), PrismaChecks.check(PrismaExamples.everything()));
  }

  static Stream<PrismaIdentity> rules() {
    return PrismaChecks.RULES.stream();
  }

  /** Each rule, broken on its own by moving its result, is reported with its numbers. */
  @ParameterizedTest
  @MethodSource("rules")
  void eachBrokenRuleIsReported(PrismaIdentity rule) {
    PrismaCounts ok = PrismaExamples.everything();
    PrismaField result = (PrismaField) rule.result();
    long sum = rule.terms().stream().mapToLong(t -> t.sign() * t.quantity().in(ok).orElse(0)).sum();
    long broken = rule.relation() == PrismaIdentity.Relation.EQUALS ? sum + 7 : sum + 1;
    PrismaCounts bad =
        ok.toBuilder().set(result, new PrismaCount(broken, Provenance.DERIVED)).build();

    PrismaViolation v =
        PrismaChecks.check(bad).stream()
            .filter(x -> x.check().equals(rule.id()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(rule.id() + " not reported"));
    assertEquals(sum, v.expected());
    assertEquals(broken, v.actual());
    assertEquals(result.key(), v.fields().get(0));
    assertEquals(broken, v.values().get(result.key()));
    for (PrismaIdentity.Term t : rule.terms()) {
      assertEquals(t.quantity().in(ok).orElse(0), v.values().get(t.quantity().key()));
    }
    assertTrue(v.message().startsWith(rule.rule() + ": "), v.message());
  }

  @Test
  void theMessageShowsTheArithmetic() {
    PrismaCounts bad =
        PrismaExamples.newReview().toBuilder()
            .derived(PrismaField.RECORDS_SCREENED, 10_300)
            .derived(PrismaField.RECORDS_EXCLUDED, 9_654)
            .build();
    List<PrismaViolation> violations = PrismaChecks.check(bad);
    assertEquals(1, violations.size(), violations.toString());
    PrismaViolation v = violations.get(0);
    assertEquals("identification-to-screening", v.check());
    assertEquals(
        "records_screened = database_results + register_results − duplicates"
            + " − excluded_automatic − excluded_other: 15123 + 532 − 5248 − 0 − 37 = 10370,"
            + " but records_screened is 10300 (70 fewer)",
        v.message());
    assertEquals(
        List.of(
            "records_screened",
            "database_results",
            "register_results",
            "duplicates",
            "excluded_automatic",
            "excluded_other"),
        v.fields());
  }

  @Test
  void awaitingItemsCloseTheGapAndNeverHideIt() {
    PrismaCounts counts = PrismaExamples.newReview();
    // 4 records were screened but are undecided: sought is 4 short unless they are declared.
    PrismaCounts gap = counts.toBuilder().derived(PrismaField.RECORDS_SCREENED, 10_374).build();
    PrismaCounts gapToo = gap.toBuilder().derived(PrismaField.DUPLICATES, 5_244).build();
    assertEquals(
        List.of("screening-to-retrieval"),
        PrismaChecks.check(gapToo).stream().map(PrismaViolation::check).toList());
    PrismaCounts declared = gapToo.toBuilder().awaiting(AwaitingStage.RECORDS_SCREENING, 4).build();
    assertEquals(List.of(), PrismaChecks.check(declared));
  }

  @Test
  void atMostRulesSayHowManyTooMany() {
    PrismaCounts bad =
        PrismaExamples.newReview().toBuilder().derived(PrismaField.NEW_STUDIES, 210).build();
    PrismaViolation v = PrismaChecks.check(bad).get(0);
    assertEquals("new-studies-within-reports", v.check());
    assertEquals(
        "new_studies ≤ new_reports: 204 = 204, but new_studies is 210 (6 too many)", v.message());
  }

  @Test
  void rulesWithoutTheirFieldsDoNotApply() {
    PrismaCounts partial =
        PrismaCounts.builder()
            .derived(PrismaField.DATABASE_RESULTS, 100)
            .derived(PrismaField.DUPLICATES, 10)
            .build();
    assertEquals(List.of(), PrismaChecks.check(partial), "nothing screened yet");
    PrismaCounts onlyTotal = PrismaCounts.builder().derived(PrismaField.TOTAL_STUDIES, 5).build();
    assertEquals(List.of(), PrismaChecks.check(onlyTotal));
    // A new review: total = new studies (previous absent counts 0).
    PrismaCounts newTotal =
        PrismaCounts.builder()
            .derived(PrismaField.NEW_STUDIES, 5)
            .derived(PrismaField.NEW_REPORTS, 6)
            .derived(PrismaField.TOTAL_STUDIES, 4)
            .build();
    assertEquals(
        Map.of("total_studies", 4L, "previous_studies", 0L, "new_studies", 5L),
        PrismaChecks.check(newTotal).get(0).values());
  }

  @Test
  void everyRuleHasAUniqueIdAndEveryCountFieldIsInSomeRule() {
    assertEquals(
        PrismaChecks.RULES.size(),
        PrismaChecks.RULES.stream().map(PrismaIdentity::id).distinct().count());
    for (PrismaField f : PrismaField.values()) {
      boolean used =
          PrismaChecks.RULES.stream()
              .anyMatch(
                  r -> r.result() == f || r.terms().stream().anyMatch(t -> t.quantity() == f));
      assertTrue(used, f.key() + " is in no rule");
    }
    for (AwaitingStage s : AwaitingStage.values()) {
      assertTrue(
          PrismaChecks.RULES.stream()
              .anyMatch(r -> r.terms().stream().anyMatch(t -> t.quantity() == s)),
          s.key() + " is in no rule");
    }
  }
}
