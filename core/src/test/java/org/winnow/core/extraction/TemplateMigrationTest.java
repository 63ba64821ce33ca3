package org.winnow.core.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing a template without losing answers: renames, recoded options, what is left behind. */
class TemplateMigrationTest {
  static final String V1 =
      """
      {"format": "winnow-form-template/1", "id": "setting", "version": 1, "title": "Setting",
       "sections": [
         {"id": "study", "label": "Study", "fields": [
           {"id": "country", "label": "Country", "type": "text"},
           {"id": "n", "label": "Sample size", "type": "integer"},
           {"id": "design", "label": "Design", "type": "single-choice", "options": ["RCT", "cohort"]},
           {"id": "comments", "label": "Comments", "type": "long-text"},
           {"id": "age", "label": "Mean age", "type": "text"}]},
         {"id": "arms", "label": "Arms", "repeat": {"unit": "arm"}, "fields": [
           {"id": "arm", "label": "Arm", "type": "text"}]}]}
      """;

  static final String V2 =
      """
      {"format": "winnow-form-template/1", "id": "setting", "version": 2, "title": "Setting",
       "sections": [
         {"id": "study", "label": "Study", "fields": [
           {"id": "country", "label": "Country", "type": "text"},
           {"id": "sample_size", "label": "Sample size", "type": "integer"},
           {"id": "design", "label": "Design", "type": "single-choice",
            "options": ["rct", "cohort", "case-control"]},
           {"id": "age", "label": "Mean age (years)", "type": "number"},
           {"id": "funding", "label": "Funding", "type": "text", "required": true}]},
         {"id": "arms", "label": "Arms", "repeat": {"unit": "arm"}, "fields": [
           {"id": "arm", "label": "Arm", "type": "text"}]}]}
      """;

  static String withChanges(String template) {
    return template.replace(
        "\"title\": \"Setting\",",
        "\"title\": \"Setting\", \"changes\": [{\"from\": 1, \"renamed\": {\"study.n\":"
            + " \"study.sample_size\"}, \"recoded\": {\"study.design\": {\"RCT\": \"rct\"}},"
            + " \"note\": \"n renamed\"}],");
  }

  @Test
  void answersCarryOverAndWhatCannotIsListed() throws Exception {
    FormTemplate v1 = TemplateJson.read("v1.json", V1);
    FormTemplate v2 = TemplateJson.read("v2.json", withChanges(V2));
    FormAnswers old =
        AnswersFile.parse(
                "a.json",
                """
                {"sections": {"study": {"country": "Peru", "n": 120, "design": "RCT",
                  "comments": "pilot", "age": "about 40"},
                 "arms": [{"arm": "A"}, {"arm": "B"}]}}
                """)
            .answers(v1);
    TemplateMigration.Result r = TemplateMigration.migrate(old, v1, v2, List.of());
    FormAnswers a = r.answers();
    assertEquals("Peru", a.value("study", "country").orElseThrow().text());
    assertEquals("120", a.value("study", "sample_size").orElseThrow().text(), "renamed");
    assertEquals("rct", a.value("study", "design").orElseThrow().text(), "recoded");
    assertEquals(2, a.instances("arms").size(), "repeating entries carry over");
    assertEquals(List.of(new TemplateMigration.Moved("study.n", "study.sample_size")), r.moved());
    assertEquals(
        List.of(
            new TemplateMigration.LeftBehind(
                "study.comments", "pilot", "no such field in setting@2"),
            new TemplateMigration.LeftBehind(
                "study.age", "about 40", "'about 40' is not a number")),
        r.leftBehind());
    assertEquals(List.of("study.funding"), r.newlyRequired());
  }

  @Test
  void withoutDeclaredChangesOnlySameIdsCarryOver() throws Exception {
    FormTemplate v1 = TemplateJson.read("v1.json", V1);
    FormTemplate v2 = TemplateJson.read("v2.json", V2);
    FormAnswers old =
        AnswersFile.parse("a.json", "{\"sections\": {\"study\": {\"n\": 5, \"design\": \"RCT\"}}}")
            .answers(v1);
    TemplateMigration.Result r = TemplateMigration.migrate(old, v1, v2, List.of());
    assertTrue(r.answers().value("study", "sample_size").isEmpty());
    assertEquals(
        "rct", r.answers().value("study", "design").orElseThrow().text(), "options match by case");
    assertEquals(1, r.leftBehind().size());
  }

  @Test
  void onlyForward() throws Exception {
    FormTemplate v1 = TemplateJson.read("v1.json", V1);
    FormTemplate v2 = TemplateJson.read("v2.json", V2);
    FormAnswers none = new FormAnswers(java.util.Map.of());
    assertThrows(
        IllegalArgumentException.class, () -> TemplateMigration.migrate(none, v2, v1, List.of()));
  }
}
