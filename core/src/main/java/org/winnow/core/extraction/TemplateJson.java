package org.winnow.core.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.json.LocatedJson;
import org.winnow.core.io.json.Problems;
import org.winnow.core.io.json.Problems.Problem;

/**
 * Form templates as JSON ({@link FormTemplate#FORMAT}): read with every problem named by line and
 * property, written canonically (the same template always gives the same text, so its hash says
 * whether two copies of one version are the same).
 */
public final class TemplateJson {
  /** Ids of templates, sections and fields: lower case, digits, '-' and '_'. */
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private TemplateJson() {}

  public static FormTemplate read(String file, String text) throws ImportException {
    LocatedJson doc = LocatedJson.parse(file, text);
    if (!doc.root().isObject()) {
      throw doc.error("", null, "expected a form template object");
    }
    String format = doc.root().path("format").asText("");
    if (!format.equals(FormTemplate.FORMAT)) {
      throw doc.error(
          "/format",
          "format",
          format.startsWith("winnow-form-template/")
              ? "written by a newer Winnow (" + format + "); this one reads " + FormTemplate.FORMAT
              : "not a Winnow form template: expected \"format\": \"" + FormTemplate.FORMAT + "\"");
    }
    FormTemplate template;
    try {
      template = MAPPER.treeToValue(doc.root(), FormTemplate.class);
    } catch (JsonMappingException e) {
      throw mappingError(doc, e);
    } catch (JsonProcessingException e) {
      throw doc.error("", null, e.getOriginalMessage());
    }
    Problems problems = new Problems();
    check(template, problems);
    problems.throwIfAny(doc);
    return template;
  }

  /** The canonical text of a template. */
  public static String write(FormTemplate template) {
    try {
      return MAPPER.writeValueAsString(template) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write template " + template.ref(), e);
    }
  }

  private static ImportException mappingError(LocatedJson doc, JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    String last = null;
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        pointer.append('/').append(LocatedJson.segment(r.getFieldName()));
        last = r.getFieldName();
      } else if (r.getIndex() >= 0) {
        pointer.append('/').append(r.getIndex());
      }
    }
    String message;
    if (e instanceof UnrecognizedPropertyException u) {
      message =
          "unknown property '"
              + u.getPropertyName()
              + "' (known: "
              + String.join(", ", u.getKnownPropertyIds().stream().map(Object::toString).toList())
              + ")";
    } else if (e.getCause() instanceof IllegalArgumentException cause) {
      message = cause.getMessage();
    } else {
      message = e.getOriginalMessage().replaceAll(" \\(class [^)]*\\)", "");
    }
    return doc.error(pointer.toString(), last, message);
  }

  /** The rules a template must keep so that every answer to it can be checked and exported. */
  private static void check(FormTemplate t, Problems problems) {
    id(t.id(), "/id", "id", problems);
    if (t.version() < 1) {
      problems.add(new Problem("/version", "version", "a template version is 1 or more"));
    }
    if (t.title() == null || t.title().isBlank()) {
      problems.add(new Problem("/title", "title", "a template needs a title"));
    }
    if (t.sections().isEmpty()) {
      problems.add(new Problem("/sections", "sections", "a template needs at least one section"));
    }
    Set<String> sectionIds = new HashSet<>();
    for (int s = 0; s < t.sections().size(); s++) {
      SectionSpec section = t.sections().get(s);
      String at = "/sections/" + s;
      if (id(section.id(), at + "/id", "sections[" + (s + 1) + "].id", problems)
          && !sectionIds.add(section.id())) {
        problems.add(
            new Problem(at + "/id", section.id(), "two sections are called " + section.id()));
      }
      checkSection(section, at, problems);
    }
    for (int c = 0; c < t.changes().size(); c++) {
      TemplateChange change = t.changes().get(c);
      String at = "/changes/" + c;
      if (change.from() < 1 || change.from() >= t.version()) {
        problems.add(
            new Problem(
                at + "/from",
                "changes.from",
                "changes start from an earlier version (1 to " + (t.version() - 1) + ")"));
      }
      for (String target : change.renamed().values()) {
        if (fieldAt(t, target) == null) {
          problems.add(
              new Problem(
                  at + "/renamed",
                  "changes.renamed",
                  "'" + target + "' is not a section.field of this version"));
        }
      }
      for (String target : change.recoded().keySet()) {
        FieldSpec f = fieldAt(t, target);
        if (f == null || !f.type().isChoice()) {
          problems.add(
              new Problem(
                  at + "/recoded",
                  "changes.recoded",
                  "'" + target + "' is not a choice field (section.field) of this version"));
        }
      }
    }
  }

  static FieldSpec fieldAt(FormTemplate t, String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      return null;
    }
    return t.section(path.substring(0, dot))
        .flatMap(s -> s.field(path.substring(dot + 1)))
        .orElse(null);
  }

  private static void checkSection(SectionSpec section, String at, Problems problems) {
    String name = section.id();
    if (section.label() == null || section.label().isBlank()) {
      problems.add(new Problem(at, name + ".label", "a section needs a label"));
    }
    if (section.fields().isEmpty()) {
      problems.add(new Problem(at, name + ".fields", "a section needs at least one field"));
    }
    Set<String> ids = new HashSet<>();
    for (int f = 0; f < section.fields().size(); f++) {
      FieldSpec field = section.fields().get(f);
      String fieldAt = at + "/fields/" + f;
      String fieldName = name + "." + field.id();
      if (id(field.id(), fieldAt + "/id", name + ".fields[" + (f + 1) + "].id", problems)
          && !ids.add(field.id())) {
        problems.add(
            new Problem(fieldAt + "/id", fieldName, "two fields are called " + field.id()));
      }
      checkField(field, fieldAt, fieldName, problems);
    }
    RepeatSpec repeat = section.repeat();
    if (repeat != null) {
      if (repeat.least() < 0
          || (repeat.max() != null && repeat.max() < Math.max(1, repeat.least()))) {
        problems.add(
            new Problem(
                at + "/repeat", name + ".repeat", "repeat needs 0 ≤ min ≤ max and max ≥ 1"));
      }
      for (String key : repeat.key()) {
        if (section.field(key).isEmpty()) {
          problems.add(
              new Problem(
                  at + "/repeat/key",
                  name + ".repeat.key",
                  "key field '" + key + "' is not a field of section " + name));
        }
      }
    }
  }

  private static void checkField(FieldSpec field, String at, String name, Problems problems) {
    if (field.type() == null) {
      problems.add(
          new Problem(at, name, "a field needs a type: " + String.join(", ", FieldType.ids())));
      return;
    }
    if (field.label() == null || field.label().isBlank()) {
      problems.add(new Problem(at, name, "a field needs a label"));
    }
    boolean choice =
        field.type() == FieldType.SINGLE_CHOICE || field.type() == FieldType.MULTIPLE_CHOICE;
    if (choice && field.options().isEmpty()) {
      problems.add(new Problem(at + "/type", name, field.type().id() + " needs options"));
    }
    if (!choice && !field.options().isEmpty()) {
      problems.add(
          new Problem(
              at + "/options",
              name,
              "only single-choice and multiple-choice fields have options"
                  + (field.type() == FieldType.YES_NO_UNCLEAR
                      ? " (yes/no/unclear are fixed)"
                      : "")));
    }
    Set<String> values = new HashSet<>();
    for (ChoiceOption o : field.options()) {
      if (o.value() == null || o.value().isBlank()) {
        problems.add(new Problem(at + "/options", name, "an option needs a value"));
      } else if (!values.add(o.value().toLowerCase(java.util.Locale.ROOT))) {
        problems.add(
            new Problem(at + "/options", name, "option '" + o.value() + "' is listed twice"));
      } else if (FieldReader.isNotReported(o.value())) {
        problems.add(
            new Problem(
                at + "/options", name, "'" + o.value() + "' means not reported in any field"));
      }
    }
    boolean numeric = field.type() == FieldType.NUMBER || field.type() == FieldType.INTEGER;
    if (!numeric && (field.min() != null || field.max() != null)) {
      problems.add(new Problem(at, name, "only number and integer fields have min and max"));
    }
    if (field.min() != null && field.max() != null && field.min().compareTo(field.max()) > 0) {
      problems.add(new Problem(at + "/min", name, "min is above max"));
    }
    if (field.type() == FieldType.INTEGER
        && ((field.min() != null && !whole(field.min()))
            || (field.max() != null && !whole(field.max())))) {
      problems.add(new Problem(at, name, "an integer field's min and max are whole numbers"));
    }
    if (field.type() != FieldType.NUMBER && (field.unit() != null || !field.units().isEmpty())) {
      problems.add(new Problem(at, name, "only number fields have units"));
    }
    if (field.unit() != null && !field.units().isEmpty()) {
      problems.add(
          new Problem(
              at + "/units", name, "give either one unit or a list of units the answer names"));
    }
    boolean text = field.type() == FieldType.TEXT || field.type() == FieldType.LONG_TEXT;
    if (field.maxLength() != null && (!text || field.maxLength() < 1)) {
      problems.add(
          new Problem(at + "/maxLength", name, "maxLength is a positive length of a text field"));
    }
  }

  private static boolean whole(BigDecimal x) {
    return x.signum() == 0 || x.stripTrailingZeros().scale() <= 0;
  }

  private static boolean id(String id, String at, String name, Problems problems) {
    if (id == null || !ID.matcher(id).matches()) {
      problems.add(
          new Problem(
              at,
              name,
              (id == null ? "missing id" : "'" + id + "' is not an id")
                  + ": lower-case letters, digits, '-' and '_', starting with a letter or digit"));
      return false;
    }
    return true;
  }
}
