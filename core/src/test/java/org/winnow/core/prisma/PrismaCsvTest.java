package org.winnow.core.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.winnow.core.prisma.PrismaExamples.tally;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.winnow.core.io.ImportException;

class PrismaCsvTest {
  static Stream<PrismaCounts> examples() {
    return Stream.of(
        PrismaExamples.newReview(), PrismaExamples.update(), PrismaExamples.everything());
  }

  private static Map<String, CSVRecord> byData(String csv) throws IOException {
    return PrismaTemplateTest.parse(new StringReader(csv)).stream()
        .filter(r -> !r.get("data").equals("NA"))
        .collect(Collectors.toMap(r -> r.get("data"), Function.identity()));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyFieldIsWrittenAndEveryNumberComesBack(PrismaCounts counts) throws Exception {
    String csv = PrismaCsv.write(counts);
    Map<String, CSVRecord> rows = byData(csv);
    for (PrismaField f : PrismaField.values()) {
      assertTrue(rows.containsKey(f.key()), f.key() + " missing");
    }
    PrismaCounts back = PrismaCsv.read("prisma.csv", new StringReader(csv));
    for (PrismaField f : PrismaField.values()) {
      if (counts.has(f)) {
        assertEquals(counts.value(f), back.value(f), f.key());
        assertEquals(
            counts.breakdown(f).map(PrismaBreakdown::tallies),
            back.breakdown(f).map(PrismaBreakdown::tallies),
            f.key());
        assertEquals(Optional.of(Provenance.MANUAL), back.provenance(f), "typed outside Winnow");
      }
    }
    assertEquals(counts.variant(), back.variant(), "the layout survives the round trip");
    if (!counts.hasAwaiting()) {
      assertEquals(List.of(), PrismaChecks.check(back));
    } else {
      // The template has no place for undecided items: the file shows the gap they leave.
      assertFalse(back.hasAwaiting());
      assertFalse(PrismaChecks.check(back).isEmpty());
    }
  }

  @Test
  void theTemplatesTextsAreKeptAndOnlyNChanges() throws Exception {
    Optional<Path> file = PrismaTemplateTest.sharedTemplate("v1.1.4");
    assumeTrue(file.isPresent(), "shared fixtures absent");
    List<CSVRecord> template;
    try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
      template = PrismaTemplateTest.parse(in);
    }
    String csv = PrismaCsv.write(PrismaExamples.everything());
    assertTrue(csv.startsWith(String.join(",", PrismaTemplate.COLUMNS) + "\r\n"), "CRLF, header");
    List<CSVRecord> written = PrismaTemplateTest.parse(new StringReader(csv));
    assertEquals(template.size(), written.size());
    for (int i = 0; i < template.size(); i++) {
      assertEquals(template.get(i).toList().subList(0, 7), written.get(i).toList().subList(0, 7));
    }
  }

  @Test
  void breakdownsUseThePackagesNotation() throws Exception {
    Map<String, CSVRecord> rows = byData(PrismaCsv.write(PrismaExamples.newReview()));
    assertEquals(
        "MEDLINE (Ovid), 5912; Embase (Ovid), 6480; CINAHL (EBSCO), 2731",
        rows.get("database_specific_results").get("n"));
    assertEquals("15123", rows.get("database_results").get("n"));
    assertEquals("0", rows.get("excluded_automatic").get("n"));
    assertEquals("NA", rows.get("previous_studies").get("n"), "not an update");
    assertEquals("NA", rows.get("total_studies").get("n"), "no total box in a new review");
  }

  @Test
  void labelsCannotBreakTheNotationOrRunAsFormulas() throws Exception {
    PrismaCounts counts =
        PrismaCounts.builder()
            .derived(PrismaField.DBR_ASSESSED, 10)
            .derived(
                PrismaField.DBR_EXCLUDED,
                List.of(
                    tally("=HYPERLINK(\"x\")", 1), tally("Wrong setting; outpatients, adults", 2)))
            .build();
    String n = byData(PrismaCsv.write(counts)).get("dbr_excluded").get("n");
    assertEquals("'=HYPERLINK(\"x\"), 1; Wrong setting - outpatients - adults, 2", n);
    PrismaCounts back = PrismaCsv.read("x.csv", new StringReader(PrismaCsv.write(counts)));
    assertEquals(
        List.of(tally("=HYPERLINK(\"x\")", 1), tally("Wrong setting - outpatients - adults", 2)),
        back.breakdown(PrismaField.DBR_EXCLUDED).orElseThrow().tallies());
  }

  @Test
  void anEmptyBreakdownIsZero() throws Exception {
    PrismaCounts counts =
        PrismaCounts.builder().derived(PrismaField.DBR_EXCLUDED, List.of()).build();
    assertEquals("0", byData(PrismaCsv.write(counts)).get("dbr_excluded").get("n"));
    PrismaCounts back = PrismaCsv.read("x.csv", new StringReader(PrismaCsv.write(counts)));
    assertEquals(List.of(), back.breakdown(PrismaField.DBR_EXCLUDED).orElseThrow().tallies());
  }

  @Test
  void theBlankTemplatesReadAsZerosWithoutBreakdowns() throws Exception {
    for (String version : List.of("v1.1.4", "v0.0.3")) {
      Optional<Path> file = PrismaTemplateTest.sharedTemplate(version);
      assumeTrue(file.isPresent(), "shared fixtures absent");
      PrismaCounts blank;
      try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
        blank = PrismaCsv.read(file.get().toString(), in);
      }
      assertEquals(0, blank.n(PrismaField.DATABASE_RESULTS));
      assertTrue(blank.has(PrismaField.DATABASE_RESULTS), version);
      assertFalse(blank.has(PrismaField.DBR_EXCLUDED), "the placeholder is not data");
      assertFalse(blank.has(PrismaField.DATABASE_SPECIFIC_RESULTS));
    }
  }

  @Test
  void aHandFilledFileWithThousandsSeparatorsReads() throws Exception {
    String csv =
        String.join(",", PrismaTemplate.COLUMNS)
            + "\n"
            + "database_results,node7,box2,x,x,x,x,\"15,123\"\n"
            + "dbr_excluded,node14,box9,x,x,x,x,\"Wrong population, 1,162; Other, 3\"\n"
            + "register_results,NA,box2,x,x,x,x,NA\n";
    PrismaCounts c = PrismaCsv.read("hand.csv", new StringReader(csv));
    assertEquals(15_123, c.n(PrismaField.DATABASE_RESULTS));
    assertEquals(
        List.of(tally("Wrong population", 1_162), tally("Other", 3)),
        c.breakdown(PrismaField.DBR_EXCLUDED).orElseThrow().tallies());
    assertFalse(c.has(PrismaField.REGISTER_RESULTS));
  }

  @Test
  void badValuesNameTheFileLineAndField() {
    String header = String.join(",", PrismaTemplate.COLUMNS) + "\n";
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                PrismaCsv.read(
                    "bad.csv",
                    new StringReader(
                        header
                            + "duplicates,node8,box3,x,x,x,x,12\n"
                            + "records_screened,node9,box4,x,x,x,x,about 40\n")));
    assertEquals("bad.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("records_screened", e.field());
    assertTrue(e.getMessage().contains("about 40"), e.getMessage());
    ImportException twice =
        assertThrows(
            ImportException.class,
            () ->
                PrismaCsv.read(
                    "twice.csv",
                    new StringReader(
                        header + "duplicates,a,b,x,x,x,x,1\nduplicates,a,b,x,x,x,x,2\n")));
    assertEquals("duplicates", twice.field());
    ImportException reason =
        assertThrows(
            ImportException.class,
            () ->
                PrismaCsv.read(
                    "r.csv",
                    new StringReader(header + "other_excluded,a,b,x,x,x,x,\"Reason1, xxx\"\n")));
    assertEquals("other_excluded", reason.field());
    ImportException notTemplate =
        assertThrows(
            ImportException.class,
            () -> PrismaCsv.read("other.csv", new StringReader("title,year\nA,2020\n")));
    assertTrue(notTemplate.getMessage().contains("not a PRISMA2020 template"));
  }
}
