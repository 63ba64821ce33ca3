package org.winnow.core.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks between the answers of one entry that no single field can make: events cannot exceed the
 * total, an odds ratio lies within its confidence limits, a standard deviation is above zero. A
 * rule applies to any section that has its fields, so an imported template with the same field ids
 * is checked too. The window shows each problem beside the fields it names while they are typed; an
 * answers file with one is refused.
 */
public final class CrossFieldChecks {
  private CrossFieldChecks() {}

  /**
   * One problem.
   *
   * @param fields the ids of the fields involved, the one to show it beside last
   */
  public record Problem(List<String> fields, String message) {
    public Problem {
      fields = List.copyOf(fields);
    }

    /** The field where the message is shown: the last one the rule names. */
    public String field() {
      return fields.get(fields.size() - 1);
    }
  }

  /** A rule between fields of one entry. */
  sealed interface Rule {
    /** The fields it reads: it applies to a section that has them all. */
    List<String> fields();

    Optional<Problem> check(SectionSpec section, Map<String, FieldValue> values);
  }

  /** Each field's number is at most the next one's (events ≤ total; lower ≤ OR ≤ upper). */
  record AtMost(List<String> fields) implements Rule {
    @Override
    public Optional<Problem> check(SectionSpec section, Map<String, FieldValue> values) {
      for (int i = 0; i + 1 < fields.size(); i++) {
        for (int j = i + 1; j < fields.size(); j++) {
          BigDecimal a = number(values.get(fields.get(i)));
          BigDecimal b = number(values.get(fields.get(j)));
          if (a != null && b != null && a.compareTo(b) > 0) {
            return Optional.of(
                new Problem(
                    List.of(fields.get(i), fields.get(j)),
                    label(section, fields.get(i))
                        + " ("
                        + a.toPlainString()
                        + ") is above "
                        + label(section, fields.get(j))
                        + " ("
                        + b.toPlainString()
                        + ")"));
          }
        }
      }
      return Optional.empty();
    }
  }

  /** The field's number is above zero (a standard deviation). */
  record Positive(String field) implements Rule {
    @Override
    public List<String> fields() {
      return List.of(field);
    }

    @Override
    public Optional<Problem> check(SectionSpec section, Map<String, FieldValue> values) {
      BigDecimal x = number(values.get(field));
      if (x != null && x.signum() <= 0) {
        return Optional.of(
            new Problem(
                List.of(field),
                label(section, field) + " must be above 0 (got " + x.toPlainString() + ")"));
      }
      return Optional.empty();
    }
  }

  /** The rules, by the field ids of the built-in outcome-data template. */
  static final List<Rule> RULES =
      List.of(
          new AtMost(List.of("events", "total")),
          new AtMost(List.of("or_lower", "odds_ratio", "or_upper")),
          new Positive("sd"));

  /** The problems of one entry of a section (every rule whose fields the section has). */
  public static List<Problem> check(SectionSpec section, Map<String, FieldValue> values) {
    List<Problem> out = new ArrayList<>();
    for (Rule rule : RULES) {
      if (applies(section, rule)) {
        rule.check(section, values).ifPresent(out::add);
      }
    }
    return out;
  }

  private static boolean applies(SectionSpec section, Rule rule) {
    return rule.fields().stream().allMatch(f -> section.field(f).isPresent());
  }

  private static BigDecimal number(FieldValue v) {
    if (v instanceof FieldValue.Whole w) {
      return BigDecimal.valueOf(w.value());
    }
    if (v instanceof FieldValue.Decimal d) {
      return d.value();
    }
    return null;
  }

  private static String label(SectionSpec section, String field) {
    return section.field(field).map(FieldSpec::label).orElse(field);
  }
}
