package org.winnow.core.extraction;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An answers file to fill in ({@link AnswersFile#FORMAT}): every field of every section with an
 * empty answer (null), a repeating section with one empty entry, and a {@code guide} that says per
 * field what it takes (label, type, required, options, units, range, help). The reader ignores the
 * guide, so the filled-in file goes to {@code extract --answers} as it is; until every required
 * field is answered (or "NR"), it is refused naming each one.
 */
public final class AnswersSkeleton {
  private AnswersSkeleton() {}

  /**
   * The skeleton of a template's answers file.
   *
   * @param about one line on what the file is for (which study, and the command that records it)
   */
  public static ObjectNode of(FormTemplate template, String about) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    root.put("format", AnswersFile.FORMAT);
    root.put("form", template.id());
    root.put("version", template.version());
    root.putNull("note");
    ObjectNode sections = root.putObject("sections");
    ObjectNode guide = json.objectNode();
    guide.put("about", about);
    ObjectNode repeats = guide.putObject("sections");
    ObjectNode fields = guide.putObject("fields");
    for (SectionSpec section : template.sections()) {
      ObjectNode entry = json.objectNode();
      for (FieldSpec field : section.fields()) {
        entry.putNull(field.id());
        fields.put(section.id() + "." + field.id(), describe(field));
      }
      if (section.repeats()) {
        ArrayNode list = sections.putArray(section.id());
        list.add(entry);
        repeats.put(
            section.id(),
            "repeats: one entry per "
                + section.unitName()
                + "; copy the entry for each, delete it if none"
                + (section.repeat().key().isEmpty()
                    ? ""
                    : "; each entry has its own " + String.join(" / ", section.repeat().key()))
                + (section.help() == null ? "" : ". " + section.help()));
      } else {
        sections.set(section.id(), entry);
      }
    }
    if (repeats.isEmpty()) {
      guide.remove("sections");
    }
    root.set(AnswersFile.GUIDE, guide);
    return root;
  }

  /** "Participants analysed (n): a whole number ≥ 0, required. Help." */
  static String describe(FieldSpec field) {
    List<String> parts = new ArrayList<>();
    parts.add(field.type().expected());
    if (field.required()) {
      parts.add("required (\"NR\" when not reported)");
    }
    if (!field.choices().isEmpty()) {
      parts.add(
          "options: "
              + String.join(
                  ", ",
                  field.choices().stream().map(o -> o.value() + " (" + o.label() + ")").toList()));
    }
    if (field.unit() != null) {
      parts.add("in " + field.unit());
    }
    if (!field.units().isEmpty()) {
      parts.add(
          "with its unit, {\"value\": 6, \"unit\": \""
              + field.units().get(0)
              + "\"}; units: "
              + String.join(", ", field.units()));
    }
    if (field.min() != null) {
      parts.add("at least " + field.min().toPlainString());
    }
    if (field.max() != null) {
      parts.add("at most " + field.max().toPlainString());
    }
    String label = field.label() == null ? field.id() : field.label();
    return label
        + ": "
        + String.join("; ", parts)
        + (field.help() == null || field.help().isBlank() ? "" : ". " + field.help());
  }
}
