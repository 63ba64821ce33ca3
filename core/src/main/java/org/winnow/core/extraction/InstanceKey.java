package org.winnow.core.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * What identifies one instance of a repeating section: the comparable values of its key fields
 * (case and spacing of text do not count), so "Week 12" and "week 12" are the same time point.
 */
final class InstanceKey {
  private InstanceKey() {}

  static Object of(SectionSpec section, FormAnswers.Instance instance) {
    List<Object> key = new ArrayList<>();
    for (String field : section.repeat().key()) {
      key.add(instance.value(field).map(FieldValue::comparable).orElse(""));
    }
    return key;
  }

  /** The key as people read it: "pain / 6 months / usual care". */
  static String label(SectionSpec section, FormAnswers.Instance instance) {
    List<String> parts = new ArrayList<>();
    for (String field : section.repeat().key()) {
      parts.add(instance.value(field).map(FieldValue::display).orElse("?"));
    }
    return String.join(" / ", parts);
  }
}
