package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Steps that the end-to-end command-line tests take as a review team would. */
final class ReviewSteps {
  private ReviewSteps() {}

  /** The command succeeded (exit 0); fails with what it printed otherwise. */
  static Cli ok(Cli r) {
    assertEquals(0, r.exitCode(), "exit code; stdout: " + r.out() + "\nstderr: " + r.err());
    return r;
  }

  /**
   * One reviewer's include/exclude decisions (with reasons where given) written as the bulk file
   * that {@code screen --decisions} reads, in {@code folder}, and loaded.
   */
  static void screenAll(
      Path folder,
      String dir,
      String stage,
      String who,
      Map<String, Boolean> decisions,
      Map<String, String> reasons)
      throws IOException {
    StringBuilder csv = new StringBuilder("record_id,decision,reason,note\n");
    decisions.forEach(
        (id, include) ->
            csv.append(quote(id))
                .append(',')
                .append(include ? "include" : "exclude")
                .append(',')
                .append(quote(reasons.getOrDefault(id, "")))
                .append(",\n"));
    Path file = folder.resolve(who + "-" + stage + ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    ok(
        Cli.run(
            "screen",
            dir,
            "--stage",
            stage,
            "--reviewer",
            who,
            "--decisions",
            file.toString(),
            "--json"));
  }

  /**
   * A third reviewer's resolution of an item at a stage ({@code reason} only when excluding at full
   * text; null otherwise).
   */
  static void resolve(
      String dir,
      String stage,
      String item,
      boolean include,
      String reason,
      String note,
      String by) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "resolve",
                dir,
                "--stage",
                stage,
                "--item",
                item,
                "--decision",
                include ? "include" : "exclude",
                "--note",
                note,
                "--by",
                by));
    if (reason != null) {
      args.addAll(List.of("--reason", reason));
    }
    ok(Cli.run(args.toArray(String[]::new)));
  }

  /**
   * Deduplicates, then decides each pair of the review queue by the test's own judgement: the same
   * work when the two titles have the same {@link #titleKey}.
   */
  static void dedupByTitle(String dir, Map<String, String> titleOfRecord) {
    ok(Cli.run("dedup", dir, "--by", "lead", "--json"));
    for (var pair : ok(Cli.run("dedup", dir, "--queue", "--json")).json().get("pairs")) {
      String a = pair.get("a").asText();
      String b = pair.get("b").asText();
      boolean same = titleKey(titleOfRecord.get(a)).equals(titleKey(titleOfRecord.get(b)));
      ok(Cli.run("dedup", dir, "--resolve", a, b, same ? "same" : "different", "--by", "lead"));
    }
  }

  static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /** The rows of a CSV file with a header line. */
  static List<CSVRecord> csv(Reader in) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(in)
        .getRecords();
  }

  /** A work's key for a tally kept by the test: the title's letters and digits, folded. */
  static String titleKey(String title) {
    String t = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD);
    return t.replaceAll("<[^>]+>", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
