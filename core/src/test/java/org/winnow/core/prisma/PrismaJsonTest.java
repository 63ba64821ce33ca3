package org.winnow.core.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.winnow.core.io.ImportException;

class PrismaJsonTest {
  static Stream<PrismaCounts> examples() {
    return Stream.of(
        PrismaExamples.newReview(),
        PrismaExamples.update(),
        PrismaExamples.everything(),
        PrismaCounts.builder().build());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readsBackExactly(PrismaCounts counts) throws Exception {
    assertEquals(counts, PrismaJson.read("prisma.json", PrismaJson.write(counts)));
  }

  @Test
  void everyFieldIsListedWithValueAndProvenance() throws Exception {
    JsonNode root = new ObjectMapper().readTree(PrismaJson.write(PrismaExamples.update()));
    assertEquals("winnow-prisma-counts", root.get("format").asText());
    assertEquals(1, root.get("version").asInt());
    assertEquals("updated-databases-registers", root.get("variant").asText());
    JsonNode fields = root.get("fields");
    for (PrismaField f : PrismaField.values()) {
      assertTrue(fields.has(f.key()), f.key());
    }
    assertTrue(fields.get("website_results").isNull(), "absent is null");
    assertEquals(42, fields.get("previous_studies").get("n").asLong());
    assertEquals("manual", fields.get("previous_studies").get("provenance").asText());
    assertEquals("derived", fields.get("duplicates").get("provenance").asText());
    JsonNode excluded = fields.get("dbr_excluded");
    assertEquals(88, excluded.get("n").asLong());
    assertEquals("Wrong population", excluded.get("breakdown").get(0).get("label").asText());
    assertEquals(31, excluded.get("breakdown").get(0).get("n").asLong());
    for (AwaitingStage s : AwaitingStage.values()) {
      assertTrue(root.get("awaiting").has(s.key()), s.key());
    }
  }

  @Test
  void badDocumentsAreNamedErrors() {
    assertError("[1, 2]", null, "not a winnow-prisma-counts document");
    assertError("{\"format\": \"winnow-prisma-counts\", \"version\": 9}", "version", "version 9");
    assertError(
        doc("\"fields\": {\"duplicate\": {\"n\": 3, \"provenance\": \"derived\"}}"),
        "duplicate",
        "unknown field");
    assertError(
        doc("\"fields\": {\"duplicates\": {\"n\": -3, \"provenance\": \"derived\"}}"),
        "duplicates",
        "negative");
    assertError(
        doc("\"fields\": {\"duplicates\": {\"n\": 2.5, \"provenance\": \"derived\"}}"),
        "duplicates",
        "whole number");
    assertError(
        doc("\"fields\": {\"duplicates\": {\"n\": 3, \"provenance\": \"guessed\"}}"),
        "duplicates",
        "unknown provenance");
    assertError(
        doc(
            "\"fields\": {\"dbr_excluded\": {\"n\": 4, \"provenance\": \"derived\","
                + " \"breakdown\": [{\"label\": \"Wrong population\", \"n\": 3}]}}"),
        "dbr_excluded",
        "not the sum");
    assertError("{\"format\": ", null, "");
  }

  private static String doc(String body) {
    return "{\"format\": \"winnow-prisma-counts\", \"version\": 1, " + body + "}";
  }

  private static void assertError(String json, String field, String problem) {
    ImportException e =
        assertThrows(ImportException.class, () -> PrismaJson.read("p.json", json), json);
    assertEquals("p.json", e.file());
    if (field != null) {
      assertEquals(field, e.field(), e.getMessage());
    }
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }
}
