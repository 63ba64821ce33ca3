package org.winnow.core.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * One answer as a person types it into a form (text, and the unit picked beside a number), read
 * with the same rules as an answers file, so the window and the command line accept and refuse the
 * same answers with the same words.
 */
public final class FieldInput {
  private FieldInput() {}

  /**
   * The answer typed, or empty when nothing was typed; throws {@link IllegalArgumentException} with
   * the reason (in plain words) when it is not an answer this field takes.
   *
   * @param unit the unit chosen beside a number field with several units, else null
   */
  public static Optional<FieldValue> read(FieldSpec field, String text, String unit) {
    return FieldReader.read(field, json(field, text, unit));
  }

  /**
   * The typed text as an answers file would hold it: a number with a chosen unit as {"value",
   * "unit"}, the options of a multiple-choice field as a list (typed "a; b"), else the text.
   */
  public static JsonNode json(FieldSpec field, String text, String unit) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || FieldReader.isNotReported(t)) {
      return nodes.textNode(t);
    }
    if (field.type() == FieldType.NUMBER && unit != null && !unit.isBlank()) {
      ObjectNode o = nodes.objectNode();
      o.put("value", t);
      o.put("unit", unit);
      return o;
    }
    if (field.type() == FieldType.MULTIPLE_CHOICE) {
      var list = nodes.arrayNode();
      for (String part : List.of(t.split(";"))) {
        if (!part.isBlank()) {
          list.add(part.strip());
        }
      }
      return list;
    }
    return nodes.textNode(field.type() == FieldType.LONG_TEXT ? text : t);
  }

  /** Whether typed text says "not reported" ("NR", any case). */
  public static boolean isNotReported(String text) {
    return text != null && FieldReader.isNotReported(text);
  }
}
