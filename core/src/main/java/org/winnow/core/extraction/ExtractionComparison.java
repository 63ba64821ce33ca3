package org.winnow.core.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field-by-field comparison of independent extractions of one study with one template version.
 * Instances of a repeating section are matched by their key fields when the section has a key
 * (outcome, time point, arm), else by position (the first intervention with the first).
 *
 * @param extractors who extracted, in the order of each field's {@code values}
 * @param fields every field someone answered, agreed or not, in template order
 */
public record ExtractionComparison(
    FormTemplate template, List<String> extractors, List<FieldComparison> fields) {

  public ExtractionComparison {
    extractors = List.copyOf(extractors);
    fields = List.copyOf(fields);
  }

  /**
   * One field of one instance.
   *
   * @param instance the instance as people name it ("arm result 3: pain / 6 months / CBT"), or null
   *     for a section answered once
   * @param values each extractor's answer as text, null when they gave none
   * @param present whether each extractor has this instance at all
   */
  public record FieldComparison(
      String section,
      String instance,
      String field,
      String label,
      List<String> values,
      List<Boolean> present,
      boolean agree) {

    /** "interventions[2].why" or "study.design". */
    public String path() {
      return section + (instance == null ? "" : "[" + instance + "]") + "." + field;
    }
  }

  public List<FieldComparison> disagreements() {
    return fields.stream().filter(f -> !f.agree()).toList();
  }

  public boolean agrees() {
    return fields.stream().allMatch(FieldComparison::agree);
  }

  /** Compares the answers of each extractor (name → answers, at least two). */
  public static ExtractionComparison of(FormTemplate template, Map<String, FormAnswers> byName) {
    if (byName.size() < 2) {
      throw new IllegalArgumentException("a comparison needs two extractions or more");
    }
    List<String> names = new ArrayList<>(byName.keySet());
    List<FormAnswers> answers = names.stream().map(byName::get).toList();
    List<FieldComparison> out = new ArrayList<>();
    for (SectionSpec section : template.sections()) {
      for (Matched m : match(section, answers)) {
        for (FieldSpec field : section.fields()) {
          List<String> values = new ArrayList<>();
          List<Boolean> present = new ArrayList<>();
          List<FieldValue> raw = new ArrayList<>();
          boolean anyAnswer = false;
          for (FormAnswers.Instance i : m.instances()) {
            FieldValue v = i == null ? null : i.values().get(field.id());
            raw.add(v);
            values.add(v == null ? null : v.display());
            present.add(i != null);
            anyAnswer |= v != null;
          }
          if (!anyAnswer) {
            continue;
          }
          boolean allPresent = present.stream().allMatch(p -> p);
          out.add(
              new FieldComparison(
                  section.id(),
                  m.label(),
                  field.id(),
                  field.label(),
                  values,
                  present,
                  allPresent && same(raw)));
        }
      }
    }
    return new ExtractionComparison(template, names, out);
  }

  private static boolean same(List<FieldValue> values) {
    FieldValue first = values.get(0);
    for (FieldValue v : values) {
      if (first == null ? v != null : v == null || !first.sameAs(v)) {
        return false;
      }
    }
    return true;
  }

  /** One instance as each extractor gave it (null where they have none). */
  record Matched(String label, List<FormAnswers.Instance> instances) {}

  static List<Matched> match(SectionSpec section, List<FormAnswers> answers) {
    List<Matched> out = new ArrayList<>();
    if (!section.repeats()) {
      List<FormAnswers.Instance> row = new ArrayList<>();
      for (FormAnswers a : answers) {
        List<FormAnswers.Instance> list = a.instances(section.id());
        row.add(list.isEmpty() ? new FormAnswers.Instance(Map.of()) : list.get(0));
      }
      out.add(new Matched(null, row));
      return out;
    }
    if (section.repeat().key().isEmpty()) {
      int most = answers.stream().mapToInt(a -> a.instances(section.id()).size()).max().orElse(0);
      for (int n = 0; n < most; n++) {
        List<FormAnswers.Instance> row = new ArrayList<>();
        for (FormAnswers a : answers) {
          List<FormAnswers.Instance> list = a.instances(section.id());
          row.add(n < list.size() ? list.get(n) : null);
        }
        out.add(new Matched(Integer.toString(n + 1), row));
      }
      return out;
    }
    Map<Object, FormAnswers.Instance[]> byKey = new LinkedHashMap<>();
    Map<Object, String> labels = new LinkedHashMap<>();
    for (int e = 0; e < answers.size(); e++) {
      for (FormAnswers.Instance i : answers.get(e).instances(section.id())) {
        Object key = InstanceKey.of(section, i);
        byKey.computeIfAbsent(key, k -> new FormAnswers.Instance[answers.size()])[e] = i;
        labels.putIfAbsent(key, InstanceKey.label(section, i));
      }
    }
    byKey.forEach((key, row) -> out.add(new Matched(labels.get(key), Arrays.asList(row))));
    return out;
  }
}
