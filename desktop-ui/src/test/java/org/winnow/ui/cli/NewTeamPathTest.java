package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.winnow.ui.cli.ReviewSteps.csv;
import static org.winnow.ui.cli.ReviewSteps.dedupByTitle;
import static org.winnow.ui.cli.ReviewSteps.ok;
import static org.winnow.ui.cli.ReviewSteps.resolve;
import static org.winnow.ui.cli.ReviewSteps.screenAll;
import static org.winnow.ui.cli.ReviewSteps.titleKey;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.winnow.fixtures.Fixtures;
import org.winnow.fixtures.TestPostgres;

/**
 * The path a new review team takes, through the command line only, on real exports from six
 * databases and two other methods: import, deduplication with the queue resolved, double
 * title-abstract screening with conflicts resolved by a third reviewer, full text with a report not
 * retrieved and exclusion reasons, then PRISMA. Every PRISMA count is compared with a tally this
 * test keeps by itself from the files and from the decisions it made, never from Winnow's replies.
 * The same path runs on a project folder (SQLite) and on a server project (the embedded PostgreSQL
 * of fixtures.TestPostgres): both must give the tally's counts, so the same counts.
 */
class NewTeamPathTest {
  private static final String TA = "title-abstract";
  private static final String FT = "full-text";
  private static final String ASREVIEW = "formats/asreview-citation-file-formatting/";

  @TempDir Path tmp;

  /** One database or other-method export and how many records it holds, counted here. */
  private record Export(String source, String type, Path file, int records) {}

  @ParameterizedTest(name = "on a {0}")
  @ValueSource(strings = {"folder", "server"})
  void everyPrismaCountMatchesAnIndependentTally(String engine) throws Exception {
    var shared = Fixtures.shared();
    Assumptions.assumeTrue(shared.isPresent(), "shared fixtures absent");
    Path root = shared.get();
    List<Export> exports =
        List.of(
            new Export(
                "PubMed", "database", root.resolve(ASREVIEW + "RIS/_baseline_pubmed.ris"), 0),
            new Export(
                "Embase", "database", root.resolve(ASREVIEW + "RIS/_baseline_embase.ris"), 0),
            new Export(
                "CINAHL", "database", root.resolve(ASREVIEW + "RIS/_baseline_cinahl.ris"), 0),
            new Export(
                "PsycINFO",
                "database",
                root.resolve(ASREVIEW + "RIS/_baseline_psychInfo_ovid.ris"),
                0),
            new Export(
                "Scopus", "database", root.resolve(ASREVIEW + "CSV/_baseline_scopus.csv"), 0),
            new Export(
                "Web of Science",
                "database",
                root.resolve("formats/jabref/importer-fileformat/IsiImporterTestWOS.isi"),
                0),
            new Export(
                "Web of Science",
                "database",
                root.resolve(ASREVIEW + "RIS/_baseline_webofscience.ris"),
                0),
            new Export(
                "Google Scholar",
                "website",
                root.resolve(ASREVIEW + "RIS/_baseline_googlescholar.ris"),
                0),
            new Export(
                "Citation searching",
                "citation-search",
                root.resolve(ASREVIEW + "RIS/_baseline_openalex.ris"),
                0));
    String dir =
        engine.equals("server") ? TestPostgres.newDatabase() : tmp.resolve("review").toString();
    ok(Cli.run("init", dir, "--name", "New team"));

    // 1. import: the tally counts each file's records itself
    Map<String, Integer> perType = new TreeMap<>();
    Map<String, String> sourceTypeOfRecord = new HashMap<>();
    Map<String, Integer> perDatabase = new TreeMap<>();
    for (Export e : exports) {
      int n = countRecords(e.file());
      assertTrue(n > 0, e.file() + " holds records");
      Cli r =
          Cli.run(
              "import",
              dir,
              e.file().toString(),
              "--source",
              e.source(),
              "--source-type",
              e.type(),
              "--by",
              "lead",
              "--json");
      ok(r);
      assertEquals(n, r.json().get("records").asInt(), "records stored from " + e.file());
      perType.merge(e.type(), n, Integer::sum);
      int added = 0;
      for (CSVRecord row : exportCsv(dir, List.of())) {
        if (sourceTypeOfRecord.putIfAbsent(row.get("record_id"), e.type()) == null) {
          added++;
        }
      }
      assertEquals(n, added, "every record of " + e.file() + " has an id of its own");
      if (e.type().equals("database")) {
        perDatabase.merge(e.source(), n, Integer::sum);
      }
    }

    // 2. deduplicate, then resolve the queue by this test's own judgement
    Map<String, String> titleOfRecord = exportedTitles(dir);
    dedupByTitle(dir, titleOfRecord);

    // the independent tally of works: records with the same normalised title are one work
    List<CSVRecord> rows = exportCsv(dir, List.of());
    Map<String, List<CSVRecord>> works = new LinkedHashMap<>();
    for (CSVRecord row : rows) {
      works.computeIfAbsent(titleKey(row.get("title")), k -> new ArrayList<>()).add(row);
    }
    // title-abstract screening covers works found in databases or registers; works found only by
    // other methods go straight to full text (PRISMA 2020's right-hand column)
    int databaseRecords = perType.getOrDefault("database", 0);
    Map<String, String> titleOfWork = new LinkedHashMap<>(); // first record id -> title
    List<String> otherOnly = new ArrayList<>();
    for (List<CSVRecord> work : works.values()) {
      String id = work.get(0).get("record_id");
      if (work.stream().anyMatch(r -> fromDatabase(sourceTypeOfRecord, r))) {
        titleOfWork.put(id, work.get(0).get("title"));
      } else {
        otherOnly.add(id);
      }
    }
    int expectedDuplicates = databaseRecords - titleOfWork.size();
    // Winnow's clusters equal the tally's works
    Map<String, TreeSet<String>> winnowClusters = new TreeMap<>();
    for (CSVRecord row : rows) {
      winnowClusters
          .computeIfAbsent(row.get("citation_id"), k -> new TreeSet<>())
          .add(row.get("record_id"));
    }
    TreeSet<String> tallyClusters = new TreeSet<>();
    works
        .values()
        .forEach(
            w -> {
              TreeSet<String> ids = new TreeSet<>();
              w.forEach(r -> ids.add(r.get("record_id")));
              tallyClusters.add(String.join(",", ids));
            });
    TreeSet<String> winnowSet = new TreeSet<>();
    winnowClusters.values().forEach(s -> winnowSet.add(String.join(",", s)));
    assertEquals(tallyClusters, winnowSet, "works after deduplication");

    // 3. double title-abstract screening by Ana and Ben; Cara resolves the conflicts
    for (String who : List.of("Ana", "Ben", "Cara")) {
      ok(Cli.run("reviewer", "add", dir, who));
    }
    ok(Cli.run("reasons", dir, "--add", "Wrong population", "--add", "Wrong outcome"));
    Map<String, Boolean> ana = new LinkedHashMap<>();
    Map<String, Boolean> ben = new LinkedHashMap<>();
    titleOfWork.forEach(
        (id, title) -> {
          String t = title.toLowerCase(Locale.ROOT);
          ana.put(id, t.contains("dinosaur"));
          ben.put(id, t.contains("dinosaur") && !t.contains("review") || t.contains("fossil"));
        });
    screenAll(tmp, dir, TA, "Ana", ana, Map.of());
    screenAll(tmp, dir, TA, "Ben", ben, Map.of());
    List<String> taIncluded = new ArrayList<>();
    int taExcluded = 0;
    int taConflicts = 0;
    for (String id : titleOfWork.keySet()) {
      boolean outcome;
      if (ana.get(id).equals(ben.get(id))) {
        outcome = ana.get(id);
      } else {
        taConflicts++;
        outcome = Math.floorMod(id.hashCode(), 2) == 0;
        resolve(dir, TA, id, outcome, null, "third reviewer", "Cara");
      }
      if (outcome) {
        taIncluded.add(id);
      } else {
        taExcluded++;
      }
    }
    assertTrue(taConflicts > 0, "the scenario has title-abstract conflicts");
    assertTrue(taIncluded.size() >= 4, "enough items reach full text: " + taIncluded.size());
    assertTrue(!otherOnly.isEmpty(), "other methods found works of their own");

    // 4. full text: one report not retrieved; Ana and Ben assess the rest with reasons
    String notRetrieved = taIncluded.get(0);
    ok(Cli.run("retrieval", dir, "--item", notRetrieved, "--not-retrieved", "--note", "no access"));
    Map<String, Boolean> ftAna = new LinkedHashMap<>();
    Map<String, Boolean> ftBen = new LinkedHashMap<>();
    Map<String, String> reasonAna = new HashMap<>();
    Map<String, String> reasonBen = new HashMap<>();
    List<String> assessed = new ArrayList<>(taIncluded.subList(1, taIncluded.size()));
    assessed.addAll(otherOnly);
    for (int i = 0; i < assessed.size(); i++) {
      String id = assessed.get(i);
      boolean include = i % 3 == 0;
      ftAna.put(id, include);
      ftBen.put(id, include);
      if (!include) {
        reasonAna.put(id, i % 2 == 0 ? "Wrong population" : "Wrong outcome");
        // one disagreement on the reason: a full-text conflict for Cara
        reasonBen.put(id, i == 1 ? "Wrong population" : reasonAna.get(id));
      }
    }
    screenAll(tmp, dir, FT, "Ana", ftAna, reasonAna);
    screenAll(tmp, dir, FT, "Ben", ftBen, reasonBen);
    Map<String, Integer> ftReasons = new TreeMap<>();
    int ftIncluded = 0;
    for (String id : assessed) {
      if (ftAna.get(id)) {
        ftIncluded++;
        continue;
      }
      String reason = reasonAna.get(id);
      if (!reason.equals(reasonBen.get(id))) {
        resolve(dir, FT, id, false, reason, "agreed at the meeting", "Cara");
      }
      ftReasons.merge(reason, 1, Integer::sum);
    }

    // 5. PRISMA: every count against the tally
    JsonNode fields = ok(Cli.run("prisma", dir, "--json")).json().get("fields");
    assertEquals(databaseRecords, n(fields, "database_results"), "database_results");
    for (JsonNode part : fields.get("database_results").get("breakdown")) {
      assertEquals(
          perDatabase.get(part.get("label").asText()).intValue(),
          part.get("n").asInt(),
          "database_specific_results " + part.get("label").asText());
    }
    assertEquals(perDatabase.size(), fields.get("database_results").get("breakdown").size());
    assertEquals(0, n(fields, "register_results"), "register_results");
    assertEquals(
        perType.get("website").intValue(), n(fields, "website_results"), "website_results");
    assertEquals(
        perType.get("citation-search").intValue(),
        n(fields, "citations_results"),
        "citations_results");
    assertEquals(expectedDuplicates, n(fields, "duplicates"), "duplicates");
    assertEquals(titleOfWork.size(), n(fields, "records_screened"), "records_screened");
    assertEquals(taExcluded, n(fields, "records_excluded"), "records_excluded");
    assertEquals(taIncluded.size(), n(fields, "dbr_sought_reports"), "dbr_sought_reports");
    assertEquals(otherOnly.size(), n(fields, "other_sought_reports"), "other_sought_reports");
    assertEquals(1, n(fields, "dbr_notretrieved_reports"), "dbr_notretrieved_reports");
    assertEquals(0, n(fields, "other_notretrieved_reports"), "other_notretrieved_reports");
    assertEquals(taIncluded.size() - 1, n(fields, "dbr_assessed"), "dbr_assessed");
    assertEquals(otherOnly.size(), n(fields, "other_assessed"), "other_assessed");
    int excludedAtFullText = assessed.size() - ftIncluded;
    assertEquals(
        excludedAtFullText,
        n(fields, "dbr_excluded") + n(fields, "other_excluded"),
        "excluded at full text");
    Map<String, Integer> reportedReasons = new TreeMap<>();
    for (String f : List.of("dbr_excluded", "other_excluded")) {
      JsonNode breakdown = fields.get(f).get("breakdown");
      if (breakdown != null) {
        breakdown.forEach(
            b -> {
              if (b.get("n").asInt() > 0) {
                reportedReasons.merge(b.get("label").asText(), b.get("n").asInt(), Integer::sum);
              }
            });
      }
    }
    assertEquals(ftReasons, reportedReasons, "exclusion reasons at full text");
    assertEquals(ftIncluded, n(fields, "new_studies"), "new_studies");
    assertEquals(ftIncluded, n(fields, "new_reports"), "new_reports");
    assertEquals(ftIncluded, n(fields, "total_studies"), "total_studies");
    for (String left :
        List.of(
            "screening_awaiting",
            "screening_conflicts",
            "fulltext_awaiting",
            "fulltext_conflicts")) {
      assertEquals(0, n(fields, left), left + " (a report not retrieved awaits nothing)");
    }
    Cli check = Cli.run("prisma", dir, "--check");
    assertEquals(0, check.exitCode(), check.out() + check.err());

    // every count lists its items: the records behind duplicates are the tally's extra records
    JsonNode dup = ok(Cli.run("prisma", dir, "--explain", "duplicates", "--json")).json();
    assertEquals(expectedDuplicates, dup.get("items").size());
  }

  private static int n(JsonNode fields, String field) {
    JsonNode f = fields.get(field);
    assertTrue(f != null, "PRISMA has " + field);
    return f.get("n").asInt();
  }

  /** The project's records as the CSV export writes them (ids, citation, title). */
  private List<CSVRecord> exportCsv(String dir, List<String> extra) throws IOException {
    Path out = tmp.resolve("records-" + System.nanoTime() + ".csv");
    List<String> args =
        new ArrayList<>(List.of("export", dir, "--format", "csv", "-o", out.toString()));
    args.addAll(extra);
    ok(Cli.run(args.toArray(String[]::new)));
    try (var in = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      return csv(in);
    }
  }

  private Map<String, String> exportedTitles(String dir) throws IOException {
    Map<String, String> titles = new HashMap<>();
    exportCsv(dir, List.of()).forEach(r -> titles.put(r.get("record_id"), r.get("title")));
    return titles;
  }

  private static boolean fromDatabase(Map<String, String> sourceTypeOfRecord, CSVRecord row) {
    String type = sourceTypeOfRecord.get(row.get("record_id"));
    return "database".equals(type) || "register".equals(type);
  }

  /** Counts a file's records by the format's own record markers, independently of Winnow. */
  private static int countRecords(Path file) throws IOException {
    String raw = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
    if (file.getFileName().toString().endsWith(".csv")) {
      return csv(new StringReader(raw)).size();
    }
    String text = raw.replace("\r", "\n");
    int n = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith("PMID-") || line.matches("^ER(  -.*|\\s*)$")) {
        n++;
      }
    }
    return n;
  }
}
