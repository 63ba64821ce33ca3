package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form, extract and appraise verbs: exit codes, JSON keys, files written and read back. */
class ExtractionCliTest {
  static final String ANA =
      """
      {"form": "tidier", "sections": {"interventions": [
        {"arm": "CBT", "brief_name": "Group CBT", "how": "Face to face, groups of 8"}]}}
      """;
  static final String MMAT =
      """
      {"screening": {"S1": "yes", "S2": "yes"}, "category": "randomized",
       "criteria": {"2.1": "yes", "2.2": "yes", "2.3": {"answer": "no", "comment": "28% lost"},
                    "2.4": "can't tell", "2.5": "yes"}}
      """;

  @TempDir Path tmp;
  private String dir;

  private Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r.err());
    return r;
  }

  /** Records --by's answers to a study's TIDieR form, with any further arguments. */
  private Cli tidier(String study, String by, String answers, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "extract",
                dir,
                "--study",
                study,
                "--form",
                "tidier",
                "--by",
                by,
                "--answers",
                answers));
    args.addAll(List.of(more));
    return ok(args.toArray(String[]::new));
  }

  private String file(String name, String text) throws Exception {
    return Files.writeString(tmp.resolve(name), text).toString();
  }

  @BeforeEach
  void includedStudies() throws Exception {
    dir = tmp.resolve("review").toString();
    ok("init", dir);
    String ris =
        file(
            "r.ris",
            "TY  - JOUR\nID  - j1\nTI  - Group CBT in pregnancy\nAU  - Jones, K.\nPY  - 2015\nER  - \n\n"
                + "TY  - JOUR\nID  - s1\nTI  - Peer support\nAU  - Smith, J.\nPY  - 2016\nER  - \n");
    ok("import", dir, ris, "--source", "MEDLINE", "--source-type", "database");
    for (String name : List.of("Ana Lima", "Ben Okafor", "Chen Wei")) {
      ok("reviewer", "add", dir, name);
    }
    for (String stage : List.of("title-abstract", "full-text")) {
      ok("policy", dir, "--stage", stage, "single");
      for (String id : List.of("j1", "s1")) {
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
  }

  @Test
  void formsAreListedShownAndImported() throws Exception {
    JsonNode forms = ok("form", "list", dir, "--json").json().get("forms");
    assertEquals(3, forms.size());
    assertEquals("outcome-data", forms.get(0).get("id").asText());
    assertTrue(forms.get(0).get("latest").asBoolean());
    JsonNode tidier = ok("form", "show", dir, "tidier@1", "--json").json();
    assertEquals("winnow-form-template/1", tidier.get("format").asText());
    String v2 =
        ok("form", "show", dir, "tidier", "--json")
            .out()
            .replace("\"version\" : 1", "\"version\" : 2")
            .replace("Study arm or group", "Arm");
    JsonNode imported = ok("form", "import-template", dir, file("v2.json", v2), "--json").json();
    assertEquals(2, imported.get("version").asInt());
    assertTrue(imported.get("added").asBoolean());
    Cli clash =
        Cli.run(
            "form", "import-template", dir, file("v2b.json", v2.replace("\"Arm\"", "\"Group\"")));
    assertEquals(3, clash.exitCode());
    assertTrue(clash.err().contains("already exists with other content"), clash.err());
    Cli unknown = Cli.run("form", "show", dir, "tidy");
    assertEquals(3, unknown.exitCode());
  }

  @Test
  void aSkeletonIsFilledInAndRecorded() throws Exception {
    Path skeleton = tmp.resolve("tidier-s1.json");
    JsonNode written =
        ok(
                "extract",
                dir,
                "--study",
                "j1",
                "--form",
                "tidier",
                "--skeleton",
                "-o",
                skeleton.toString(),
                "--json")
            .json();
    assertEquals("S1", written.get("study").asText());
    assertEquals(skeleton.toString(), written.get("file").asText());
    JsonNode empty = Output.JSON.readTree(skeleton.toFile());
    assertTrue(empty.get("guide").get("about").asText().contains("S1 Jones 2015"));
    assertEquals(1, empty.get("sections").get("interventions").size());
    Cli refused =
        Cli.run(
            "extract",
            dir,
            "--study",
            "S1",
            "--form",
            "tidier",
            "--by",
            "Ana Lima",
            "--answers",
            skeleton.toString());
    assertEquals(3, refused.exitCode(), refused.err());
    assertTrue(refused.err().contains("interventions[1]."), refused.err());
    assertTrue(refused.err().contains("required"), refused.err());

    var filled = (com.fasterxml.jackson.databind.node.ObjectNode) empty;
    var entry =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            filled.get("sections").get("interventions").get(0);
    entry.put("arm", "CBT");
    entry.put("brief_name", "Group CBT");
    entry.put("how", "NR");
    var second = entry.deepCopy();
    second.put("arm", "Usual care");
    second.put("brief_name", "Usual antenatal care");
    ((com.fasterxml.jackson.databind.node.ArrayNode) filled.get("sections").get("interventions"))
        .add(second);
    Files.writeString(skeleton, Output.JSON.writeValueAsString(filled));
    JsonNode recorded =
        ok(
                "extract",
                dir,
                "--study",
                "S1",
                "--form",
                "tidier",
                "--by",
                "Ana Lima",
                "--answers",
                skeleton.toString(),
                "--json")
            .json();
    assertEquals("tidier", recorded.get("form").asText());
    assertEquals(6, recorded.get("answered").asInt(), "three answers in each of two entries");

    Cli stdout = ok("extract", dir, "--study", "S2", "--form", "outcome-data", "--skeleton");
    JsonNode outcomes = Output.JSON.readTree(stdout.out());
    assertEquals("outcome-data", outcomes.get("form").asText());
    assertEquals(3, outcomes.get("sections").size());
    assertEquals(
        3, Cli.run("extract", dir, "--study", "S9", "--form", "tidier", "--skeleton").exitCode());
  }

  @Test
  void doubleExtractionComparisonAndConsensus() throws Exception {
    JsonNode rec = tidier("j1", "Ana Lima", file("ana.json", ANA), "--json").json();
    assertEquals("S1", rec.get("study").asText());
    assertEquals(3, rec.get("answered").asInt());
    Cli blinded = Cli.run("extract", dir, "--compare", "--study", "S1", "--form", "tidier");
    assertEquals(3, blinded.exitCode());
    assertTrue(blinded.err().contains("blinded"), blinded.err());
    JsonNode view =
        ok(
                "extract",
                dir,
                "--show",
                "--study",
                "S1",
                "--form",
                "tidier",
                "--by",
                "Ana Lima",
                "--json")
            .json();
    assertTrue(view.get("blinded").asBoolean());
    assertEquals(0, view.get("others").size());

    ok(
        "extract",
        dir,
        "--study",
        "S1",
        "--form",
        "tidier",
        "--by",
        "Ben Okafor",
        "--answers",
        file("ben.json", ANA.replace("groups of 8", "groups of 10")));
    JsonNode cmp = ok("extract", dir, "--compare", "--form", "tidier", "--json").json();
    JsonNode s1 = cmp.get("comparisons").get(0);
    assertEquals("S1", s1.get("study").asText());
    assertEquals(false, s1.get("agree").asBoolean());
    JsonNode d = s1.get("disagreements").get(0);
    assertEquals("interventions[1].how", d.get("path").asText());
    assertEquals("Face to face, groups of 10", d.get("values").get(1).asText());

    JsonNode consensus =
        ok(
                "extract",
                dir,
                "--study",
                "S1",
                "--form",
                "tidier",
                "--by",
                "Chen Wei",
                "--consensus",
                "--from",
                "Ana Lima",
                "--json")
            .json();
    assertTrue(consensus.get("consensus").asBoolean());
    assertEquals("Chen Wei", consensus.get("by").asText());
    assertEquals(2, consensus.get("basedOn").size());
    JsonNode studies = ok("extract", dir, "--studies", "--json").json().get("studies");
    assertEquals("consensus", studies.get(0).get("forms").get(0).get("status").asText());
    assertEquals("Chen Wei", studies.get(0).get("forms").get(0).get("decidedBy").asText());
  }

  @Test
  void exportsReadBack() throws Exception {
    tidier("j1", "Ana Lima", file("a.json", ANA));
    String wide = tmp.resolve("wide.csv").toString();
    ok("extract", dir, "--export", wide, "--format", "csv-wide", "--form", "tidier");
    List<CSVRecord> rows = csv(wide);
    assertEquals("Group CBT", rows.get(0).get("interventions.brief_name"));
    assertEquals("single", rows.get(0).get("status"));

    String json = tmp.resolve("all.json").toString();
    JsonNode summary = ok("extract", dir, "--export", json, "--format", "json", "--json").json();
    assertEquals("json", summary.get("format").asText());
    JsonNode export = Output.JSON.readTree(Files.readString(Path.of(json)));
    JsonNode finalAnswers = export.get("studies").get(0).get("forms").get(0).get("final");
    // the final answers of one study are an answers file: they load as another extractor's
    String again = file("again.json", finalAnswers.toString());
    tidier("S1", "Ben Okafor", again);
    JsonNode cmp =
        ok("extract", dir, "--compare", "--study", "S1", "--form", "tidier", "--json").json();
    assertTrue(cmp.get("comparisons").get(0).get("agree").asBoolean());

    String longCsv = tmp.resolve("long.csv").toString();
    ok("extract", dir, "--export", longCsv, "--format", "csv-long");
    assertEquals(6, csv(longCsv).size(), "3 answers by each of two extractors");

    Cli badFormat = Cli.run("extract", dir, "--export", longCsv, "--format", "xlsx");
    assertEquals(3, badFormat.exitCode());
    Cli badSection =
        Cli.run(
            "extract",
            dir,
            "--export",
            wide,
            "--format",
            "csv-wide",
            "--form",
            "study-characteristics",
            "--section",
            "study");
    assertEquals(3, badSection.exitCode());
    assertTrue(badSection.err().contains("not a repeating section"), badSection.err());
  }

  @Test
  void effectSizeExportListsWhatItCannotWrite() throws Exception {
    String answers =
        file(
            "o.json",
            """
            {"form": "outcome-data", "sections": {
              "arm_results": [
                {"outcome": "Pain", "time_point": "12 weeks", "arm": "CBT", "role": "intervention",
                 "n": 40, "mean": 2.1, "sd": 0.8},
                {"outcome": "Pain", "time_point": "12 weeks", "arm": "Usual care", "role": "control",
                 "n": 38, "mean": 2.9, "sd": 0.9},
                {"outcome": "Pain", "time_point": "12 weeks", "arm": "Waitlist",
                 "n": 30, "mean": 3.2, "sd": 1.0},
                {"outcome": "Mood", "time_point": "6 months", "arm": "CBT", "n": 40, "mean": 5}],
              "comparisons": [
                {"outcome": "Pain", "time_point": "12 weeks", "intervention_arm": "CBT",
                 "control_arm": "Waitlist", "p": 0.01}]}}
            """);
    ok(
        "extract",
        dir,
        "--study",
        "j1",
        "--form",
        "outcome-data",
        "--by",
        "Ana Lima",
        "--answers",
        answers);
    String out = tmp.resolve("es.csv").toString();
    JsonNode j = ok("extract", dir, "--export", out, "--format", "effect-sizes", "--json").json();
    assertEquals(2, j.get("rows").asInt(), "the reported comparison and the arms' roles");
    JsonNode skipped = j.get("skipped");
    assertEquals(1, skipped.size(), skipped.toString());
    assertEquals("Mood", skipped.get(0).get("outcome").asText());
    assertEquals("6 months", skipped.get(0).get("timePoint").asText());
    assertTrue(skipped.get(0).has("studyId") && skipped.get(0).has("study"));
    assertTrue(skipped.get(0).get("reason").asText().contains("no comparison"));
    List<CSVRecord> rows = csv(out);
    assertEquals("reported", rows.get(0).get("comparison_source"));
    assertEquals("arm-roles", rows.get(1).get("comparison_source"));
    Cli text = ok("extract", dir, "--export", out, "--format", "effect-sizes");
    assertTrue(text.out().contains("1 comparison not written:"), text.out());
    assertTrue(text.out().contains(" / Mood / 6 months: no comparison"), text.out());
  }

  @Test
  void badAnswersSayFileLineAndField() throws Exception {
    String bad =
        file(
            "bad.json",
            "{\"form\": \"tidier\",\n \"sections\": {\"interventions\": [\n  {\"brief_name\": \"A\", \"how\": [1]}]}}");
    Cli r = Cli.run("extract", dir, "--study", "S1", "--by", "Ana Lima", "--answers", bad);
    assertEquals(3, r.exitCode());
    assertEquals(
        "winnow: bad.json:3: field interventions[1].how: expected text, got a list",
        r.err().strip());
    assertEquals(
        2, Cli.run("extract", dir, "--study", "S1").exitCode(), "no action is a usage error");
    assertEquals(
        3,
        Cli.run(
                "extract",
                dir,
                "--study",
                "S1",
                "--form",
                "tidier",
                "--by",
                "Ana Lima",
                "--from",
                "Ben Okafor")
            .exitCode());
  }

  @Test
  void appraisalComparisonConsensusAndSummary() throws Exception {
    String a = file("a.json", MMAT);
    JsonNode rec =
        ok("appraise", dir, "--study", "j1", "--by", "Ana Lima", "--answers", a, "--json").json();
    assertEquals("randomized", rec.get("category").asText());
    assertTrue(rec.get("furtherAppraisal").isNull());
    assertEquals(3, Cli.run("appraise", dir, "--compare", "--study", "S1").exitCode(), "blinded");
    ok(
        "appraise",
        dir,
        "--study",
        "S1",
        "--by",
        "Ben Okafor",
        "--answers",
        file("b.json", MMAT.replace("\"2.2\": \"yes\"", "\"2.2\": \"no\"")));
    JsonNode cmp = ok("appraise", dir, "--compare", "--json").json().get("comparisons").get(0);
    assertEquals("2.2", cmp.get("disagreements").get(0).get("item").asText());
    assertEquals(
        List.of("Yes", "No"),
        List.of(
            cmp.get("disagreements").get(0).get("values").get(0).asText(),
            cmp.get("disagreements").get(0).get("values").get(1).asText()));
    ok("appraise", dir, "--study", "S1", "--by", "Chen Wei", "--consensus", "--answers", a);

    JsonNode stopped =
        ok(
                "appraise",
                dir,
                "--study",
                "s1",
                "--by",
                "Ana Lima",
                "--answers",
                file("c.json", "{\"screening\": {\"S1\": \"no\", \"S2\": \"yes\"}}"),
                "--json")
            .json();
    assertEquals(
        "S1 answered No: further appraisal may not be feasible or appropriate",
        stopped.get("furtherAppraisal").asText());

    String out = tmp.resolve("mmat.csv").toString();
    JsonNode s = ok("appraise", dir, "--summary", "--format", "csv", "-o", out, "--json").json();
    assertEquals(2, s.get("studies").asInt());
    List<CSVRecord> rows = csv(out);
    assertEquals(7 + 2, rows.size());
    assertEquals("consensus", rows.get(0).get("status"));
    assertEquals("Chen Wei", rows.get(0).get("decided_by"));
    String html = tmp.resolve("mmat.html").toString();
    ok("appraise", dir, "--summary", "--format", "html", "-o", html);
    assertTrue(Files.readString(Path.of(html)).contains("No overall score is given"));
    assertEquals(3, Cli.run("appraise", dir, "--summary", "--format", "pdf").exitCode());
    JsonNode items = ok("appraise", dir, "--criteria", "--json").json();
    assertEquals(5, items.get("categories").size());
  }

  private static List<CSVRecord> csv(String path) throws Exception {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new StringReader(Files.readString(Path.of(path))))
        .getRecords();
  }
}
