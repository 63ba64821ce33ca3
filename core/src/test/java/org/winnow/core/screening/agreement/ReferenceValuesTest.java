package org.winnow.core.screening.agreement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.winnow.core.screening.agreement.Close.assertRelative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Matches the Java statistics to 1e-9 relative error against reference.json, which reference.py
 * (beside it; Python standard library, plain loops, written apart from this code) computes from the
 * raw formulas. To regenerate: {@code python3 reference.py > reference.json} in
 * core/src/test/resources/org/winnow/core/screening/agreement/.
 */
class ReferenceValuesTest {

  private static final JsonNode REFERENCE = load();

  @Test
  void normalQuantileIsTheOneTheReferenceUses() {
    assertRelative(REFERENCE.get("z975").asDouble(), CohenKappa.Z, "qnorm(0.975)");
    assertRelative(1.959963984540054, CohenKappa.Z, "qnorm(0.975)");
  }

  @TestFactory
  Stream<DynamicTest> kappaFromTablesAndFromRatings() {
    return cases(
        "kappa",
        expected -> {
          List<String> categories = strings(expected.get("categories"));
          long[][] table = table(expected.get("table"));
          KappaResult fromTable = CohenKappa.ofTable(categories, table);
          assertKappa(expected, fromTable);
          // The same table expanded into paired ratings must give the same result.
          List<String> a = new ArrayList<>();
          List<String> b = new ArrayList<>();
          for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
              for (long c = 0; c < table[i][j]; c++) {
                a.add(categories.get(i));
                b.add(categories.get(j));
              }
            }
          }
          assertEquals(fromTable, CohenKappa.of(categories, a, b));
        });
  }

  @TestFactory
  Stream<DynamicTest> alphaWithBootstrapInterval() {
    return cases(
        "alpha",
        expected -> {
          List<Map<String, String>> units = new ArrayList<>();
          expected.get("data").forEach(unit -> units.add(stringMap(unit)));
          assertAlpha(
              expected,
              KrippendorffAlpha.nominal(
                  units, expected.get("bootstrapSamples").asInt(), expected.get("seed").asLong()));
        });
  }

  /** One dynamic test per case of the named section, named as in reference.py. */
  private static Stream<DynamicTest> cases(String section, Consumer<JsonNode> check) {
    return stream(REFERENCE.get(section))
        .map(
            expected ->
                DynamicTest.dynamicTest(
                    expected.get("name").asText(), () -> check.accept(expected)));
  }

  @TestFactory
  Stream<DynamicTest> screeningRowsGivePairsAndUnits() {
    JsonNode screening = REFERENCE.get("screening");
    List<Rating> rows = new ArrayList<>();
    screening
        .get("rows")
        .forEach(
            row ->
                rows.add(
                    new Rating(row.get(0).asText(), row.get(1).asText(), row.get(2).asText())));
    AgreementInput input = AgreementInput.of(rows);
    assertEquals(strings(screening.get("categories")), input.categories());
    List<ReviewerPair> pairs = input.pairs();
    List<KappaResult> kappas = input.kappas();
    List<JsonNode> expectedPairs = stream(screening.get("pairs")).toList();
    assertEquals(expectedPairs.size(), pairs.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (int p = 0; p < pairs.size(); p++) {
      ReviewerPair pair = pairs.get(p);
      KappaResult kappa = kappas.get(p);
      JsonNode expected = expectedPairs.get(p);
      tests.add(
          DynamicTest.dynamicTest(
              expected.get("reviewerA").asText() + " vs " + expected.get("reviewerB").asText(),
              () -> {
                assertEquals(expected.get("reviewerA").asText(), pair.reviewerA());
                assertEquals(expected.get("reviewerB").asText(), pair.reviewerB());
                assertEquals(strings(expected.get("items")), pair.items());
                assertKappa(expected, kappa);
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "alpha over all items",
            () -> {
              JsonNode expected = screening.get("alpha");
              assertAlpha(
                  expected,
                  input.alpha(
                      expected.get("bootstrapSamples").asInt(), expected.get("seed").asLong()));
            }));
    return tests.stream();
  }

  private static void assertKappa(JsonNode expected, KappaResult actual) {
    assertEquals(expected.get("status").asText(), actual.status().name(), "status");
    assertEquals(expected.get("n").asLong(), actual.n(), "n");
    assertArrayEquals(table(expected.get("table")), actual.table(), "table");
    for (String field :
        List.of(
            "percentAgreement",
            "expectedAgreement",
            "kappa",
            "standardError",
            "ciLow",
            "ciHigh",
            "pabak")) {
      assertRelative(number(expected.get(field)), kappaField(actual, field), field);
    }
  }

  private static double kappaField(KappaResult result, String field) {
    return switch (field) {
      case "percentAgreement" -> result.percentAgreement();
      case "expectedAgreement" -> result.expectedAgreement();
      case "kappa" -> result.kappa();
      case "standardError" -> result.standardError();
      case "ciLow" -> result.ciLow();
      case "ciHigh" -> result.ciHigh();
      case "pabak" -> result.pabak();
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static void assertAlpha(JsonNode expected, AlphaResult actual) {
    assertEquals(expected.get("status").asText(), actual.status().name(), "status");
    assertEquals(expected.get("pairableValues").asLong(), actual.pairableValues(), "n");
    assertEquals(expected.get("units").asLong(), actual.units(), "pairable units");
    Map<String, Long> counts = new LinkedHashMap<>();
    expected
        .get("valueCounts")
        .fields()
        .forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
    assertEquals(counts, actual.valueCounts(), "value counts");
    assertEquals(
        expected.get("bootstrapDefined").asInt(), actual.bootstrapDefined(), "defined resamples");
    assertRelative(number(expected.get("alpha")), actual.alpha(), "alpha");
    assertRelative(
        number(expected.get("observedDisagreement")), actual.observedDisagreement(), "D_o");
    assertRelative(
        number(expected.get("expectedDisagreement")), actual.expectedDisagreement(), "D_e");
    assertRelative(number(expected.get("ciLow")), actual.ciLow(), "bootstrap ciLow");
    assertRelative(number(expected.get("ciHigh")), actual.ciHigh(), "bootstrap ciHigh");
  }

  private static double number(JsonNode node) {
    return node == null || node.isNull() ? Double.NaN : node.asDouble();
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes.stream();
  }

  private static List<String> strings(JsonNode array) {
    return stream(array).map(JsonNode::asText).toList();
  }

  private static Map<String, String> stringMap(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }

  private static long[][] table(JsonNode rows) {
    long[][] table = new long[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      table[i] = new long[rows.get(i).size()];
      for (int j = 0; j < rows.get(i).size(); j++) {
        table[i][j] = rows.get(i).get(j).asLong();
      }
    }
    return table;
  }

  private static JsonNode load() {
    try (InputStream in = ReferenceValuesTest.class.getResourceAsStream("reference.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("reference.json beside reference.py is missing", e);
    }
  }
}
