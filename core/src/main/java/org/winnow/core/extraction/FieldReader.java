package org.winnow.core.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one answer as written in an answers file into a {@link FieldValue}, or says in plain words
 * why it cannot be one (thrown as {@link IllegalArgumentException}; the caller adds file, line and
 * field). Lenient where the meaning is clear (a number written as a string, a single option for a
 * multiple-choice field), strict where a value would be misread (a decimal comma, a day that does
 * not exist).
 */
final class FieldReader {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");
  private static final Pattern THOUSANDS = Pattern.compile("[-+]?\\d{1,3}([,' ]\\d{3})+");
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private FieldReader() {}

  /** The answer, or empty when the node holds none (null, blank text, an empty list). */
  static Optional<FieldValue> read(FieldSpec field, JsonNode node) {
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      return Optional.empty();
    }
    if (node.isArray() && node.isEmpty()) {
      return Optional.empty();
    }
    if (node.isTextual() && isNotReported(node.asText())) {
      return Optional.of(new FieldValue.NotReported());
    }
    return Optional.of(
        switch (field.type()) {
          case TEXT, LONG_TEXT -> text(field, node);
          case INTEGER -> whole(field, node);
          case NUMBER -> decimal(field, node);
          case DATE -> date(node);
          case SINGLE_CHOICE, YES_NO_UNCLEAR -> single(field, node);
          case MULTIPLE_CHOICE -> multiple(field, node);
        });
  }

  static boolean isNotReported(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    return t.equals("nr") || t.equals("not reported");
  }

  private static FieldValue text(FieldSpec field, JsonNode node) {
    if (!node.isValueNode()) {
      throw new IllegalArgumentException("expected text, got " + kind(node));
    }
    String s = node.asText().strip();
    if (field.type() == FieldType.TEXT && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
      throw new IllegalArgumentException(
          "holds one line of text; this answer has a line break (a long-text field takes"
              + " paragraphs)");
    }
    int length = s.codePointCount(0, s.length());
    if (length > field.textLimit()) {
      throw new IllegalArgumentException(
          "is " + length + " characters long; this field takes at most " + field.textLimit());
    }
    return new FieldValue.Text(s);
  }

  private static FieldValue whole(FieldSpec field, JsonNode node) {
    BigDecimal x = number(node, "a whole number");
    if (x.signum() != 0 && x.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(x.toPlainString() + " is not a whole number");
    }
    try {
      long v = x.longValueExact();
      checkRange(field, x);
      return new FieldValue.Whole(v);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(x.toPlainString() + " is too large for a whole number");
    }
  }

  private static FieldValue decimal(FieldSpec field, JsonNode node) {
    JsonNode valueNode = node;
    String unit = null;
    if (node.isObject()) {
      valueNode = node.get("value");
      JsonNode unitNode = node.get("unit");
      if (valueNode == null) {
        throw new IllegalArgumentException(
            "a number with its unit is written {\"value\": 12.5, \"unit\": \"...\"}; \"value\""
                + " is missing");
      }
      unit = unitNode == null || unitNode.isNull() ? null : unitNode.asText().strip();
    }
    BigDecimal x = number(valueNode, "a number");
    checkRange(field, x);
    return new FieldValue.Decimal(x, unit(field, unit));
  }

  /** The unit to store: the one named (checked), or null when the field has at most one unit. */
  private static String unit(FieldSpec field, String unit) {
    if (!field.units().isEmpty()) {
      if (unit == null || unit.isEmpty()) {
        throw new IllegalArgumentException(
            "needs a unit, one of "
                + String.join(", ", field.units())
                + ": write {\"value\": 12.5, \"unit\": \""
                + field.units().get(0)
                + "\"}");
      }
      for (String u : field.units()) {
        if (u.equalsIgnoreCase(unit)) {
          return u;
        }
      }
      throw new IllegalArgumentException(
          "'" + unit + "' is not one of the units " + String.join(", ", field.units()));
    }
    if (unit != null && !unit.isEmpty() && !unit.equalsIgnoreCase(field.unit())) {
      throw new IllegalArgumentException(
          field.unit() == null
              ? "this field has no unit; give the number alone"
              : "this field is in " + field.unit() + ", not '" + unit + "'");
    }
    return null;
  }

  private static BigDecimal number(JsonNode node, String expected) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (!node.isTextual()) {
      throw new IllegalArgumentException("expected " + expected + ", got " + kind(node));
    }
    String s = node.asText().strip();
    if (NUMBER.matcher(s).matches()) {
      return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
    }
    if (THOUSANDS.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "'" + s + "' is not " + expected + ": write it without thousands separators");
    }
    if (DECIMAL_COMMA.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "'" + s + "' is not " + expected + ": use a decimal point, not a comma");
    }
    throw new IllegalArgumentException("'" + s + "' is not " + expected);
  }

  private static void checkRange(FieldSpec field, BigDecimal x) {
    if (field.min() != null && x.compareTo(field.min()) < 0) {
      throw new IllegalArgumentException(
          x.toPlainString() + " is below the least value " + field.min().toPlainString());
    }
    if (field.max() != null && x.compareTo(field.max()) > 0) {
      throw new IllegalArgumentException(
          x.toPlainString() + " is above the greatest value " + field.max().toPlainString());
    }
  }

  private static FieldValue date(JsonNode node) {
    String s = node.isIntegralNumber() ? node.asText() : node.isTextual() ? node.asText() : null;
    if (s == null) {
      throw new IllegalArgumentException("expected a date, got " + kind(node));
    }
    s = s.strip();
    Matcher m = DATE.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + s + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + s + "' is not a calendar date");
    }
    return new FieldValue.Day(s);
  }

  private static FieldValue single(FieldSpec field, JsonNode node) {
    if (node.isArray()) {
      if (node.size() != 1) {
        throw new IllegalArgumentException("takes one option, not a list");
      }
      node = node.get(0);
    }
    if (field.type() == FieldType.YES_NO_UNCLEAR && node.isBoolean()) {
      return new FieldValue.Choices(List.of(node.asBoolean() ? "yes" : "no"), false);
    }
    return new FieldValue.Choices(List.of(option(field, node)), false);
  }

  private static FieldValue multiple(FieldSpec field, JsonNode node) {
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else {
      items.add(node);
    }
    List<String> chosen = new ArrayList<>();
    for (JsonNode item : items) {
      String value = option(field, item);
      if (chosen.contains(value)) {
        throw new IllegalArgumentException("'" + value + "' is chosen twice");
      }
      chosen.add(value);
    }
    return new FieldValue.Choices(chosen, true);
  }

  /** The option an answer names, by value or label, in any case. */
  private static String option(FieldSpec field, JsonNode node) {
    if (!node.isTextual()) {
      throw new IllegalArgumentException("expected an option, got " + kind(node));
    }
    String s = node.asText().strip();
    for (ChoiceOption o : field.choices()) {
      if (o.value().equalsIgnoreCase(s) || o.label().equalsIgnoreCase(s)) {
        return o.value();
      }
    }
    if (field.type() == FieldType.YES_NO_UNCLEAR) {
      throw new IllegalArgumentException("'" + s + "' is not yes, no or unclear");
    }
    throw new IllegalArgumentException(
        "'"
            + s
            + "' is not one of the options: "
            + String.join(", ", field.choices().stream().map(ChoiceOption::value).toList()));
  }

  private static String kind(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    return "'" + node.asText() + "'";
  }
}
