package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.stats.report.Numbers;

/** winnow report DIR -o FOLDER on a project built only through the command line. */
class ReportCliTest {
  @TempDir Path tmp;
  private String dir;

  private Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r.err());
    return r;
  }

  private String file(String name, String text) throws Exception {
    return Files.writeString(tmp.resolve(name), text).toString();
  }

  private static String outcomes(double painCbt, double painCare) {
    return String.format(
        Locale.ROOT,
        """
        {"form": "outcome-data", "sections": {
          "outcomes": [{"outcome": "Pain", "domain": "Physical health", "desirable": "lower"}],
          "arm_results": [
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "CBT", "role": "intervention",
             "n": 40, "mean": %s, "sd": 1.1},
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "Usual care", "role": "control",
             "n": 38, "mean": %s, "sd": 1.2}]}}
        """,
        painCbt,
        painCare);
  }

  /** Three included studies; two with agreed outcome data, one with agreed characteristics. */
  private void project() throws Exception {
    dir = tmp.resolve("review").toString();
    ok("init", dir, "--name", "Pain in pregnancy");
    StringBuilder ris = new StringBuilder();
    for (String id : List.of("a1", "b1", "c1")) {
      ris.append("TY  - JOUR\nID  - ")
          .append(id)
          .append("\nTI  - Trial ")
          .append(id)
          .append("\nAU  - Author")
          .append(id)
          .append(", A.\nPY  - 2019\nER  - \n\n");
    }
    ok(
        "import",
        dir,
        file("r.ris", ris.toString()),
        "--source",
        "MEDLINE",
        "--source-type",
        "database");
    for (String name : List.of("Ana Lima", "Ben Okafor")) {
      ok("reviewer", "add", dir, name);
    }
    for (String stage : List.of("title-abstract", "full-text")) {
      ok("policy", dir, "--stage", stage, "single");
      for (String id : List.of("a1", "b1", "c1")) {
        ok(
            "screen",
            dir,
            "--stage",
            stage,
            "--reviewer",
            "Ana Lima",
            "--item",
            id,
            "--decision",
            "include");
      }
    }
    double[][] data = {{2.0, 2.9}, {3.0, 3.5}};
    for (int i = 0; i < data.length; i++) {
      String answers = file("o" + i + ".json", outcomes(data[i][0], data[i][1]));
      for (String by : List.of("Ana Lima", "Ben Okafor")) {
        ok(
            "extract",
            dir,
            "--study",
            "S" + (i + 1),
            "--form",
            "outcome-data",
            "--by",
            by,
            "--answers",
            answers);
      }
    }
    String characteristics =
        file("c.json", "{\"sections\": {\"study\": {\"design\": \"rct\", \"sample_size\": 78}}}");
    for (String by : List.of("Ana Lima", "Ben Okafor")) {
      ok(
          "extract",
          dir,
          "--study",
          "S1",
          "--form",
          "study-characteristics",
          "--by",
          by,
          "--answers",
          characteristics);
    }
  }

  @Test
  void writesThePackAndListsItsFilesAsJson() throws Exception {
    project();
    Path pack = tmp.resolve("pack");
    JsonNode j = ok("report", dir, "-o", pack.toString(), "--json").json();
    assertEquals(List.of("folder", "files", "sections"), names(j));
    assertEquals(pack.toAbsolutePath().normalize().toString(), j.get("folder").asText());
    JsonNode first = j.get("files").get(0);
    assertEquals(List.of("name", "kind", "section"), names(first));
    List<String> files = new ArrayList<>();
    for (JsonNode f : j.get("files")) {
      files.add(f.get("name").asText());
      assertTrue(Files.isRegularFile(pack.resolve(f.get("name").asText())), f.toString());
    }
    assertTrue(
        files.containsAll(
            List.of(
                "review-pack.html",
                "review-pack.docx",
                "prisma.svg",
                "prisma.png",
                "prisma.csv",
                "characteristics.csv",
                "effect-direction.csv",
                "effect-direction.svg",
                "effect-direction.png")),
        files.toString());
    assertTrue(files.stream().anyMatch(f -> f.startsWith("forest-pain") && f.endsWith(".png")));

    JsonNode sections = j.get("sections");
    assertEquals(
        List.of("id", "title", "tables", "figures", "missing", "notes"), names(sections.get(0)));
    assertEquals(6, sections.size());
    JsonNode characteristics = sections.get(1);
    assertEquals("characteristics", characteristics.get("id").asText());
    assertTrue(characteristics.get("missing").isNull());
    assertTrue(characteristics.get("notes").toString().contains("not extracted yet"));
    JsonNode tidier = sections.get(2);
    assertEquals("No consensus extraction yet.", tidier.get("missing").asText());
    assertEquals(0, tidier.get("tables").asInt());

    JsonNode pooled = ok("pool", dir, "--method", "REML", "--outcome", "Pain", "--json").json();
    String html = Files.readString(pack.resolve("review-pack.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<h1>Pain in pregnancy</h1>"), "the project's name");
    assertTrue(
        html.contains("<td>" + Numbers.fixed(pooled.get("estimate").asDouble(), 2) + "</td>"),
        "the pooled estimate as pool computes it");
    assertTrue(html.contains("Randomised controlled trial"));
    assertTrue(html.contains("No consensus extraction yet."));
    try (InputStream in = Files.newInputStream(pack.resolve("review-pack.docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      assertEquals(
          "Randomised controlled trial", doc.getTables().get(1).getRow(1).getCell(1).getText());
    }
  }

  @Test
  void aNonEmptyFolderNeedsForceAndUsageErrorsExitTwo() throws Exception {
    project();
    Path pack = tmp.resolve("pack");
    ok("report", dir, "-o", pack.toString());
    Cli again = Cli.run("report", dir, "-o", pack.toString());
    assertEquals(3, again.exitCode(), again.err());
    assertTrue(again.err().contains("is not empty"), again.err());
    assertFalse(again.err().contains("Exception"), again.err());
    Cli text = ok("report", dir, "-o", pack.toString(), "--force");
    assertTrue(text.out().startsWith("Review pack written to " + pack), text.out());
    assertTrue(text.out().contains("No consensus extraction yet."), text.out());

    Path mine = tmp.resolve("mine");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("thesis.docx"), "x");
    Cli refused = Cli.run("report", dir, "-o", mine.toString(), "--force");
    assertEquals(3, refused.exitCode());
    assertTrue(refused.err().contains("not a review pack"), refused.err());
    assertEquals("x", Files.readString(mine.resolve("thesis.docx")));

    assertEquals(2, Cli.run("report", dir).exitCode(), "-o is required");
    Cli missing = Cli.run("report", tmp.resolve("nowhere").toString(), "-o", "x");
    assertEquals(3, missing.exitCode(), missing.err());
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> i = n.fieldNames(); i.hasNext(); ) {
      out.add(i.next());
    }
    return out;
  }
}
