package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.winnow.core.prisma.PrismaCounts;
import org.winnow.core.prisma.PrismaCsv;
import org.winnow.core.prisma.PrismaDiagram;
import org.winnow.core.prisma.PrismaField;
import org.winnow.core.prisma.PrismaJson;
import org.winnow.core.prisma.PrismaTemplate;
import org.winnow.core.project.ReviewProject;
import org.winnow.fixtures.Fixtures;
import org.winnow.ui.Screenshots;
import org.winnow.ui.start.DemoReview;

/** {@code winnow prisma} on the demo review: every format, explain, check and manual fields. */
class PrismaCommandTest {
  @TempDir static Path tmp;
  static String dir;
  static PrismaCounts counts;

  @BeforeAll
  static void demo() throws Exception {
    Path folder = tmp.resolve("demo");
    try (ReviewProject p = DemoReview.create(folder)) {
      counts = p.prisma().toCounts(p.prisma().counts());
    }
    dir = folder.toString();
  }

  @Test
  void summaryAsJsonNamesEveryFieldWithProvenance() {
    Cli r = Cli.run("prisma", dir, "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode fields = r.json().get("fields");
    for (String key :
        List.of(
            "database_results",
            "duplicates",
            "records_screened",
            "dbr_excluded",
            "new_studies",
            "screening_conflicts",
            "fulltext_awaiting")) {
      assertTrue(fields.has(key), key);
    }
    assertEquals(162, fields.get("records_screened").get("n").asInt());
    assertEquals("derived", fields.get("records_screened").get("provenance").asText());
    assertEquals(3, fields.get("database_results").get("breakdown").size());
    assertTrue(r.json().get("checks").get("ok").asBoolean());

    Cli text = Cli.run("prisma", dir);
    assertEquals(0, text.exitCode());
    assertTrue(text.out().contains("records_screened"), text.out());
    assertTrue(text.out().contains("Every rule of the diagram holds."));
  }

  @Test
  void jsonFormatIsTheVersionedCountsDocument() throws Exception {
    Cli r = Cli.run("prisma", dir, "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = r.json();
    assertEquals(PrismaJson.FORMAT, j.get("format").asText());
    assertEquals(PrismaJson.VERSION, j.get("version").asInt());
    assertEquals(counts, PrismaJson.read("stdout", r.out()));
  }

  @Test
  void csvReadsBackAgainstTheTemplateFields() throws Exception {
    Cli r = Cli.run("prisma", dir, "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    PrismaCounts back = PrismaCsv.read("stdout", new StringReader(r.out()));
    for (PrismaField f : PrismaField.values()) {
      if (counts.value(f).isPresent()) {
        assertEquals(counts.value(f), back.value(f), f.key());
      }
    }
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(r.out()))
            .getRecords();
    assertEquals(PrismaTemplate.COLUMNS, rows.get(0).getParser().getHeaderNames());
    assertEquals(PrismaTemplate.ROWS.size(), rows.size());

    // every data field of the PRISMA2020 package's own template is in the file
    var shared = Fixtures.shared();
    Assumptions.assumeTrue(shared.isPresent(), "shared fixtures absent");
    Path template = shared.get().resolve("prisma/v1.1.4/PRISMA.csv");
    Set<String> ours = new HashSet<>();
    rows.forEach(row -> ours.add(row.get("data")));
    try (var in = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        assertTrue(ours.contains(row.get("data")), row.get("data"));
      }
    }
  }

  @Test
  void svgIsWellFormedXml() throws Exception {
    Path svg = tmp.resolve("out/prisma.svg");
    Cli r = Cli.run("prisma", dir, "--format", "svg", "-o", svg.toString(), "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("svg", r.json().get("format").asText());
    assertEquals(Files.size(svg), r.json().get("bytes").asLong());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    Document doc = f.newDocumentBuilder().parse(svg.toFile());
    assertEquals("svg", doc.getDocumentElement().getNodeName());
    assertTrue(doc.getDocumentElement().getTextContent().contains("Records screened"));
  }

  @Test
  void pngHasTheSizeOfItsResolution() throws Exception {
    double width = new PrismaDiagram(counts).width();
    for (int dpi : new int[] {300, 150}) {
      Path png = tmp.resolve("out/prisma-" + dpi + ".png");
      Cli r = Cli.run("prisma", dir, "--format", "png", "-o", png.toString(), "--dpi", "" + dpi);
      assertEquals(0, r.exitCode(), r.err());
      BufferedImage image = ImageIO.read(png.toFile());
      assertEquals((int) Math.ceil(width * dpi / 72.0), image.getWidth());
    }
    Cli binary = Cli.run("prisma", dir, "--format", "png");
    assertEquals(3, binary.exitCode());
    assertTrue(binary.err().contains("-o FILE"), binary.err());
  }

  @Test
  void pdfTextHoldsEveryCount() throws Exception {
    Path pdf = tmp.resolve("out/prisma.pdf");
    assertEquals(0, Cli.run("prisma", dir, "--format", "pdf", "-o", pdf.toString()).exitCode());
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }
    for (PrismaField f :
        List.of(
            PrismaField.DATABASE_RESULTS,
            PrismaField.DUPLICATES,
            PrismaField.RECORDS_SCREENED,
            PrismaField.RECORDS_EXCLUDED,
            PrismaField.DBR_SOUGHT_REPORTS,
            PrismaField.DBR_NOTRETRIEVED_REPORTS,
            PrismaField.DBR_ASSESSED,
            PrismaField.DBR_EXCLUDED,
            PrismaField.CITATIONS_RESULTS,
            PrismaField.NEW_STUDIES,
            PrismaField.NEW_REPORTS)) {
      String n = "(n = " + counts.n(f) + ")";
      assertTrue(text.contains(n), f.key() + " " + n + " in: " + text);
    }
  }

  /** The demo's diagram as docs/images/prisma-demo.svg and .png show it (copied from here). */
  @Test
  void rendersTheDemoDiagramForTheDocs() throws Exception {
    Path folder = Screenshots.folder();
    for (String format : List.of("svg", "png")) {
      Path file = folder.resolve("prisma-demo." + format);
      Cli r = Cli.run("prisma", dir, "--format", format, "--dpi", "200", "-o", file.toString());
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(Files.size(file) > 1000);
    }
  }

  @Test
  void explainListsTheRecordsBehindACount() {
    Cli r = Cli.run("prisma", dir, "--explain", "dbr_excluded", "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = r.json();
    assertEquals("dbr_excluded", j.get("field").asText());
    assertEquals(j.get("n").asInt(), j.get("items").size());
    Set<String> reasons = new HashSet<>();
    j.get("breakdown").forEach(p -> reasons.add(p.get("label").asText()));
    assertEquals(Set.of("Wrong outcomes", "Wrong study design"), reasons);

    Cli text = Cli.run("prisma", dir, "--explain", "records_excluded");
    assertEquals(0, text.exitCode());
    assertTrue(text.out().startsWith("records_excluded = 13 (derived)"), text.out());
    assertEquals(1 + 13, text.out().lines().count());

    Cli awaiting = Cli.run("prisma", dir, "--explain", "records_awaiting_screening", "--json");
    assertEquals(0, awaiting.exitCode());
    assertEquals(2, awaiting.json().get("breakdown").size(), "awaiting and in conflict");

    Cli unknown = Cli.run("prisma", dir, "--explain", "records_sreened");
    assertEquals(3, unknown.exitCode());
    assertTrue(unknown.err().contains("records_screened"), "lists the fields: " + unknown.err());
  }

  @Test
  void checkExitsThreeNamingTheBrokenRuleFieldsAndNumbers() throws Exception {
    Cli ok = Cli.run("prisma", dir, "--check");
    assertEquals(0, ok.exitCode(), ok.err());
    assertTrue(ok.out().startsWith("All 15 rules"), ok.out());

    Cli broken = Cli.run("prisma", dir, "--set", "excluded_other=5", "--check", "--by", "Ana Lima");
    assertEquals(3, broken.exitCode());
    assertTrue(broken.out().contains("BROKEN identification-to-screening"), broken.out());
    assertTrue(broken.out().contains("excluded_other"), broken.out());
    assertTrue(broken.out().contains("201 + 0 − 39 − 0 − 5 = 157"), broken.out());
    assertTrue(broken.err().contains("do not hold"), broken.err());

    Cli json = Cli.run("prisma", dir, "--check", "--json");
    assertEquals(3, json.exitCode());
    assertFalse(json.json().get("ok").asBoolean());
    JsonNode v = json.json().get("broken").get(0);
    assertEquals("identification-to-screening", v.get("check").asText());
    assertEquals(5, v.get("values").get("excluded_other").asInt());
    assertEquals(157, v.get("expected").asInt());
    assertEquals(162, v.get("actual").asInt());

    Cli manual = Cli.run("prisma", dir, "--explain", "excluded_other");
    assertTrue(manual.out().startsWith("excluded_other = 5 (manual)"), manual.out());

    assertEquals(0, Cli.run("prisma", dir, "--set", "excluded_other=", "--check").exitCode());
  }

  @Test
  void onlyManualFieldsCanBeSet() {
    Cli derived = Cli.run("prisma", dir, "--set", "records_screened=10");
    assertEquals(3, derived.exitCode());
    assertTrue(derived.err().contains("derived from the data"), derived.err());
    Cli word = Cli.run("prisma", dir, "--set", "previous_studies=some");
    assertEquals(3, word.exitCode());
    assertTrue(word.err().contains("whole number"), word.err());
    assertEquals(3, Cli.run("prisma", dir, "--set", "previous_studies").exitCode());
  }

  @Test
  void usage() {
    assertEquals(2, Cli.run("prisma", dir, "--format", "svg", "--check").exitCode());
    Cli unknown = Cli.run("prisma", dir, "--format", "docx");
    assertEquals(3, unknown.exitCode());
    assertTrue(unknown.err().contains("svg, png, pdf, csv, json"), unknown.err());
    assertEquals(3, Cli.run("prisma", dir, "-o", "x.svg").exitCode());
  }
}
