package org.winnow.core.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in templates load, read back canonically, and hold the items their checklists list. */
class BuiltInTemplatesTest {
  @Test
  void threeTemplatesShip() {
    assertEquals(
        List.of("study-characteristics", "tidier", "outcome-data"),
        BuiltInTemplates.all().stream().map(FormTemplate::id).toList());
  }

  @Test
  void canonicalTextReadsBackEqual() throws Exception {
    for (FormTemplate t : BuiltInTemplates.all()) {
      String text = TemplateJson.write(t);
      assertEquals(t, TemplateJson.read(t.id() + ".json", text), t.ref());
      assertEquals(text, TemplateJson.write(TemplateJson.read("again.json", text)));
    }
  }

  @Test
  void tidierHasTwelveItemsEachWithWhereReported() {
    FormTemplate t = template(BuiltInTemplates.TIDIER);
    SectionSpec interventions = t.section("interventions").orElseThrow();
    assertTrue(interventions.repeats(), "one instance per intervention");
    assertEquals("intervention", interventions.unitName());
    List<FieldSpec> items =
        interventions.fields().stream().filter(f -> f.label().matches("\\d+\\. .*")).toList();
    assertEquals(24, items.size(), "12 answers + 12 where-reported");
    for (int i = 1; i <= 12; i++) {
      String n = i + ". ";
      assertEquals(2, items.stream().filter(f -> f.label().startsWith(n)).count(), "item " + i);
    }
    assertTrue(interventions.field("brief_name").orElseThrow().required());
  }

  @Test
  void outcomeDataCarriesWhatEffectSizesNeed() {
    FormTemplate t = template(BuiltInTemplates.OUTCOME_DATA);
    SectionSpec arms = t.section("arm_results").orElseThrow();
    assertEquals(List.of("outcome", "time_point", "arm"), arms.repeat().key());
    for (String f : List.of("n", "mean", "sd", "events", "total")) {
      assertTrue(arms.field(f).isPresent(), f);
    }
    SectionSpec comparisons = t.section("comparisons").orElseThrow();
    for (String f : List.of("t", "f", "p", "odds_ratio", "or_lower", "or_upper", "r")) {
      assertTrue(comparisons.field(f).isPresent(), f);
    }
  }

  static FormTemplate template(String id) {
    return BuiltInTemplates.all().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
