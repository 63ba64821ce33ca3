package org.winnow.core.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.json.LocatedJson;
import org.winnow.core.io.json.Problems;
import org.winnow.core.io.json.Problems.Problem;

/**
 * Reads and writes the answers of one form. The shape is the same in an answers file, in the
 * database and in the JSON export: {@code {"<section>": {"<field>": answer}}} for a section
 * answered once, {@code {"<section>": [{...}, {...}]}} for a repeating one. Every problem in a file
 * is found in one pass; the exception names the first by file, line and field and lists the others.
 */
public final class AnswerCodec {
  private AnswerCodec() {}

  /** Reads the sections object at {@code pointer} of a parsed answers file. */
  public static FormAnswers read(LocatedJson doc, String pointer, FormTemplate template)
      throws ImportException {
    Problems problems = new Problems();
    FormAnswers answers = read(doc.root().at(pointer), pointer, template, problems);
    problems.throwIfAny(doc);
    return answers;
  }

  static FormAnswers read(JsonNode node, String pointer, FormTemplate template, Problems problems) {
    Map<String, List<FormAnswers.Instance>> sections = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      node = JsonNodeFactory.instance.objectNode();
    }
    if (!node.isObject()) {
      problems.add(
          new Problem(
              pointer,
              "sections",
              "expected an object with one entry per section ("
                  + String.join(", ", template.sections().stream().map(SectionSpec::id).toList())
                  + ")"));
      return new FormAnswers(sections);
    }
    List<String> sectionIds = template.sections().stream().map(SectionSpec::id).toList();
    unknown(node, sectionIds, pointer, "", "section", "form " + template.ref(), problems);
    for (SectionSpec section : template.sections()) {
      String at = pointer + "/" + LocatedJson.segment(section.id());
      JsonNode s = node.get(section.id());
      List<FormAnswers.Instance> instances = new ArrayList<>();
      if (section.repeats()) {
        readRepeated(section, s, at, instances, problems);
      } else if (s != null && !s.isNull()) {
        if (!s.isObject()) {
          problems.add(
              new Problem(
                  at,
                  section.id(),
                  "section '"
                      + section.id()
                      + "' is answered once: give one object of field answers"
                      + (s.isArray() ? ", not a list" : "")));
        } else {
          instances.add(instance(section, s, at, section.id() + ".", problems));
        }
      } else {
        // an unanswered section still owes its required fields
        instance(section, JsonNodeFactory.instance.objectNode(), at, section.id() + ".", problems);
      }
      if (!instances.isEmpty()) {
        sections.put(section.id(), instances);
      }
    }
    return new FormAnswers(sections);
  }

  private static void readRepeated(
      SectionSpec section,
      JsonNode s,
      String at,
      List<FormAnswers.Instance> instances,
      Problems problems) {
    if (s != null && !s.isNull() && !s.isArray()) {
      problems.add(
          new Problem(
              at,
              section.id(),
              "section '"
                  + section.id()
                  + "' repeats (one entry per "
                  + section.unitName()
                  + "): give a list of objects"));
      return;
    }
    int count = s == null || s.isNull() ? 0 : s.size();
    RepeatSpec repeat = section.repeat();
    if (count < repeat.least()) {
      problems.add(
          new Problem(
              at,
              section.id(),
              "needs at least "
                  + repeat.least()
                  + " "
                  + section.unitName()
                  + (repeat.least() == 1 ? "" : "s")
                  + ", got "
                  + count));
    }
    if (repeat.max() != null && count > repeat.max()) {
      problems.add(
          new Problem(
              at,
              section.id(),
              "takes at most " + repeat.max() + " " + section.unitName() + "s, got " + count));
    }
    Map<Object, Integer> keys = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String itemAt = at + "/" + i;
      String name = section.id() + "[" + (i + 1) + "].";
      JsonNode item = s.get(i);
      if (!item.isObject()) {
        problems.add(
            new Problem(
                itemAt, name.substring(0, name.length() - 1), "expected an object of answers"));
        continue;
      }
      FormAnswers.Instance instance = instance(section, item, itemAt, name, problems);
      instances.add(instance);
      if (!repeat.key().isEmpty()) {
        Object key = InstanceKey.of(section, instance);
        Integer earlier = keys.putIfAbsent(key, i + 1);
        if (earlier != null) {
          problems.add(
              new Problem(
                  itemAt,
                  name.substring(0, name.length() - 1),
                  "entries "
                      + earlier
                      + " and "
                      + (i + 1)
                      + " have the same "
                      + String.join(" / ", repeat.key())
                      + " ("
                      + InstanceKey.label(section, instance)
                      + "); each "
                      + section.unitName()
                      + " is entered once"));
        }
      }
    }
  }

  private static FormAnswers.Instance instance(
      SectionSpec section, JsonNode node, String at, String prefix, Problems problems) {
    List<String> fieldIds = section.fields().stream().map(FieldSpec::id).toList();
    unknown(node, fieldIds, at, prefix, "field", "section '" + section.id() + "'", problems);
    Map<String, FieldValue> values = new LinkedHashMap<>();
    for (FieldSpec field : section.fields()) {
      String fieldAt = at + "/" + LocatedJson.segment(field.id());
      try {
        Optional<FieldValue> v = FieldReader.read(field, node.get(field.id()));
        if (v.isPresent()) {
          values.put(field.id(), v.get());
        } else if (field.required()) {
          problems.add(
              new Problem(
                  fieldAt,
                  prefix + field.id(),
                  "required: give an answer, or \"NR\" when the report does not say"));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(fieldAt, prefix + field.id(), e.getMessage()));
      }
    }
    for (CrossFieldChecks.Problem p : CrossFieldChecks.check(section, values)) {
      problems.add(
          new Problem(at + "/" + LocatedJson.segment(p.field()), prefix + p.field(), p.message()));
    }
    return new FormAnswers.Instance(values);
  }

  /** Names in an answers object that the template does not have ("no field 'dose' in ..."). */
  private static void unknown(
      JsonNode node,
      List<String> known,
      String at,
      String prefix,
      String what,
      String where,
      Problems problems) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(
            at + "/" + LocatedJson.segment(name),
            prefix + name,
            "no "
                + what
                + " '"
                + name
                + "' in "
                + where
                + " ("
                + what
                + "s: "
                + String.join(", ", known)
                + ")");
      }
    }
  }

  /** The answers as a JSON object, sections and fields in template order. */
  public static ObjectNode write(FormAnswers answers, FormTemplate template) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (SectionSpec section : template.sections()) {
      List<FormAnswers.Instance> instances = answers.instances(section.id());
      if (section.repeats()) {
        ArrayNode list = out.putArray(section.id());
        instances.forEach(i -> list.add(instance(section, i)));
      } else if (!instances.isEmpty()) {
        out.set(section.id(), instance(section, instances.get(0)));
      }
    }
    return out;
  }

  private static ObjectNode instance(SectionSpec section, FormAnswers.Instance instance) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (FieldSpec field : section.fields()) {
      instance.value(field.id()).ifPresent(v -> o.set(field.id(), v.toJson()));
    }
    return o;
  }
}
