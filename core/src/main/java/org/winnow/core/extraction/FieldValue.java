package org.winnow.core.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** One validated answer, in the canonical form stored, compared and exported. */
public sealed interface FieldValue {
  /** What "not reported" is written as, in answers files and exports alike. */
  String NOT_REPORTED = "NR";

  /** Keeps numbers as written: 2.50 stays 2.50 in storage and exports. */
  JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /**
   * The answer as one cell of text, without its unit: exports write the unit in a column of its
   * own.
   */
  String text();

  /**
   * The answer as people read it, unit included ("6 months"): comparisons, instance labels and
   * messages, wherever no unit column stands beside it.
   */
  default String display() {
    return text();
  }

  /** The answer as the answers file holds it. */
  JsonNode toJson();

  /**
   * Whether two extractors gave the same answer: case and spacing of text do not count, numbers
   * compare by value (2.50 = 2.5), and the order of chosen options does not matter.
   */
  default boolean sameAs(FieldValue other) {
    return comparable().equals(other.comparable());
  }

  /** The key {@link #sameAs} compares. */
  Object comparable();

  /** Text or long text. */
  record Text(String value) implements FieldValue {
    @Override
    public String text() {
      return value;
    }

    @Override
    public JsonNode toJson() {
      return NODES.textNode(value);
    }

    @Override
    public Object comparable() {
      return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
  }

  /** An integer. */
  record Whole(long value) implements FieldValue {
    @Override
    public String text() {
      return Long.toString(value);
    }

    @Override
    public JsonNode toJson() {
      return NODES.numberNode(value);
    }

    @Override
    public Object comparable() {
      return value;
    }
  }

  /**
   * A number, with the unit the answer named (null when the field has at most one unit).
   *
   * @param value kept as written (2.50 stays 2.50), compared by value
   */
  record Decimal(BigDecimal value, String unit) implements FieldValue {
    @Override
    public String text() {
      return value.toPlainString();
    }

    @Override
    public String display() {
      return unit == null ? text() : text() + " " + unit;
    }

    @Override
    public JsonNode toJson() {
      if (unit == null) {
        return NODES.numberNode(value);
      }
      ObjectNode o = NODES.objectNode();
      o.put("value", value);
      o.put("unit", unit);
      return o;
    }

    @Override
    public Object comparable() {
      return List.of(
          value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString(),
          unit == null ? "" : unit);
    }
  }

  /** A date, as precise as the report gives it: "2019", "2019-03" or "2019-03-14". */
  record Day(String iso) implements FieldValue {
    @Override
    public String text() {
      return iso;
    }

    @Override
    public JsonNode toJson() {
      return NODES.textNode(iso);
    }

    @Override
    public Object comparable() {
      return iso;
    }
  }

  /**
   * The chosen option values of a choice field (exactly one for single-choice and yes/no/unclear).
   *
   * @param multiple whether the field takes several (then written as a list)
   */
  record Choices(List<String> values, boolean multiple) implements FieldValue {
    public Choices {
      values = List.copyOf(values);
    }

    @Override
    public String text() {
      return String.join("; ", values);
    }

    @Override
    public JsonNode toJson() {
      if (!multiple) {
        return NODES.textNode(values.get(0));
      }
      ArrayNode a = NODES.arrayNode();
      values.forEach(a::add);
      return a;
    }

    @Override
    public Object comparable() {
      return values.stream().sorted().toList();
    }
  }

  /** The report does not say: an answer in its own right, unlike a field left empty. */
  record NotReported() implements FieldValue {
    @Override
    public String text() {
      return NOT_REPORTED;
    }

    @Override
    public JsonNode toJson() {
      return NODES.textNode(NOT_REPORTED);
    }

    @Override
    public Object comparable() {
      return NOT_REPORTED;
    }
  }
}
