package org.winnow.core.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks between fields of one entry, as the window shows them while values are typed. */
class CrossFieldChecksTest {
  private static final FormTemplate OUTCOMES =
      BuiltInTemplatesTest.template(BuiltInTemplates.OUTCOME_DATA);
  private static final SectionSpec ARMS = OUTCOMES.section("arm_results").orElseThrow();
  private static final SectionSpec COMPARISONS = OUTCOMES.section("comparisons").orElseThrow();

  private static Map<String, FieldValue> values(Object... pairs) {
    Map<String, FieldValue> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      out.put(
          (String) pairs[i],
          v instanceof Long l
              ? new FieldValue.Whole(l)
              : v instanceof String s && s.equals("NR")
                  ? new FieldValue.NotReported()
                  : new FieldValue.Decimal(new BigDecimal(v.toString()), null));
    }
    return out;
  }

  @Test
  void eventsAreAtMostTheTotal() {
    assertTrue(CrossFieldChecks.check(ARMS, values("events", 10L, "total", 10L)).isEmpty());
    List<CrossFieldChecks.Problem> p =
        CrossFieldChecks.check(ARMS, values("events", 11L, "total", 10L));
    assertEquals(1, p.size());
    assertEquals(List.of("events", "total"), p.get(0).fields());
    assertEquals("total", p.get(0).field());
  }

  @Test
  void theOddsRatioLiesWithinItsLimits() {
    assertTrue(
        CrossFieldChecks.check(
                COMPARISONS, values("odds_ratio", "1.5", "or_lower", "1.1", "or_upper", "2.0"))
            .isEmpty());
    assertEquals(
        "Odds ratio (2.5) is above Odds ratio: upper 95% limit (2.0)",
        CrossFieldChecks.check(
                COMPARISONS, values("odds_ratio", "2.5", "or_lower", "1.1", "or_upper", "2.0"))
            .get(0)
            .message());
    assertEquals(
        "or_lower",
        CrossFieldChecks.check(COMPARISONS, values("odds_ratio", "1.0", "or_lower", "1.1"))
            .get(0)
            .fields()
            .get(0),
        "two of the three are enough to check");
  }

  @Test
  void aStandardDeviationIsAboveZeroAndNotReportedIsNeverAContradiction() {
    assertEquals(1, CrossFieldChecks.check(ARMS, values("sd", "-1.2")).size());
    assertTrue(CrossFieldChecks.check(ARMS, values("sd", "0.4")).isEmpty());
    assertTrue(CrossFieldChecks.check(ARMS, values("sd", "NR", "events", "NR")).isEmpty());
  }
}
