package org.winnow.core.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries answers given with one version of a template over to a later version: same section and
 * field id carry over, {@link TemplateChange}s rename fields and recode options, and every answer
 * the new version cannot hold is listed as left behind with the reason. Nothing is lost: the
 * answers of the old version stay stored with it.
 */
public final class TemplateMigration {
  private TemplateMigration() {}

  /** An answer that moved to another field. */
  public record Moved(String from, String to) {}

  /** An answer the new version cannot hold, and why. */
  public record LeftBehind(String field, String value, String reason) {}

  /**
   * @param newlyRequired required fields of the new version still unanswered
   */
  public record Result(
      FormAnswers answers,
      FormTemplate from,
      FormTemplate to,
      List<Moved> moved,
      List<LeftBehind> leftBehind,
      List<String> newlyRequired) {}

  /**
   * Migrates answers from {@code from} to {@code to}, using the changes {@code to} and any versions
   * between (given in {@code between}, any order) declare.
   */
  public static Result migrate(
      FormAnswers answers, FormTemplate from, FormTemplate to, List<FormTemplate> between) {
    if (!from.id().equals(to.id()) || to.version() <= from.version()) {
      throw new IllegalArgumentException(
          "a migration goes from an earlier to a later version of one template, not "
              + from.ref()
              + " → "
              + to.ref());
    }
    List<TemplateChange> changes = new ArrayList<>();
    List<FormTemplate> chain = new ArrayList<>(between);
    chain.add(to);
    for (FormTemplate t : chain) {
      if (t.version() > from.version() && t.version() <= to.version()) {
        t.changes().stream().filter(c -> c.from() >= from.version()).forEach(changes::add);
      }
    }
    changes.sort(Comparator.comparingInt(TemplateChange::from));

    Map<String, List<Map<String, FieldValue>>> out = new LinkedHashMap<>();
    List<Moved> moved = new ArrayList<>();
    List<LeftBehind> left = new ArrayList<>();
    for (SectionSpec section : from.sections()) {
      List<FormAnswers.Instance> instances = answers.instances(section.id());
      for (int i = 0; i < instances.size(); i++) {
        String where = section.repeats() ? section.id() + "[" + (i + 1) + "]" : section.id();
        for (Map.Entry<String, FieldValue> e : instances.get(i).values().entrySet()) {
          String path = section.id() + "." + e.getKey();
          JsonNode value = e.getValue().toJson();
          for (TemplateChange c : changes) {
            path = c.renamed().getOrDefault(path, path);
            value = recode(value, c.recoded().get(path));
          }
          String oldName = where + "." + e.getKey();
          FieldSpec target = TemplateJson.fieldAt(to, path);
          Optional<SectionSpec> targetSection =
              target == null ? Optional.empty() : to.section(path.substring(0, path.indexOf('.')));
          if (target == null) {
            left.add(
                new LeftBehind(oldName, e.getValue().display(), "no such field in " + to.ref()));
            continue;
          }
          if (targetSection.get().repeats() != section.repeats()) {
            left.add(
                new LeftBehind(
                    oldName,
                    e.getValue().display(),
                    path + " is " + (section.repeats() ? "answered once" : "repeating") + " now"));
            continue;
          }
          try {
            Optional<FieldValue> v = FieldReader.read(target, value);
            if (v.isEmpty()) {
              continue;
            }
            List<Map<String, FieldValue>> list =
                out.computeIfAbsent(targetSection.get().id(), k -> new ArrayList<>());
            while (list.size() <= i) {
              list.add(new LinkedHashMap<>());
            }
            list.get(i).put(target.id(), v.get());
            if (!path.equals(section.id() + "." + e.getKey())) {
              moved.add(new Moved(section.id() + "." + e.getKey(), path));
            }
          } catch (IllegalArgumentException ex) {
            left.add(new LeftBehind(oldName, e.getValue().display(), ex.getMessage()));
          }
        }
      }
    }
    Map<String, List<FormAnswers.Instance>> sections = new LinkedHashMap<>();
    List<String> newlyRequired = new ArrayList<>();
    for (SectionSpec section : to.sections()) {
      List<Map<String, FieldValue>> list = out.getOrDefault(section.id(), List.of());
      List<FormAnswers.Instance> instances = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Map<String, FieldValue> ordered = new LinkedHashMap<>();
        for (FieldSpec f : section.fields()) {
          if (list.get(i).containsKey(f.id())) {
            ordered.put(f.id(), list.get(i).get(f.id()));
          } else if (f.required()) {
            newlyRequired.add(
                (section.repeats() ? section.id() + "[" + (i + 1) + "]" : section.id())
                    + "."
                    + f.id());
          }
        }
        instances.add(new FormAnswers.Instance(ordered));
      }
      if (!instances.isEmpty()) {
        sections.put(section.id(), instances);
      }
    }
    return new Result(
        new FormAnswers(sections),
        from,
        to,
        List.copyOf(moved.stream().distinct().toList()),
        List.copyOf(left),
        List.copyOf(newlyRequired));
  }

  private static JsonNode recode(JsonNode value, Map<String, String> codes) {
    if (codes == null || codes.isEmpty()) {
      return value;
    }
    if (value.isTextual()) {
      return JsonNodeFactory.instance.textNode(codes.getOrDefault(value.asText(), value.asText()));
    }
    if (value.isArray()) {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      value.forEach(v -> a.add(codes.getOrDefault(v.asText(), v.asText())));
      return a;
    }
    return value;
  }
}
