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
