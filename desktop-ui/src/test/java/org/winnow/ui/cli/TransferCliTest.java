package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.fixtures.TestPostgres;

/**
 * {@code winnow push DIR URL} then {@code winnow pull URL DIR2}: the server project and the pulled
 * folder give the same exports, PRISMA counts and audit trail as the folder the team started from,
 * and the attached PDF comes back byte for byte.
 */
class TransferCliTest {
  @TempDir Path tmp;

  private static Cli ok(Cli r) {
    assertEquals(0, r.exitCode(), r.err());
    return r;
  }

  @Test
  void aPushThenPullRoundTripKeepsEveryRecordDecisionAuditEntryAndPdf() throws Exception {
    String dir = tmp.resolve("review").toString();
    StringBuilder ris = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      ris.append("TY  - JOUR\nID  - r")
          .append(i)
          .append("\nTI  - A distinct title about topic number ")
          .append(i * 7919)
          .append("\nDO  - 10.1000/t")
          .append(i)
          .append("\nPY  - 20")
          .append(10 + i)
          .append("\nER  - \n\n");
    }
    // a duplicate of r1 from a second database, merged by dedup
    String embase =
        "TY  - JOUR\nID  - e1\nTI  - A distinct title about topic number 7919\n"
            + "DO  - 10.1000/t1\nPY  - 2011\nER  - \n";
    ok(Cli.run("init", dir, "--name", "Moving review"));
    ok(
        Cli.run(
            "import",
            dir,
            Files.writeString(tmp.resolve("medline.ris"), ris).toString(),
            "--source",
            "MEDLINE",
            "--source-type",
            "database"));
    ok(
        Cli.run(
            "import",
            dir,
            Files.writeString(tmp.resolve("embase.ris"), embase).toString(),
            "--source",
            "Embase",
            "--source-type",
            "database"));
    ok(Cli.run("dedup", dir));
    for (String name : new String[] {"Ana", "Ben", "Chen"}) {
      ok(Cli.run("reviewer", "add", dir, name));
    }
    Path ana =
        Files.writeString(
            tmp.resolve("ana.csv"),
            "record_id,decision\nr1,include\nr2,include\nr3,exclude\nr4,include\nr5,exclude\n");
    Path ben =
        Files.writeString(
            tmp.resolve("ben.csv"),
            "record_id,decision\nr1,include\nr2,exclude\nr3,exclude\nr4,include\nr5,exclude\n");
    ok(
        Cli.run(
            "screen",
            dir,
            "--stage",
            "title-abstract",
            "--reviewer",
            "Ana",
            "--decisions",
            ana.toString()));
    ok(
        Cli.run(
            "screen",
            dir,
            "--stage",
            "title-abstract",
            "--reviewer",
            "Ben",
            "--decisions",
            ben.toString()));
    ok(
        Cli.run(
            "resolve",
            dir,
            "--stage",
            "title-abstract",
            "--item",
            "r2",
            "--decision",
            "include",
            "--by",
            "Chen"));
    Path pdf = tmp.resolve("Smith 2011.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(pdf.toFile());
    }
    ok(Cli.run("retrieval", dir, "--item", "r1", "--attach", pdf.toString()));

    String url = TestPostgres.newDatabase();
    JsonNode pushed = ok(Cli.run("push", dir, url, "--json")).json();
    assertEquals(6, pushed.get("rows").get("record").asInt());
    assertEquals(1, pushed.get("fullTexts").asInt());
    Cli again = Cli.run("push", dir, url);
    assertEquals(3, again.exitCode(), "a database that holds a project is not pushed into");
    assertTrue(again.err().contains("not empty"), again.err());

    String copy = tmp.resolve("pulled").toString();
    JsonNode pulled = ok(Cli.run("pull", url, copy, "--json")).json();
    assertEquals(pushed.get("rows"), pulled.get("rows"));

    for (String project : new String[] {url, copy}) {
      assertEquals(
          prisma(dir), prisma(project), "PRISMA counts of " + project + " as of the original");
      assertEquals(audit(dir), audit(project), "the audit trail of " + project);
      assertEquals(export(dir, "original"), export(project, "copy"), "the records of " + project);
      assertEquals(
          conflicts(dir), conflicts(project), "screening outcomes and resolutions of " + project);
    }
    try (var files = Files.list(Path.of(copy, "fulltexts"))) {
      Path back = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
      assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(back));
    }
  }

  private static JsonNode prisma(String project) {
    return ok(Cli.run("prisma", project, "--json")).json().get("fields");
  }

  private static JsonNode audit(String project) {
    return ok(Cli.run("audit", project, "--json")).json();
  }

  private static JsonNode conflicts(String project) {
    return ok(Cli.run("conflicts", project, "--stage", "title-abstract", "--json")).json();
  }

  private String export(String project, String name) throws Exception {
    Path out = tmp.resolve(name + "-" + System.nanoTime() + ".csv");
    ok(Cli.run("export", project, "--format", "csv", "-o", out.toString()));
    return Files.readString(out);
  }
}
