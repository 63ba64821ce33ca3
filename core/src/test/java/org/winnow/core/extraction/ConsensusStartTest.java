package org.winnow.core.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consensus editor starts from one extractor, with chosen fields from the other. */
class ConsensusStartTest {
  private static final FormTemplate OUTCOMES =
      BuiltInTemplatesTest.template(BuiltInTemplates.OUTCOME_DATA);

  private static FormAnswers read(String sections) throws Exception {
    return AnswersFile.parse("a.json", "{\"sections\": " + sections + "}").answers(OUTCOMES);
  }

  @Test
  void fieldsAreTakenFromTheChosenExtractorAndEntriesMatchByKey() throws Exception {
    Map<String, FormAnswers> both = new LinkedHashMap<>();
    both.put(
        "Ana",
        read(
            """
            {"arm_results": [{"outcome": "Pain", "time_point": "6 months", "arm": "CBT", "n": 40},
                             {"outcome": "Pain", "time_point": "6 weeks", "arm": "CBT", "n": 41}]}
            """));
    both.put(
        "Ben",
        read(
            """
            {"arm_results": [{"outcome": "Pain", "time_point": "6 months", "arm": "CBT", "n": 42},
                             {"outcome": "Pain", "time_point": "12 months", "arm": "CBT", "n": 39}]}
            """));
    ExtractionComparison cmp = ExtractionComparison.of(OUTCOMES, both);
    assertEquals(
        "arm_results[Pain / 6 months / CBT].n", cmp.disagreements().get(0).path(), "6 months");
    FormAnswers fromAna = ConsensusStart.of(OUTCOMES, both, "Ana", Map.of());
    assertEquals(both.get("Ana"), fromAna, "without choices: Ana's answers as they are");

    FormAnswers merged =
        ConsensusStart.of(
            OUTCOMES,
            both,
            "Ana",
            Map.of(
                "arm_results[Pain / 6 months / CBT].n", "Ben",
                "arm_results[Pain / 12 months / CBT].n", "Ben"));
    var entries = merged.instances("arm_results");
    assertEquals(3, entries.size(), "Ben's 12-month entry comes in with its chosen field");
    assertEquals("42", entries.get(0).value("n").orElseThrow().text());
    assertEquals("41", entries.get(1).value("n").orElseThrow().text());
    assertEquals("39", entries.get(2).value("n").orElseThrow().text());
    assertEquals(
        "12 months",
        entries.get(2).value("time_point").orElseThrow().text(),
        "an entry brought in keeps its own key fields");
  }
}
