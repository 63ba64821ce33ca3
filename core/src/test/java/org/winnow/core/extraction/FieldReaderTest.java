package org.winnow.core.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every field type: what it accepts, its canonical value, and each validation message. */
class FieldReaderTest {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(
              com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES,
              false);

  static FieldSpec field(FieldType type) {
    return new FieldSpec("f", "F", type, false, null, null, null, null, null, null, null);
  }

  static FieldSpec choice(FieldType type, String... options) {
    return new FieldSpec(
        "f",
        "F",
        type,
        false,
        null,
        java.util.Arrays.stream(options).map(o -> new ChoiceOption(o, o.toUpperCase())).toList(),
        null,
        null,
        null,
        null,
        null);
  }

  static FieldSpec number(
      FieldType type, String unit, List<String> units, Integer min, Integer max) {
    return new FieldSpec(
        "f",
        "F",
        type,
        false,
        null,
        null,
        unit,
        units,
        min == null ? null : BigDecimal.valueOf(min),
        max == null ? null : BigDecimal.valueOf(max),
        null);
  }

  private static Optional<FieldValue> read(FieldSpec f, String json) throws Exception {
    return FieldReader.read(f, JSON.readTree(json));
  }

  private static FieldValue value(FieldSpec f, String json) throws Exception {
    return read(f, json).orElseThrow();
  }

  private static String problem(FieldSpec f, String json) throws Exception {
    JsonNode node = JSON.readTree(json);
    return assertThrows(IllegalArgumentException.class, () -> FieldReader.read(f, node))
        .getMessage();
  }

  @Test
  void emptyAnswersAreAbsentAndNrIsNotReportedForEveryType() throws Exception {
    for (FieldType t : FieldType.values()) {
      FieldSpec f = t.isChoice() && t != FieldType.YES_NO_UNCLEAR ? choice(t, "a") : field(t);
      assertTrue(read(f, "null").isEmpty(), t.id());
      assertTrue(read(f, "\"  \"").isEmpty(), t.id());
      assertInstanceOf(FieldValue.NotReported.class, value(f, "\"NR\""), t.id());
      assertInstanceOf(FieldValue.NotReported.class, value(f, "\"not reported\""), t.id());
    }
  }

  @Test
  void text() throws Exception {
    FieldSpec f = field(FieldType.TEXT);
    assertEquals(new FieldValue.Text("Canada; Peru"), value(f, "\"  Canada; Peru \""));
    assertEquals(new FieldValue.Text("34"), value(f, "34"), "a number is read as its text");
    assertEquals(
        "holds one line of text; this answer has a line break (a long-text field takes"
            + " paragraphs)",
        problem(f, "\"one\\ntwo\""));
    assertEquals("expected text, got a list", problem(f, "[\"a\"]"));
    assertEquals("expected text, got an object", problem(f, "{\"a\": 1}"));
    assertEquals(
        "is 1001 characters long; this field takes at most 1000",
        problem(f, "\"" + "x".repeat(1001) + "\""));
  }

  @Test
  void longText() throws Exception {
    FieldSpec f = field(FieldType.LONG_TEXT);
    assertEquals(new FieldValue.Text("one\ntwo"), value(f, "\"one\\ntwo\""));
    FieldSpec shortOne =
        new FieldSpec("f", "F", FieldType.LONG_TEXT, false, null, null, null, null, null, null, 5);
    assertEquals(
        "is 6 characters long; this field takes at most 5", problem(shortOne, "\"abcdef\""));
  }

  @Test
  void integer() throws Exception {
    FieldSpec f = number(FieldType.INTEGER, null, null, 0, 500);
    assertEquals(new FieldValue.Whole(120), value(f, "120"));
    assertEquals(new FieldValue.Whole(120), value(f, "\"120\""), "a number written as text");
    assertEquals(new FieldValue.Whole(120), value(f, "120.0"));
    assertEquals("12.5 is not a whole number", problem(f, "12.5"));
    assertEquals("'twelve' is not a whole number", problem(f, "\"twelve\""));
    assertEquals(
        "'1,200' is not a whole number: write it without thousands separators",
        problem(f, "\"1,200\""));
    assertEquals("expected a whole number, got true", problem(f, "true"));
    assertEquals("-1 is below the least value 0", problem(f, "-1"));
    assertEquals("501 is above the greatest value 500", problem(f, "501"));
    assertEquals(
        "99999999999999999999 is too large for a whole number",
        problem(field(FieldType.INTEGER), "99999999999999999999"));
  }

  @Test
  void numberWithOneUnit() throws Exception {
    FieldSpec f = number(FieldType.NUMBER, "%", null, 0, 100);
    assertEquals(new FieldValue.Decimal(new BigDecimal("52.50"), null), value(f, "52.50"));
    assertEquals(new FieldValue.Decimal(new BigDecimal("52.5"), null), value(f, "\"+52.5\""));
    assertEquals(
        new FieldValue.Decimal(new BigDecimal("52.5"), null),
        value(f, "{\"value\": 52.5, \"unit\": \"%\"}"),
        "naming the field's own unit is fine");
    assertTrue(value(f, "52.50").sameAs(value(f, "52.5")), "compared by value");
    assertEquals(
        "'52,5' is not a number: use a decimal point, not a comma", problem(f, "\"52,5\""));
    assertEquals("'about 50' is not a number", problem(f, "\"about 50\""));
    assertEquals("this field is in %, not 'kg'", problem(f, "{\"value\": 5, \"unit\": \"kg\"}"));
    assertEquals("100.5 is above the greatest value 100", problem(f, "100.5"));
    assertEquals(
        "a number with its unit is written {\"value\": 12.5, \"unit\": \"...\"}; \"value\" is"
            + " missing",
        problem(f, "{\"unit\": \"%\"}"));
    assertEquals(
        "this field has no unit; give the number alone",
        problem(field(FieldType.NUMBER), "{\"value\": 5, \"unit\": \"kg\"}"));
  }

  @Test
  void numberWithUnitsToChooseFrom() throws Exception {
    FieldSpec f = number(FieldType.NUMBER, null, List.of("weeks", "months"), 0, null);
    FieldValue v = value(f, "{\"value\": 6, \"unit\": \"Months\"}");
    assertEquals(new FieldValue.Decimal(new BigDecimal("6"), "months"), v);
    assertEquals("6", v.text());
    assertEquals("{\"value\":6,\"unit\":\"months\"}", v.toJson().toString());
    assertEquals(
        "needs a unit, one of weeks, months: write {\"value\": 12.5, \"unit\": \"weeks\"}",
        problem(f, "6"));
    assertEquals(
        "'years' is not one of the units weeks, months",
        problem(f, "{\"value\": 6, \"unit\": \"years\"}"));
    assertTrue(
        !value(f, "{\"value\": 6, \"unit\": \"weeks\"}").sameAs(v), "6 weeks is not 6 months");
  }

  @Test
  void date() throws Exception {
    FieldSpec f = field(FieldType.DATE);
    assertEquals(new FieldValue.Day("2019-03-14"), value(f, "\"2019-03-14\""));
    assertEquals(new FieldValue.Day("2019-03"), value(f, "\"2019-03\""));
    assertEquals(new FieldValue.Day("2019"), value(f, "2019"));
    assertEquals(
        "'14/03/2019' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY",
        problem(f, "\"14/03/2019\""));
    assertEquals("'2019-02-30' is not a calendar date", problem(f, "\"2019-02-30\""));
    assertEquals("'2019-13' is not a calendar date", problem(f, "\"2019-13\""));
    assertEquals("expected a date, got a list", problem(f, "[2019]"));
  }

  @Test
  void singleChoice() throws Exception {
    FieldSpec f = choice(FieldType.SINGLE_CHOICE, "rct", "cohort");
    assertEquals(new FieldValue.Choices(List.of("rct"), false), value(f, "\"RCT\""));
    assertEquals(new FieldValue.Choices(List.of("cohort"), false), value(f, "[\"cohort\"]"));
    assertEquals("\"rct\"", value(f, "\"rct\"").toJson().toString());
    assertEquals("'trial' is not one of the options: rct, cohort", problem(f, "\"trial\""));
    assertEquals("takes one option, not a list", problem(f, "[\"rct\", \"cohort\"]"));
    assertEquals("expected an option, got the number 1", problem(f, "1"));
  }

  @Test
  void multipleChoice() throws Exception {
    FieldSpec f = choice(FieldType.MULTIPLE_CHOICE, "public", "industry", "charity");
    FieldValue v = value(f, "[\"industry\", \"public\"]");
    assertEquals(new FieldValue.Choices(List.of("industry", "public"), true), v);
    assertEquals("industry; public", v.text());
    assertTrue(v.sameAs(value(f, "[\"public\", \"industry\"]")), "order does not count");
    assertEquals(
        new FieldValue.Choices(List.of("charity"), true),
        value(f, "\"charity\""),
        "a single option is a list of one");
    assertTrue(read(f, "[]").isEmpty());
    assertEquals("'public' is chosen twice", problem(f, "[\"public\", \"PUBLIC\"]"));
    assertEquals(
        "'state' is not one of the options: public, industry, charity", problem(f, "[\"state\"]"));
  }

  @Test
  void yesNoUnclear() throws Exception {
    FieldSpec f = field(FieldType.YES_NO_UNCLEAR);
    assertEquals(new FieldValue.Choices(List.of("yes"), false), value(f, "\"Yes\""));
    assertEquals(new FieldValue.Choices(List.of("no"), false), value(f, "false"));
    assertEquals(new FieldValue.Choices(List.of("unclear"), false), value(f, "\"UNCLEAR\""));
    assertEquals("'maybe' is not yes, no or unclear", problem(f, "\"maybe\""));
  }

  @Test
  void textComparesWithoutCaseAndSpacing() throws Exception {
    FieldSpec f = field(FieldType.LONG_TEXT);
    assertTrue(
        value(f, "\"Weekly  group\\nsessions\"").sameAs(value(f, "\"weekly group sessions\"")));
    assertTrue(!value(f, "\"weekly\"").sameAs(value(f, "\"monthly\"")));
  }
}
