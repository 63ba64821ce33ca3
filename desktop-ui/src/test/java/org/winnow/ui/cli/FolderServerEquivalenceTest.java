package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.winnow.ui.cli.ReviewSteps.csv;
import static org.winnow.ui.cli.ReviewSteps.dedupByTitle;
import static org.winnow.ui.cli.ReviewSteps.ok;
import static org.winnow.ui.cli.ReviewSteps.resolve;
import static org.winnow.ui.cli.ReviewSteps.screenAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.fixtures.Fixtures;
import org.winnow.fixtures.TestPostgres;

/**
 * One review, run through the command line as a team would, on a project folder (SQLite) and on a
 * server database (the embedded PostgreSQL of fixtures.TestPostgres): imports of a real PubMed
 * (MEDLINE) export and a real Web of Science RIS export (two works in both), deduplication with its
 * queue resolved, double title-abstract screening with conflicts resolved by a third reviewer, full
 * text with an attached PDF and exclusion reasons (one disagreement on a reason resolved), double
 * extraction with a consensus. Both engines must give the same PRISMA counts, the same CSV and RIS
 * exports, the same screening outcomes and extraction status, and the same audit trail. Only the
 * times differ (the audit's {@code at}, the decisions' {@code decidedAt}): they are when each run
 * happened.
 */
class FolderServerEquivalenceTest {
  private static final String TA = "title-abstract";
  private static final String FT = "full-text";
  private static final String RIS = "formats/asreview-citation-file-formatting/RIS/";
  private static final String ANSWERS =
      """
      {"form": "tidier", "sections": {"interventions": [
        {"arm": "Fieldwork", "brief_name": "Excavation", "how": "On site, teams of 4"}]}}
      """;

  @TempDir Path tmp;
  private Path pubmed;
  private Path webOfScience;
  private Path pdf;

  /** What a review run leaves behind, as the command line reports it. */
  private record Result(
      JsonNode prisma,
      String csv,
      String ris,
      JsonNode audit,
      JsonNode taOutcomes,
      JsonNode ftOutcomes,
      JsonNode studies) {}

  @BeforeEach
  void inputs() throws IOException {
    var shared = Fixtures.shared();
    Assumptions.assumeTrue(shared.isPresent(), "shared fixtures absent");
    pubmed = shared.get().resolve(RIS + "_baseline_pubmed.ris"); // MEDLINE (PMID-) format
    webOfScience = shared.get().resolve(RIS + "_baseline_webofscience.ris");
    Assumptions.assumeTrue(
        Files.isRegularFile(pubmed) && Files.isRegularFile(webOfScience), "the two exports absent");
    pdf = tmp.resolve("Excavation report.pdf");
    try (PDDocument doc = new PDDocument()) { // one file for both runs: the same bytes stored
      doc.addPage(new PDPage());
      doc.save(pdf.toFile());
    }
  }

  @Test
  void theSameReviewOnAFolderAndOnAServerGivesTheSameCountsExportsAndAuditTrail() throws Exception {
    Result folder = review(tmp.resolve("review").toString());
    Result server = review(TestPostgres.newDatabase());

    assertEquals(folder.prisma(), server.prisma(), "prisma --json");
    assertEquals(folder.csv(), server.csv(), "export --format csv");
    assertEquals(folder.ris(), server.ris(), "export --format ris");
    assertEquals(folder.taOutcomes(), server.taOutcomes(), "title-abstract conflicts");
    assertEquals(folder.ftOutcomes(), server.ftOutcomes(), "full-text conflicts");
    assertEquals(folder.studies(), server.studies(), "extraction status of the studies");
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < Math.max(folder.audit().size(), server.audit().size()); i++) {
      if (!java.util.Objects.equals(folder.audit().get(i), server.audit().get(i))) {
        differ.add(folder.audit().get(i) + "\n  vs " + server.audit().get(i));
      }
    }
    assertEquals(List.of(), differ.stream().limit(10).toList(), "audit entries that differ");

    // the review did what it says, so equal means something
    JsonNode f = folder.prisma();
    assertTrue(f.get("duplicates").get("n").asInt() > 0, "duplicates between the two exports");
    assertTrue(f.get("records_excluded").get("n").asInt() > 0, "excluded at title-abstract");
    assertTrue(f.get("dbr_excluded").get("n").asInt() > 0, "excluded at full text, with reasons");
    assertTrue(f.get("new_studies").get("n").asInt() > 0, "included studies");
    assertTrue(folder.csv().lines().count() > 50, "records exported");
    assertTrue(folder.audit().size() > 20, "an audit trail");
    assertEquals(
        "consensus",
        folder.studies().get(0).get("forms").get(0).get("status").asText(),
        "the first study's extraction reached consensus");
  }

  /** Runs the whole review on one project location and reads back what it produced. */
  private Result review(String dir) throws Exception {
    ok(Cli.run("init", dir, "--name", "Dinosaur evidence"));
    ok(
        Cli.run(
            "import",
            dir,
            pubmed.toString(),
            "--source",
            "PubMed",
            "--source-type",
            "database",
            "--by",
            "lead"));
    ok(
        Cli.run(
            "import",
            dir,
            webOfScience.toString(),
            "--source",
            "Web of Science",
            "--source-type",
            "database",
            "--by",
            "lead"));
    Map<String, String> titles = new LinkedHashMap<>();
    for (CSVRecord r : csv(new StringReader(export(dir, "csv")))) {
      titles.put(r.get("record_id"), r.get("title"));
    }
    dedupByTitle(dir, titles);

    for (String who : List.of("Ana", "Ben", "Cara")) {
      ok(Cli.run("reviewer", "add", dir, who));
    }
    ok(Cli.run("reasons", dir, "--add", "Wrong population", "--add", "Wrong outcome"));

    // one item per citation: its first record in the export
    Map<String, String> items = new LinkedHashMap<>(); // citation -> record id
    for (CSVRecord r : csv(new StringReader(export(dir, "csv")))) {
      items.putIfAbsent(r.get("citation_id"), r.get("record_id"));
    }
    Map<String, Boolean> ana = new LinkedHashMap<>();
    Map<String, Boolean> ben = new LinkedHashMap<>();
    for (String id : items.values()) {
      String t = titles.get(id).toLowerCase(Locale.ROOT);
      ana.put(id, t.contains("dinosaur"));
      ben.put(id, t.contains("dinosaur") && !t.contains("review") || t.contains("fossil"));
    }
    screenAll(tmp, dir, TA, "Ana", ana, Map.of());
    screenAll(tmp, dir, TA, "Ben", ben, Map.of());
    List<String> included = new ArrayList<>();
    int conflicts = 0;
    for (String id : items.values()) {
      boolean outcome = ana.get(id);
      if (!ana.get(id).equals(ben.get(id))) {
        outcome = conflicts++ % 2 == 0;
        resolve(dir, TA, id, outcome, null, "third reviewer", "Cara");
      }
      if (outcome) {
        included.add(id);
      }
    }
    assertTrue(conflicts > 0 && included.size() >= 4, conflicts + " conflicts, " + included);

    ok(Cli.run("retrieval", dir, "--item", included.get(0), "--attach", pdf.toString()));
    Map<String, Boolean> ftAna = new LinkedHashMap<>();
    Map<String, String> reasonAna = new LinkedHashMap<>();
    Map<String, String> reasonBen = new LinkedHashMap<>();
    for (int i = 0; i < included.size(); i++) {
      String id = included.get(i);
      boolean include = i % 3 == 0;
      ftAna.put(id, include);
      if (!include) {
        reasonAna.put(id, i % 2 == 0 ? "Wrong population" : "Wrong outcome");
        reasonBen.put(id, i == 1 ? "Wrong population" : reasonAna.get(id));
      }
    }
    screenAll(tmp, dir, FT, "Ana", ftAna, reasonAna);
    screenAll(tmp, dir, FT, "Ben", ftAna, reasonBen);
    resolve(dir, FT, included.get(1), false, reasonAna.get(included.get(1)), "agreed", "Cara");

    String study = included.get(0);
    Path answers = Files.writeString(tmp.resolve("answers.json"), ANSWERS);
    Path other =
        Files.writeString(tmp.resolve("other.json"), ANSWERS.replace("teams of 4", "teams of 5"));
    ok(extract(dir, study, "Ana", "--answers", answers.toString()));
    ok(extract(dir, study, "Ben", "--answers", other.toString()));
    ok(extract(dir, study, "Cara", "--consensus", "--from", "Ana"));

    ArrayNode audit = (ArrayNode) ok(Cli.run("audit", dir, "--json")).json().get("entries");
    audit.forEach(e -> ((ObjectNode) e).remove("at"));
    return new Result(
        ok(Cli.run("prisma", dir, "--json")).json().get("fields"),
        export(dir, "csv"),
        export(dir, "ris"),
        audit,
        outcomes(dir, TA),
        outcomes(dir, FT),
        ok(Cli.run("extract", dir, "--studies", "--json")).json().get("studies"));
  }

  private static Cli extract(String dir, String study, String by, String... more) {
    List<String> args =
        new ArrayList<>(List.of("extract", dir, "--study", study, "--form", "tidier", "--by", by));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  /** The conflicts verb's view of a stage, without the decision times. */
  private static JsonNode outcomes(String dir, String stage) {
    JsonNode reply = ok(Cli.run("conflicts", dir, "--stage", stage, "--json")).json();
    reply
        .get("conflicts")
        .forEach(c -> c.get("decisions").forEach(d -> ((ObjectNode) d).remove("decidedAt")));
    return reply;
  }

  private String export(String dir, String format) throws IOException {
    Path out = tmp.resolve("export-" + System.nanoTime() + "." + format);
    ok(Cli.run("export", dir, "--format", format, "-o", out.toString()));
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
