package org.winnow.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.extraction.FieldSpec;
import org.winnow.core.extraction.FieldType;
import org.winnow.core.extraction.FormAnswers;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.extraction.SectionSpec;

/**
 * The columns one form section gives a table: its fields in template order (over every template
 * version the studies were extracted with), each field's "where reported" companion ({@code
 * X_where}) folded into field X's cell, and columns no study answered left out.
 */
final class FormColumns {
  /** The suffix of a TIDieR "where reported" field beside the item it locates. */
  static final String WHERE_SUFFIX = "_where";

  private final List<FieldSpec> fields;
  private final Map<String, FieldSpec> where;

  private FormColumns(List<FieldSpec> fields, Map<String, FieldSpec> where) {
    this.fields = List.copyOf(fields);
    this.where = where;
  }

  /** The answered columns of a section over the given results. */
  static FormColumns of(List<FormResult> results, String sectionId) {
    Map<String, FieldSpec> all = new LinkedHashMap<>();
    for (FormResult r : results) {
      r.template()
          .section(sectionId)
          .ifPresent(s -> s.fields().forEach(f -> all.putIfAbsent(f.id(), f)));
    }
    Map<String, FieldSpec> where = new LinkedHashMap<>();
    List<FieldSpec> fields = new ArrayList<>();
    for (FieldSpec f : all.values()) {
      if (f.id().endsWith(WHERE_SUFFIX) && all.containsKey(base(f))) {
        where.put(base(f), f);
      } else if (answered(results, sectionId, f)) {
        fields.add(f);
      }
    }
    return new FormColumns(fields, where);
  }

  private static String base(FieldSpec where) {
    return where.id().substring(0, where.id().length() - WHERE_SUFFIX.length());
  }

  private static boolean answered(List<FormResult> results, String sectionId, FieldSpec f) {
    return results.stream()
        .flatMap(r -> r.finalAnswers().instances(sectionId).stream())
        .anyMatch(i -> i.value(f.id()).isPresent());
  }

  List<String> header() {
    return fields.stream().map(FieldSpec::label).toList();
  }

  List<FieldSpec> fields() {
    return fields;
  }

  /** One instance's cells: the answer, then "[where: p. 4]" when its location is given. */
  List<String> cells(FormAnswers.Instance instance) {
    List<String> out = new ArrayList<>();
    for (FieldSpec f : fields) {
      String text = AnswerText.of(f, instance);
      FieldSpec w = where.get(f.id());
      String at = w == null ? "" : AnswerText.of(w, instance);
      out.add(at.isEmpty() ? text : (text + " [where reported: " + at + "]").strip());
    }
    return out;
  }

  /**
   * One repeated instance in one line: its first answer, then its other short answers in brackets
   * ("CBT (Role: Intervention, Participants allocated: 40)"). Long text is left to the form.
   */
  static String summary(SectionSpec section, FormAnswers.Instance instance) {
    List<FieldSpec> fs = section.fields();
    if (fs.isEmpty()) {
      return "";
    }
    String head = AnswerText.of(fs.get(0), instance);
    List<String> rest = new ArrayList<>();
    for (FieldSpec f : fs.subList(1, fs.size())) {
      String t = AnswerText.of(f, instance);
      if (!t.isEmpty() && f.type() != FieldType.LONG_TEXT) {
        rest.add(f.label() + ": " + t);
      }
    }
    return rest.isEmpty() ? head : head + " (" + String.join(", ", rest) + ")";
  }
}
