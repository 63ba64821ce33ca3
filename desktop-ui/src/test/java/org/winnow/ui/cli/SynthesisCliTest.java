package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.fixtures.Fixtures;

/**
 * effect-size, effect-direction and pool on a project built only through the command line: init,
 * import, screening to inclusion, outcome data by two extractors and a consensus from answers
 * files.
 */
class SynthesisCliTest {
  /** What "agrees with metafor" means for full-precision reference values. */
  static final double RELATIVE_TOLERANCE = 1e-6;

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

  /** One arm of one outcome at one time point. */
  record Arm(String outcome, String time, String arm, String role, int n, String mean, String sd) {
    String json() {
      return String.format(
          Locale.ROOT,
          "{\"outcome\": \"%s\", \"time_point\": \"%s\", \"arm\": \"%s\", \"role\": \"%s\","
              + " \"n\": %d, \"mean\": %s, \"sd\": %s}",
          outcome,
          time,
          arm,
          role,
          n,
          mean,
          sd);
    }
  }

  static String answers(String outcomesJson, List<Arm> arms) {
    return "{\"form\": \"outcome-data\", \"sections\": {\"outcomes\": "
        + outcomesJson
        + ", \"arm_results\": ["
        + String.join(", ", arms.stream().map(Arm::json).toList())
        + "]}}";
  }

  /**
   * A project of included studies (single screening by Ana), one per record ID, with Ana, Ben and
   * Chen on the team.
   */
  private void includedStudies(List<String> ids, List<String> authors) throws Exception {
    dir = tmp.resolve("review").toString();
    ok("init", dir);
    StringBuilder ris = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      ris.append("TY  - JOUR\nID  - ")
          .append(ids.get(i))
          .append("\nTI  - Rehabilitation trial ")
          .append(ids.get(i))
          .append("\nAU  - ")
          .append(authors.get(i))
          .append(", A.\nPY  - 1999\nER  - \n\n");
    }
    ok(
        "import",
        dir,
        file("r.ris", ris.toString()),
        "--source",
        "MEDLINE",
        "--source-type",
        "database");
    for (String name : List.of("Ana Lima", "Ben Okafor", "Chen Wei")) {
      ok("reviewer", "add", dir, name);
    }
    for (String stage : List.of("title-abstract", "full-text")) {
      ok("policy", dir, "--stage", stage, "single");
      for (String id : ids) {
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

  private void extract(String study, String by, String text, boolean consensus) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "extract",
                dir,
                "--study",
                study,
                "--form",
                "outcome-data",
                "--by",
                by,
                "--answers",
                file(study + "-" + by.replace(' ', '_') + ".json", text)));
    if (consensus) {
      args.add("--consensus");
    }
    ok(args.toArray(String[]::new));
  }

  private static Optional<Path> stats() {
    return Fixtures.shared().map(p -> p.resolve("stats")).filter(Files::isDirectory);
  }

  @Test
  void effectSizesOfAProjectAgreeWithMetafor() throws Exception {
    Optional<Path> stats = stats();
    assumeTrue(stats.isPresent(), "shared fixtures absent: ../shared/fixtures");
    List<CSVRecord> reference;
    try (Reader r =
        Files.newBufferedReader(
            stats.get().resolve("reference_escalc_normand1999.csv"), StandardCharsets.UTF_8)) {
      reference =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .build()
              .parse(r)
              .getRecords();
    }
    List<String> ids = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    for (CSVRecord r : reference) {
      ids.add("n" + r.get("study"));
      authors.add(r.get("source").replace("-", ""));
    }
    includedStudies(ids, authors);
    String outcomes =
        "[{\"outcome\": \"Length of stay\", \"domain\": \"Service use\", \"desirable\":"
            + " \"lower\"}]";
    for (int i = 0; i < reference.size(); i++) {
      CSVRecord r = reference.get(i);
      String study = "S" + (i + 1);
      List<Arm> arms =
          List.of(
              new Arm(
                  "Length of stay",
                  "discharge",
                  "Stroke unit",
                  "intervention",
                  Integer.parseInt(r.get("n1i")),
                  r.get("m1i"),
                  r.get("sd1i")),
              new Arm(
                  "Length of stay",
                  "discharge",
                  "General ward",
                  "control",
                  Integer.parseInt(r.get("n2i")),
                  r.get("m2i"),
                  r.get("sd2i")));
      String right = answers(outcomes, arms);
      extract(study, "Ana Lima", right, false);
      if (i == 0) {
        // Ben mistypes the control arm's SD; the consensus from a file settles it
        String typo = right.replace("\"sd\": " + r.get("sd2i") + "}", "\"sd\": 6.4}");
        extract(study, "Ben Okafor", typo, false);
        Cli pending = ok("effect-size", dir, "--json");
        assertTrue(
            pending.json().get("skipped").toString().contains("awaiting a consensus"),
            pending.out());
        extract(study, "Chen Wei", right, true);
      } else {
        extract(study, "Ben Okafor", right, false);
      }
    }
    JsonNode j = ok("effect-size", dir, "--json").json();
    assertEquals(reference.size(), j.get("rows").asInt());
    assertEquals(reference.size(), j.get("computed").asInt());
    assertEquals(0, j.get("skipped").size(), j.get("skipped").toString());
    assertEquals(dir, j.get("input").asText());
    JsonNode effects = j.get("effects");
    double[] worst = new double[2];
    for (int i = 0; i < reference.size(); i++) {
      JsonNode e = effects.get(i);
      CSVRecord r = reference.get(i);
      assertEquals("S" + (i + 1), e.get("studyId").asText());
      assertEquals(i == 0 ? "consensus" : "agreed", e.get("status").asText());
      assertEquals("g", e.get("measure").asText());
      worst[0] =
          Math.max(
              worst[0],
              close(
                  Double.parseDouble(r.get("hedges_g_metafor_SMD")),
                  e.get("yi").asDouble(),
                  "g",
                  i));
      worst[1] =
          Math.max(
              worst[1],
              close(
                  Double.parseDouble(r.get("var_SMD_metafor_LS")),
                  e.get("vi").asDouble(),
                  "vi",
                  i));
    }
    System.out.printf(
        Locale.ROOT,
        "effect-size DIR vs metafor escalc(SMD), normand1999: max relative error g %.1e, vi %.1e%n",
        worst[0],
        worst[1]);
  }

  /** Asserts the relative error is within tolerance and returns it. */
  private static double close(double expected, double actual, String what, int row) {
    double relative = Math.abs(actual - expected) / Math.abs(expected);
    assertTrue(
        relative <= RELATIVE_TOLERANCE,
        what + " of row " + (row + 1) + ": " + actual + " vs metafor " + expected);
    return relative;
  }

  /** Pain (lower better) and mood (higher better), at 12 weeks; pain also at 6 months. */
  private static String painAndMood(double pain, double mood, boolean sixMonths) {
    List<Arm> arms = new ArrayList<>();
    arms.add(new Arm("Pain", "12 weeks", "CBT", "intervention", 40, Double.toString(pain), "1.1"));
    arms.add(new Arm("Pain", "12 weeks", "Usual care", "control", 38, "3.0", "1.2"));
    arms.add(new Arm("Mood", "12 weeks", "CBT", "intervention", 40, Double.toString(mood), "2.0"));
    arms.add(new Arm("Mood", "12 weeks", "Usual care", "control", 38, "10", "2.1"));
    if (sixMonths) {
      arms.add(new Arm("Pain", "6 months", "CBT", "intervention", 35, "2.5", "1.0"));
      arms.add(new Arm("Pain", "6 months", "Usual care", "control", 33, "3.0", "1.1"));
    }
    return answers(
        "[{\"outcome\": \"Pain\", \"domain\": \"Physical health\", \"desirable\": \"lower\"},"
            + " {\"outcome\": \"Mood\", \"domain\": \"Mental health\", \"desirable\": \"higher\"},"
            + " {\"outcome\": \"Sleep\", \"domain\": \"Physical health\", \"desirable\":"
            + " \"higher\"}]",
        arms);
  }

  static final String MMAT_ALL_YES =
      """
      {"screening": {"S1": "yes", "S2": "yes"}, "category": "randomized",
       "criteria": {"2.1": "yes", "2.2": "yes", "2.3": "yes", "2.4": "yes", "2.5": "yes"}}
      """;

  @Test
  void theThreeVerbsReadTheProjectWithFiltersAndListWhatTheyCannotUse() throws Exception {
    includedStudies(List.of("a1", "b1", "c1", "d1"), List.of("Alder", "Baker", "Cole", "Dunn"));
    double[][] data = {{2.0, 12}, {2.6, 11}, {3.2, 10.5}};
    for (int i = 0; i < data.length; i++) {
      String text = painAndMood(data[i][0], data[i][1], i == 0);
      extract("S" + (i + 1), "Ana Lima", text, false);
      extract("S" + (i + 1), "Ben Okafor", text, false);
    }
    extract("S4", "Ana Lima", painAndMood(1, 1, false), false);
    for (String by : List.of("Ana Lima", "Ben Okafor")) {
      ok(
          "appraise",
          dir,
          "--study",
          "S3",
          "--by",
          by,
          "--answers",
          file("m-" + by.charAt(0) + ".json", MMAT_ALL_YES));
    }

    JsonNode all = ok("effect-size", dir, "--json").json();
    assertEquals(7, all.get("rows").asInt(), "three studies' pain and mood, and S1's 6 months");
    JsonNode skipped = all.get("skipped");
    assertEquals(4, skipped.size(), skipped.toString());
    assertEquals("Sleep", skipped.get(0).get("outcome").asText());
    assertTrue(skipped.get(0).get("reason").asText().startsWith("no results entered"));
    assertEquals("S4", skipped.get(3).get("studyId").asText());
    assertTrue(skipped.get(3).get("reason").asText().contains("one extraction"));

    JsonNode weeks = ok("effect-size", dir, "--time-point", "12 Weeks", "--json").json();
    assertEquals(6, weeks.get("rows").asInt());
    JsonNode mental = ok("effect-size", dir, "--domain", "mental health", "--json").json();
    assertEquals(3, mental.get("rows").asInt());
    assertEquals("Mood", mental.get("effects").get(0).get("outcome").asText());
    JsonNode pain = ok("effect-size", dir, "--outcome", "pain", "--json").json();
    assertEquals(4, pain.get("rows").asInt());
    Cli text = ok("effect-size", dir, "--outcome", "Sleep");
    assertTrue(text.err().contains("S1 Alder 1999 / Sleep: no results entered"), text.err());

    Cli mixed = Cli.run("pool", dir, "--method", "REML", "--time-point", "12 weeks");
    assertEquals(3, mixed.exitCode(), mixed.err());
    assertTrue(mixed.err().contains("opposite desirable directions"), mixed.err());
    assertTrue(mixed.err().contains("Pain (lower is better)"), mixed.err());
    JsonNode pooled =
        ok("pool", dir, "--method", "FE", "--outcome", "Pain", "--time-point", "12 weeks", "--json")
            .json();
    assertEquals(3, pooled.get("k").asInt());
    assertEquals("S1", pooled.get("studies").get(0).get("studyId").asText());
    assertEquals("12 weeks", pooled.get("studies").get(0).get("timePoint").asText());
    assertTrue(pooled.get("skipped").isArray());

    Path table = tmp.resolve("direction.csv");
    JsonNode direction =
        ok(
                "effect-direction",
                dir,
                "--format",
                "csv",
                "-o",
                table.toString(),
                "--time-point",
                "12 weeks",
                "--json")
            .json();
    assertEquals("Physical health", direction.get("domains").get(0).asText());
    assertEquals(2, direction.get("domains").size());
    assertEquals(
        "Cole 1999",
        direction.get("studies").get(0).get("study").asText(),
        "the study appraised high first");
    assertEquals("high", direction.get("studies").get(0).get("appraisal").asText());
    JsonNode mmat = direction.get("mmat").get(0);
    assertEquals("S3", mmat.get("studyId").asText());
    assertEquals("agreed", mmat.get("status").asText());
    assertEquals(5, mmat.get("criteriaMet").get("randomized").asInt());
    assertTrue(direction.get("skipped").toString().contains("S4 Dunn 1999"));
  }
}
