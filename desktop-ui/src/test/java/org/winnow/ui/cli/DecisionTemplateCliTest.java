package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --set awaiting --for R --template}: the decision file a reviewer fills in, blinded,
 * read back by {@code screen --decisions} (issue 12).
 */
class DecisionTemplateCliTest {
  @TempDir Path tmp;
  private String dir;

  @BeforeEach
  void benHasScreenedTwo() throws Exception {
    dir = tmp.resolve("review").toString();
    StringBuilder ris = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      ris.append("TY  - JOUR\nID  - ")
          .append(i == 6 ? "=cmd" : "r" + i)
          .append("\nTI  - Midwifery, continuity of care: trial ")
          .append(i)
          .append("\nAU  - Okafor, Ben\nAU  - Lima, Ana\nPY  - 201")
          .append(i)
          .append("\nER  - \n\n");
    }
    Path file = Files.writeString(tmp.resolve("records.ris"), ris);
    assertEquals(0, Cli.run("init", dir).exitCode());
    assertEquals(
        0,
        Cli.run("import", dir, file.toString(), "--source", "MEDLINE", "--source-type", "database")
            .exitCode());
    assertEquals(0, Cli.run("reviewer", "add", dir, "Ana Lima").exitCode());
    assertEquals(0, Cli.run("reviewer", "add", dir, "Ben Okafor").exitCode());
    Path ben =
        Files.writeString(
            tmp.resolve("ben.csv"),
            "record_id,decision,note\nr1,include,ben-secret-note\nr2,exclude,ben-secret-note\n");
    assertEquals(0, screen("Ben Okafor", ben).exitCode());
    Path ana = Files.writeString(tmp.resolve("ana.csv"), "record_id,decision\nr3,include\n");
    assertEquals(0, screen("Ana Lima", ana).exitCode());
  }

  private Cli screen(String reviewer, Path file) {
    return Cli.run(
        "screen",
        dir,
        "--stage",
        "title-abstract",
        "--reviewer",
        reviewer,
        "--decisions",
        file.toString(),
        "--json");
  }

  private Cli template(String reviewer, Path out) {
    return Cli.run(
        "export",
        dir,
        "--set",
        "awaiting",
        "--for",
        reviewer,
        "--template",
        "--stage",
        "title-abstract",
        "-o",
        out.toString(),
        "--json");
  }

  @Test
  void exportFillImportRoundTrip() throws Exception {
    Path t = tmp.resolve("ana-template.csv");
    Cli exported = template("Ana Lima", t);
    assertEquals(0, exported.exitCode(), exported.err());
    assertEquals(5, exported.json().get("items").asInt(), "r1, r2, r4, r5, =cmd await Ana");
    String text = Files.readString(t);
    assertTrue(
        text.startsWith("record_id,title,year,authors,decision,reason,note\r\n"),
        "header: " + text);
    assertFalse(text.contains("ben-secret-note"), "blinded: " + text);
    assertFalse(text.contains("include") || text.contains("exclude"), "no decisions: " + text);
    assertFalse(text.contains("\n=cmd"), "formula guarded: " + text);
    assertTrue(text.contains("Midwifery, continuity of care: trial 4"), text);

    // Ana fills in three rows and leaves two for later
    List<List<String>> rows = new ArrayList<>();
    List<String> header;
    try (Reader r = Files.newBufferedReader(t, StandardCharsets.UTF_8)) {
      var parser = CSVFormat.RFC4180.builder().setHeader().build().parse(r);
      header = parser.getHeaderNames();
      int n = 0;
      for (CSVRecord row : parser) {
        List<String> cells = new ArrayList<>(row.toList());
        if (n < 3) {
          cells.set(4, n == 1 ? "Exclude" : "include");
          cells.set(6, "read by Ana");
        }
        rows.add(cells);
        n++;
      }
    }
    try (Writer w = Files.newBufferedWriter(t, StandardCharsets.UTF_8);
        CSVPrinter p =
            new CSVPrinter(
                w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build())) {
      for (List<String> row : rows) {
        p.printRecord(row);
      }
    }
    Cli imported = screen("Ana Lima", t);
    assertEquals(0, imported.exitCode(), imported.err());
    assertEquals(3, imported.json().get("decisions").asInt());
    assertEquals(2, imported.json().get("skipped").asInt());

    Cli rest = template("Ana Lima", tmp.resolve("rest.csv"));
    assertEquals(2, rest.json().get("items").asInt());
    for (List<String> row : rows) {
      row.set(4, "include");
    }
    Path all = tmp.resolve("all.csv");
    try (Writer w = Files.newBufferedWriter(all, StandardCharsets.UTF_8);
        CSVPrinter p =
            new CSVPrinter(
                w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build())) {
      for (List<String> row : rows.subList(3, 5)) {
        p.printRecord(row);
      }
    }
    Cli second = screen("Ana Lima", all);
    assertEquals(0, second.exitCode(), second.err());
    assertEquals(2, second.json().get("decisions").asInt(), "the guarded =cmd ID reads back");
    assertEquals(0, template("Ana Lima", tmp.resolve("none.csv")).json().get("items").asInt());
  }

  @Test
  void aTemplateNeedsItsReviewerAndStage() {
    Cli r = Cli.run("export", dir, "--set", "awaiting", "--template", "--stage", "title-abstract");
    assertEquals(3, r.exitCode());
    assertTrue(r.err().contains("--for"), r.err());
    Cli unknown = template("Nobody", tmp.resolve("x.csv"));
    assertEquals(3, unknown.exitCode());
    assertTrue(unknown.err().contains("Nobody"), unknown.err());
    assertEquals(
        2, Cli.run("export", dir).exitCode(), "--format is still required without --template");
  }
}
