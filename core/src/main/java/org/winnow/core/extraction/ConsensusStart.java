package org.winnow.core.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a consensus editor starts: one extractor's answers, with the fields the team chose taken
 * from another extractor instead. Entries of repeating sections are matched as in {@link
 * ExtractionComparison} (by key, else by position), so a choice names a field by its comparison
 * path ("arm_results[pain / 6 months / CBT].n").
 */
public final class ConsensusStart {
  private ConsensusStart() {}

  /**
   * The merged answers.
   *
   * @param byName each extractor's answers, in the comparison's order
   * @param from whose answers the consensus starts from
   * @param choices comparison path → whose value that field takes instead
   */
  public static FormAnswers of(
      FormTemplate template,
      Map<String, FormAnswers> byName,
      String from,
      Map<String, String> choices) {
    List<String> names = new ArrayList<>(byName.keySet());
    if (!names.contains(from)) {
      throw new IllegalArgumentException(from + " has no answers to start from");
    }
    List<FormAnswers> answers = names.stream().map(byName::get).toList();
    Map<String, List<FormAnswers.Instance>> sections = new LinkedHashMap<>();
    for (SectionSpec section : template.sections()) {
      List<FormAnswers.Instance> out = new ArrayList<>();
      for (ExtractionComparison.Matched m : ExtractionComparison.match(section, answers)) {
        String prefix = section.id() + (m.label() == null ? "" : "[" + m.label() + "]") + ".";
        String base = m.instances().get(names.indexOf(from)) != null ? from : null;
        for (FieldSpec field : section.fields()) {
          String whose = choices.get(prefix + field.id());
          if (base == null && whose != null && m.instances().get(names.indexOf(whose)) != null) {
            base = whose; // an entry only another extractor has comes in with a field taken from it
          }
        }
        if (base == null) {
          continue;
        }
        Map<String, FieldValue> values = new LinkedHashMap<>();
        for (FieldSpec field : section.fields()) {
          int at = names.indexOf(choices.getOrDefault(prefix + field.id(), base));
          FormAnswers.Instance i = at < 0 ? null : m.instances().get(at);
          FieldValue v = i == null ? null : i.values().get(field.id());
          if (v != null) {
            values.put(field.id(), v);
          }
        }
        if (!values.isEmpty() || section.repeats()) {
          out.add(new FormAnswers.Instance(values));
        }
      }
      if (!out.isEmpty()) {
        sections.put(section.id(), out);
      }
    }
    return new FormAnswers(sections);
  }
}
