package org.winnow.core.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Field-level comparison of two extractions: keyed and positional instances, disagreements. */
class ExtractionComparisonTest {
  private static FormAnswers answers(FormTemplate t, String sections) throws Exception {
    return AnswersFile.parse("a.json", "{\"sections\": " + sections + "}").answers(t);
  }

  private static ExtractionComparison compare(FormTemplate t, String a, String b) throws Exception {
    Map<String, FormAnswers> byName = new LinkedHashMap<>();
    byName.put("Ana", answers(t, a));
    byName.put("Ben", answers(t, b));
    return ExtractionComparison.of(t, byName);
  }

  @Test
  void keyedEntriesMatchWhateverTheirOrder() throws Exception {
    FormTemplate t = BuiltInTemplatesTest.template(BuiltInTemplates.OUTCOME_DATA);
    ExtractionComparison c =
        compare(
            t,
            """
            {"arm_results": [
              {"outcome": "Pain", "time_point": "6 months", "arm": "CBT", "n": 40, "mean": 3.10},
              {"outcome": "Pain", "time_point": "6 months", "arm": "Usual care", "n": 38, "mean": 4.2}]}
            """,
            """
            {"arm_results": [
              {"outcome": "pain", "time_point": "6 Months", "arm": "usual care", "n": 38, "mean": 4.2},
              {"outcome": "Pain", "time_point": "6 months", "arm": "CBT", "n": 41, "mean": 3.1},
              {"outcome": "Pain", "time_point": "12 months", "arm": "CBT", "n": 35}]}
            """);
    List<ExtractionComparison.FieldComparison> d = c.disagreements();
    assertEquals(List.of("Ana", "Ben"), c.extractors());
    assertEquals(5, d.size(), d.toString());
    ExtractionComparison.FieldComparison n = d.get(0);
    assertEquals("arm_results[Pain / 6 months / CBT].n", n.path());
    assertEquals(Arrays.asList("40", "41"), n.values());
    ExtractionComparison.FieldComparison missing = d.get(1);
    assertEquals("arm_results[Pain / 12 months / CBT].outcome", missing.path());
    assertEquals(Arrays.asList(null, "Pain"), missing.values());
    assertEquals(List.of(false, true), missing.present(), "only Ben has this entry");
    assertTrue(
        c.fields().stream().anyMatch(f -> f.field().equals("mean") && f.agree()),
        "3.10 and 3.1 agree");
    assertFalse(c.agrees());
  }

  @Test
  void unkeyedEntriesMatchByPosition() throws Exception {
    FormTemplate t = BuiltInTemplatesTest.template(BuiltInTemplates.TIDIER);
    ExtractionComparison c =
        compare(
            t,
            "{\"interventions\": [{\"brief_name\": \"Group CBT\", \"how\": \"Face to face\"}]}",
            "{\"interventions\": [{\"brief_name\": \"group  cbt\", \"how\": \"Online\"}]}");
    assertEquals(1, c.disagreements().size());
    assertEquals("interventions[1].how", c.disagreements().get(0).path());
    assertEquals("6. How", c.disagreements().get(0).label());
  }

  @Test
  void identicalAnswersAgree() throws Exception {
    FormTemplate t = BuiltInTemplatesTest.template(BuiltInTemplates.STUDY_CHARACTERISTICS);
    String a = "{\"study\": {\"design\": \"rct\", \"funding_type\": [\"public\", \"charity\"]}}";
    String b = "{\"study\": {\"design\": \"RCT\", \"funding_type\": [\"charity\", \"public\"]}}";
    ExtractionComparison c = compare(t, a, b);
    assertTrue(c.agrees());
    assertEquals(2, c.fields().size(), "only answered fields are listed");
  }

  @Test
  void numbersKeepTheirUnits() throws Exception {
    FormTemplate t = BuiltInTemplatesTest.template(BuiltInTemplates.STUDY_CHARACTERISTICS);
    ExtractionComparison c =
        compare(
            t,
            "{\"study\": {\"design\": \"rct\", \"follow_up\": {\"value\": 6, \"unit\": \"months\"}}}",
            "{\"study\": {\"design\": \"rct\", \"follow_up\": {\"value\": 6, \"unit\": \"weeks\"}}}");
    assertEquals(1, c.disagreements().size());
    assertEquals(List.of("6 months", "6 weeks"), c.disagreements().get(0).values());
  }

  @Test
  void numbersEqualByValueAndUnitAgree() throws Exception {
    FormTemplate t = BuiltInTemplatesTest.template(BuiltInTemplates.STUDY_CHARACTERISTICS);
    ExtractionComparison c =
        compare(
            t,
            "{\"study\": {\"design\": \"rct\", \"follow_up\": {\"value\": 6, \"unit\": \"months\"}}}",
            "{\"study\": {\"design\": \"rct\", \"follow_up\": {\"value\": \"6.0\", \"unit\": \"Months\"}}}");
    assertTrue(c.agrees(), c.fields().toString());
  }

  @Test
  void timePointsWithDifferentUnitsAreDifferentEntries() throws Exception {
    FormTemplate t = BuiltInTemplatesTest.template(BuiltInTemplates.OUTCOME_DATA);
    ExtractionComparison c =
        compare(
            t,
            "{\"arm_results\": [{\"outcome\": \"Pain\", \"time_point\": \"6 months\","
                + " \"arm\": \"CBT\", \"n\": 40}]}",
            "{\"arm_results\": [{\"outcome\": \"Pain\", \"time_point\": \"6  Months\","
                + " \"arm\": \"CBT\", \"n\": 40},"
                + " {\"outcome\": \"Pain\", \"time_point\": \"6 weeks\","
                + " \"arm\": \"CBT\", \"n\": 40}]}");
    assertTrue(
        c.fields().stream()
            .filter(f -> f.instance().equals("Pain / 6 months / CBT"))
            .allMatch(ExtractionComparison.FieldComparison::agree));
    assertTrue(
        c.disagreements().stream().allMatch(f -> f.instance().equals("Pain / 6 weeks / CBT")));
  }
}
