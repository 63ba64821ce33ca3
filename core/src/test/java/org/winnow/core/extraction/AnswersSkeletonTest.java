package org.winnow.core.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.ImportException;

/** The answers file to fill in: empty as written, accepted once filled, for every built-in form. */
class AnswersSkeletonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String text(ObjectNode node) throws Exception {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }

  @Test
  void holdsEveryFieldEmptyWithWhatItTakes() throws Exception {
    for (FormTemplate t : BuiltInTemplates.all()) {
      ObjectNode s = AnswersSkeleton.of(t, "for S1");
      assertEquals(AnswersFile.FORMAT, s.get("format").asText());
      assertEquals(t.id(), s.get("form").asText());
      JsonNode fields = s.get(AnswersFile.GUIDE).get("fields");
      assertEquals(t.fieldCount(), fields.size(), t.id());
      for (SectionSpec section : t.sections()) {
        JsonNode entry = s.get("sections").get(section.id());
        if (section.repeats()) {
          assertEquals(1, entry.size(), "one empty entry of " + section.id());
          entry = entry.get(0);
        }
        for (FieldSpec f : section.fields()) {
          assertTrue(entry.get(f.id()).isNull(), section.id() + "." + f.id());
          assertTrue(fields.has(section.id() + "." + f.id()));
        }
      }
    }
    FormTemplate outcomes = template(BuiltInTemplates.OUTCOME_DATA);
    JsonNode guide = AnswersSkeleton.of(outcomes, "for S1").get(AnswersFile.GUIDE);
    assertEquals(
        "Role: one of the options; options: intervention (Intervention), control (Control or"
            + " comparator)",
        guide.get("fields").get("arm_results.role").asText());
    assertEquals(
        "Time point: one line of text; required (\"NR\" when not reported). e.g."
            + " 'post-intervention', '6 months'",
        guide.get("fields").get("arm_results.time_point").asText());
    assertTrue(guide.get("sections").get("arm_results").asText().startsWith("repeats"));
  }

  @Test
  void asWrittenItNamesTheRequiredFieldsAndFilledInItIsAccepted() throws Exception {
    FormTemplate t = template(BuiltInTemplates.OUTCOME_DATA);
    ObjectNode s = AnswersSkeleton.of(t, "for S1");
    ImportException empty =
        assertThrows(ImportException.class, () -> AnswersFile.parse("s.json", text(s)).answers(t));
    assertTrue(empty.getMessage().contains("required"), empty.getMessage());
    for (FormTemplate any : BuiltInTemplates.all()) {
      ObjectNode filled = AnswersSkeleton.of(any, "for S1");
      for (SectionSpec section : any.sections()) {
        JsonNode entry = filled.get("sections").get(section.id());
        ObjectNode o = (ObjectNode) (section.repeats() ? entry.get(0) : entry);
        for (FieldSpec f : section.fields()) {
          o.set(f.id(), answer(f));
        }
      }
      AnswersFile file = AnswersFile.parse("filled.json", text(filled));
      FormAnswers answers = file.answers(any);
      assertEquals(any.fieldCount(), answers.answeredCount(), any.id());
    }
  }

  /** A valid answer for any field. */
  private static JsonNode answer(FieldSpec f) {
    var json = JSON.getNodeFactory();
    return switch (f.type()) {
      case TEXT, LONG_TEXT -> json.textNode("x");
      case INTEGER -> json.numberNode(f.min() == null ? 1 : f.min().intValue() + 1);
      case NUMBER ->
          f.units().isEmpty()
              ? json.numberNode(1)
              : json.objectNode().put("value", 1).put("unit", f.units().get(0));
      case DATE -> json.textNode("2020");
      case SINGLE_CHOICE, YES_NO_UNCLEAR -> json.textNode(f.choices().get(0).value());
      case MULTIPLE_CHOICE -> json.arrayNode().add(f.choices().get(0).value());
    };
  }

  private static FormTemplate template(String id) {
    return BuiltInTemplates.all().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theGuideIsNotAnAnswer() throws Exception {
    FormTemplate t = template(BuiltInTemplates.TIDIER);
    String text =
        "{\"sections\": {\"interventions\": [{\"brief_name\": \"CBT\"}]},"
            + " \"guide\": {\"fields\": {\"interventions.brief_name\": \"Brief name\"}}}";
    assertEquals(
        List.of("interventions"),
        List.copyOf(AnswersFile.parse("a.json", text).answers(t).sections().keySet()));
  }
}
