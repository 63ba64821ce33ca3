package org.winnow.core.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.winnow.core.io.ImportException;

/** Template files: what makes one invalid, said with file, line and property. */
class TemplateJsonTest {
  private static String template(String fields) {
    return """
        {
          "format": "winnow-form-template/1",
          "id": "trial",
          "version": 1,
          "title": "Trial form",
          "sections": [
            {
              "id": "study",
              "label": "Study",
              "fields": [
        %s
              ]
            }
          ]
        }
        """
        .formatted(fields);
  }

  private static ImportException error(String text) {
    return assertThrows(ImportException.class, () -> TemplateJson.read("t.json", text));
  }

  @Test
  void readsATemplateWithOptionsAsTextOrObjects() throws Exception {
    FormTemplate t =
        TemplateJson.read(
            "t.json",
            template(
                """
                {"id": "design", "label": "Design", "type": "single-choice",
                 "options": ["rct", {"value": "cohort", "label": "Cohort study"}]}
                """));
    FieldSpec design = t.section("study").orElseThrow().field("design").orElseThrow();
    assertEquals(new ChoiceOption("rct", "rct"), design.options().get(0));
    assertEquals(new ChoiceOption("cohort", "Cohort study"), design.options().get(1));
    assertEquals("trial@1", t.ref());
  }

  @Test
  void theFormatIsRequiredAndVersioned() {
    ImportException e = error("{\"id\": \"x\"}");
    assertEquals(
        "not a Winnow form template: expected \"format\": \"winnow-form-template/1\"", e.problem());
    ImportException newer = error("{\"format\": \"winnow-form-template/2\"}");
    assertTrue(newer.problem().startsWith("written by a newer Winnow"), newer.problem());
    assertEquals(1, newer.line());
  }

  @Test
  void anUnknownTypeIsNamedWithTheKnownOnes() {
    ImportException e = error(template("{\"id\": \"n\", \"label\": \"N\", \"type\": \"numeric\"}"));
    assertEquals(
        "unknown field type 'numeric' (types: text, long-text, integer, number, date,"
            + " single-choice, multiple-choice, yes-no-unclear)",
        e.problem());
    assertEquals(11, e.line());
    assertEquals("type", e.field());
  }

  @Test
  void aMisspeltPropertyIsRefused() {
    ImportException e =
        error(
            template("{\"id\": \"n\", \"label\": \"N\", \"type\": \"text\", \"requried\": true}"));
    assertTrue(e.problem().startsWith("unknown property 'requried' (known: "), e.problem());
    assertEquals("requried", e.field());
  }

  @Test
  void everyRuleBrokenIsListed() {
    ImportException e =
        error(
            template(
                """
                {"id": "Design", "label": "Design", "type": "single-choice"},
                {"id": "n", "label": "N", "type": "text", "min": 1},
                {"id": "n", "label": "N again", "type": "integer", "units": ["kg"]},
                {"id": "ok", "label": "Yes/no", "type": "yes-no-unclear", "options": ["yes"]}
                """));
    String m = e.getMessage();
    assertTrue(m.startsWith("t.json:11: field study.fields[1].id: 'Design' is not an id"), m);
    for (String part :
        new String[] {
          "single-choice needs options",
          "only number and integer fields have min and max",
          "two fields are called n",
          "only number fields have units",
          "(yes/no/unclear are fixed)"
        }) {
      assertTrue(m.contains(part), part + " in " + m);
    }
  }

  @Test
  void keyFieldsAndChangesMustNameRealFields() {
    String text =
        """
        {"format": "winnow-form-template/1", "id": "o", "version": 2, "title": "O",
         "sections": [{"id": "arms", "label": "Arms", "repeat": {"unit": "arm", "key": ["name"]},
                       "fields": [{"id": "arm", "label": "Arm", "type": "text"}]}],
         "changes": [{"from": 2, "renamed": {"arms.label": "arms.title"}}]}
        """;
    String m = error(text).getMessage();
    assertTrue(m.contains("key field 'name' is not a field of section arms"), m);
    assertTrue(m.contains("changes start from an earlier version (1 to 1)"), m);
    assertTrue(m.contains("'arms.title' is not a section.field of this version"), m);
  }

  @Test
  void syntaxErrorsNameTheLine() {
    ImportException e = error("{\n\"format\": \"winnow-form-template/1\",\n\"id\": }");
    assertEquals(3, e.line());
    assertTrue(e.problem().startsWith("not valid JSON"), e.problem());
  }
}
