package org.winnow.core.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validated answers to one form for one study: per section its instances (exactly one for a section
 * answered once, when answered at all), each a map from field id to answer. Unanswered fields are
 * absent; "not reported" is an answer ({@link FieldValue.NotReported}).
 */
public record FormAnswers(Map<String, List<Instance>> sections) {

  public FormAnswers {
    Map<String, List<Instance>> copy = new LinkedHashMap<>();
    sections.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    sections = java.util.Collections.unmodifiableMap(copy);
  }

  /** The instances of a section (empty when it was not answered). */
  public List<Instance> instances(String sectionId) {
    return sections.getOrDefault(sectionId, List.of());
  }

  /** The answer to a field of a section answered once. */
  public Optional<FieldValue> value(String sectionId, String fieldId) {
    List<Instance> list = instances(sectionId);
    return list.isEmpty() ? Optional.empty() : list.get(0).value(fieldId);
  }

  /** How many fields have an answer, over every instance. */
  public int answeredCount() {
    return sections.values().stream().flatMap(List::stream).mapToInt(i -> i.values().size()).sum();
  }

  /** One instance of a section: field id → answer, in the template's field order. */
  public record Instance(Map<String, FieldValue> values) {
    public Instance {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<FieldValue> value(String fieldId) {
      return Optional.ofNullable(values.get(fieldId));
    }
  }
}
