package org.winnow.core.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.json.LocatedJson;

/** Answers to a whole form: sections once and repeating, required fields, and every message. */
class AnswerCodecTest {
  private static final FormTemplate OUTCOMES =
      BuiltInTemplatesTest.template(BuiltInTemplates.OUTCOME_DATA);
  private static final FormTemplate TIDIER = BuiltInTemplatesTest.template(BuiltInTemplates.TIDIER);
  private static final FormTemplate STUDY =
      BuiltInTemplatesTest.template(BuiltInTemplates.STUDY_CHARACTERISTICS);

  private static FormAnswers read(FormTemplate t, String sections) throws ImportException {
    return AnswersFile.parse("a.json", "{\"sections\": " + sections + "}").answers(t);
  }

  private static ImportException error(FormTemplate t, String sections) {
    return assertThrows(ImportException.class, () -> read(t, sections));
  }

  @Test
  void repeatingSectionsHoldOneEntryPerIntervention() throws Exception {
    FormAnswers a =
        read(
            TIDIER,
            """
            {"interventions": [
              {"brief_name": "Group CBT", "why": "Cognitive model", "why_where": "p. 3"},
              {"brief_name": "Leaflet", "how": "NR"}]}
            """);
    List<FormAnswers.Instance> list = a.instances("interventions");
    assertEquals(2, list.size());
    assertEquals("Cognitive model", list.get(0).value("why").orElseThrow().text());
    assertEquals("NR", list.get(1).value("how").orElseThrow().text());
    assertEquals(5, a.answeredCount());
  }

  @Test
  void writtenAnswersReadBackEqual() throws Exception {
    FormAnswers a =
        read(
            STUDY,
            """
            {"study": {"design": "Randomised controlled trial", "sample_size": "120",
                       "female_percent": 52.50, "follow_up": {"value": 6, "unit": "months"},
                       "funding_type": ["public", "charity"], "conflicts_declared": "no",
                       "study_start": "2019-03"},
             "arms": [{"arm": "CBT", "role": "intervention"}, {"arm": "Usual care", "role": "control"}]}
            """);
    String json = AnswerCodec.write(a, STUDY).toString();
    assertTrue(json.contains("\"design\":\"rct\""), "options stored by value: " + json);
    assertTrue(json.contains("\"female_percent\":52.50"), "digits kept: " + json);
    assertEquals(a, AnswerCodec.read(LocatedJson.parse("db", json), "", STUDY));
  }

  @Test
  void aMissingRepeatingSectionOwesItsMinimum() {
    ImportException e = error(TIDIER, "{}");
    assertEquals("needs at least 1 intervention, got 0", e.problem());
    assertEquals("interventions", e.field());
  }

  @Test
  void requiredFieldsAreNamedWithTheirEntry() {
    ImportException e =
        error(TIDIER, "{\"interventions\": [{\"brief_name\": \"A\"}, {\"why\": \"x\"}]}");
    assertEquals("interventions[2].brief_name", e.field());
    assertEquals("required: give an answer, or \"NR\" when the report does not say", e.problem());
  }

  @Test
  void shapesOfSectionsAreChecked() {
    assertEquals(
        "section 'interventions' repeats (one entry per intervention): give a list of objects",
        error(TIDIER, "{\"interventions\": {\"brief_name\": \"A\"}}").problem());
    assertEquals(
        "section 'study' is answered once: give one object of field answers, not a list",
        error(STUDY, "{\"study\": [{\"design\": \"rct\"}]}").problem());
    assertEquals(
        "expected an object of answers", error(TIDIER, "{\"interventions\": [\"CBT\"]}").problem());
    assertTrue(
        error(TIDIER, "{\"interventions\": [{\"brief_name\": \"A\"}], \"arms\": []}")
            .problem()
            .startsWith("no section 'arms' in form tidier@1 (sections: interventions)"));
    assertTrue(
        error(TIDIER, "{\"interventions\": [{\"brief_name\": \"A\", \"dose\": \"2\"}]}")
            .problem()
            .startsWith("no field 'dose' in section 'interventions' (fields: arm, brief_name,"));
  }

  @Test
  void keyedEntriesAreEnteredOnce() {
    ImportException e =
        error(
            OUTCOMES,
            """
            {"arm_results": [
              {"outcome": "Pain", "time_point": "6 months", "arm": "CBT", "n": 40},
              {"outcome": "pain", "time_point": "6  Months", "arm": "cbt", "n": 41}]}
            """);
    assertEquals(
        "entries 1 and 2 have the same outcome / time_point / arm (pain / 6  Months / cbt); each"
            + " arm result is entered once",
        e.problem());
    assertEquals(3, e.line());
    assertEquals("arm_results[2]", e.field());
  }

  @Test
  void everyProblemIsListedWithItsLine() {
    ImportException e =
        error(
            OUTCOMES,
            """
            {"arm_results": [
              {"outcome": "Pain", "time_point": "6 months", "arm": "CBT",
               "n": "forty", "sd": -2}]}
            """);
    assertEquals(3, e.line());
    assertEquals("arm_results[1].n", e.field());
    assertEquals(
        "'forty' is not a whole number (1 more: line 3 arm_results[1].sd: -2 is below the least"
            + " value 0)",
        e.problem());
  }

  @Test
  void theAnswersFileItself() {
    assertEquals(
        "missing \"sections\": the answers go in \"sections\": {\"<section>\": {...}}",
        assertThrows(ImportException.class, () -> AnswersFile.parse("a.json", "{\"study\": {}}"))
            .problem());
    assertEquals(
        "unknown entry; an answers file has format, form, version, note, sections and guide",
        assertThrows(
                ImportException.class,
                () -> AnswersFile.parse("a.json", "{\"sections\": {}, \"study\": {}}"))
            .problem());
    assertEquals(
        "expected \"winnow-extraction/1\", got \"csv\"",
        assertThrows(
                ImportException.class,
                () -> AnswersFile.parse("a.json", "{\"format\": \"csv\", \"sections\": {}}"))
            .problem());
    assertEquals(
        "expected a template version: a whole number ≥ 1",
        assertThrows(
                ImportException.class,
                () -> AnswersFile.parse("a.json", "{\"version\": \"one\", \"sections\": {}}"))
            .problem());
  }

  @Test
  void answersThatContradictEachOtherAreRefusedAtTheFieldTyped() {
    ImportException events =
        error(
            OUTCOMES,
            """
            {"arm_results": [{"outcome": "Pain", "time_point": "6 months", "arm": "CBT",
                              "events": 12, "total": 10}]}
            """);
    assertEquals("arm_results[1].total", events.field());
    assertEquals("Events (12) is above Total (for events) (10)", events.problem());
    ImportException or =
        error(
            OUTCOMES,
            """
            {"comparisons": [{"outcome": "Pain", "time_point": "6 months",
              "intervention_arm": "CBT", "control_arm": "UC",
              "odds_ratio": 1.5, "or_lower": 1.8, "or_upper": 2.4}]}
            """);
    assertEquals("comparisons[1].odds_ratio", or.field());
    ImportException sd =
        error(
            OUTCOMES,
            """
            {"arm_results": [{"outcome": "Pain", "time_point": "6 months", "arm": "CBT",
                              "mean": 3.1, "sd": 0}]}
            """);
    assertEquals("arm_results[1].sd", sd.field());
    assertEquals("Standard deviation must be above 0 (got 0)", sd.problem());
  }
}
