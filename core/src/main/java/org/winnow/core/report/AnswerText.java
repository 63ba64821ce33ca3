package org.winnow.core.report;

import java.util.List;
import java.util.Optional;
import org.winnow.core.extraction.ChoiceOption;
import org.winnow.core.extraction.FieldSpec;
import org.winnow.core.extraction.FieldValue;
import org.winnow.core.extraction.FormAnswers;

/**
 * An answer as a manuscript table shows it: options by their label, numbers with their unit, "NR"
 * for not reported and an empty cell for a field left blank.
 */
final class AnswerText {
  private AnswerText() {}

  static String of(FieldSpec field, FormAnswers.Instance instance) {
    return of(field, instance.value(field.id()));
  }

  static String of(FieldSpec field, Optional<FieldValue> value) {
    if (value.isEmpty()) {
      return "";
    }
    FieldValue v = value.get();
    if (v instanceof FieldValue.Choices c) {
      List<String> labels = c.values().stream().map(x -> label(field, x)).toList();
      return String.join("; ", labels);
    }
    if (v instanceof FieldValue.Decimal d && d.unit() == null && field.unit() != null) {
      return d.text() + " " + field.unit();
    }
    if (v instanceof FieldValue.Whole w && field.unit() != null) {
      return w.text() + " " + field.unit();
    }
    return v.display();
  }

  private static String label(FieldSpec field, String value) {
    return field.choices().stream()
        .filter(o -> o.value().equals(value))
        .map(ChoiceOption::label)
        .findFirst()
        .orElse(value);
  }
}
