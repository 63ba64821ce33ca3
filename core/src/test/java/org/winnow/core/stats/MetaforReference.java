package org.winnow.core.stats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.winnow.core.stats.effect.Reported;
import org.winnow.fixtures.Fixtures;

/**
 * The metafor 3.8.1 reference values in {@code ../shared/fixtures/stats} (read in place, never
 * copied), and a ledger of the largest relative error per dataset and quantity, printed as the
 * table quoted in docs/effect-sizes.md.
 */
public final class MetaforReference {
  /** What "agrees with metafor" means for full-precision reference values. */
  public static final double RELATIVE_TOLERANCE = 1e-6;

  private final Map<String, double[]> worst = new LinkedHashMap<>();

  /** The stats folder; skips the calling test when the shared fixtures are absent. */
  public static Path folder() {
    Optional<Path> shared = Fixtures.shared();
    assumeTrue(shared.isPresent(), "shared fixtures absent: ../shared/fixtures");
    Path stats = shared.get().resolve("stats");
    assumeTrue(Files.isDirectory(stats), "no stats folder in the shared fixtures");
    return stats;
  }

  public static List<CSVRecord> csv(String name) {
    try (Reader r = Files.newBufferedReader(folder().resolve(name), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(r)
          .getRecords();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A reference cell as a number; null when R wrote NA (empty). */
  public static Double number(CSVRecord r, String column) {
    String s = r.get(column).strip();
    return s.isEmpty() || s.equals("NA") ? null : Double.valueOf(s);
  }

  /** The group means and SDs of a metadat row (n1i, m1i, sd1i, n2i, m2i, sd2i). */
  public static Reported.GroupMeans means(CSVRecord r) {
    return new Reported.GroupMeans(
        Integer.parseInt(r.get("n1i")),
        Double.parseDouble(r.get("m1i")),
        Double.parseDouble(r.get("sd1i")),
        Integer.parseInt(r.get("n2i")),
        Double.parseDouble(r.get("m2i")),
        Double.parseDouble(r.get("sd2i")));
  }

  /** One printed rma line: "SMD DL: est=-0.5307 se=0.2592 … Q=123.7293" → key → value text. */
  public record RmaLine(String label, Map<String, String> values) {
    public double get(String key) {
      return Double.parseDouble(values.get(key));
    }

    /** Half a unit in the last printed decimal: the precision the reference carries. */
    public double halfUlp(String key) {
      String v = values.get(key);
      int dot = v.indexOf('.');
      int decimals = dot < 0 ? 0 : v.length() - dot - 1;
      return 0.5 * Math.pow(10, -decimals);
    }
  }

  public static List<RmaLine> rma(String name) {
    Pattern line = Pattern.compile("^([A-Za-z ]*?(EE|DL|REML)):\\s*(.*)$");
    Pattern pair = Pattern.compile("([A-Za-z0-9.]+)=(-?[0-9.]+)");
    List<RmaLine> out = new ArrayList<>();
    try {
      for (String l : Files.readAllLines(folder().resolve(name), StandardCharsets.UTF_8)) {
        Matcher m = line.matcher(l.strip());
        if (!m.matches()) {
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher p = pair.matcher(m.group(3));
        while (p.find()) {
          values.put(p.group(1), p.group(2));
        }
        out.add(new RmaLine(m.group(1).strip(), values));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** Records |ours − reference| / |reference| (absolute error when the reference is 0). */
  public double record(String dataset, String quantity, double ours, double reference) {
    double error =
        reference == 0
            ? Math.abs(ours - reference)
            : Math.abs(ours - reference) / Math.abs(reference);
    double[] w = worst.computeIfAbsent(dataset + "\t" + quantity, k -> new double[] {0, 0});
    w[0] = Math.max(w[0], error);
    w[1]++;
    return error;
  }

  /** The ledger as a Markdown table (dataset, quantity, values compared, max relative error). */
  public String table() {
    StringBuilder s =
        new StringBuilder(
            "| dataset | quantity | values | max relative error |\n|---|---|---|---|\n");
    worst.forEach(
        (key, w) -> {
          String[] k = key.split("\t");
          s.append(
              String.format(
                  Locale.ROOT, "| %s | %s | %d | %.1e |%n", k[0], k[1], (int) w[1], w[0]));
        });
    return s.toString();
  }
}
