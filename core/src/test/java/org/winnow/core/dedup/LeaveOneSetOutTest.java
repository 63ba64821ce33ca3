package org.winnow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.project.DedupBenchmark;
import org.winnow.fixtures.Fixtures;

/**
 * Guards against thresholds fitted to the sets they were tuned on: for each of the three shared
 * benchmark sets, the thresholds of {@link DedupSettings} are chosen on the other two (most
 * duplicates removed with no wrong merge, then the most found with the queue resolved, then the
 * smallest queue) and measured on the held-out set, beside the defaults. Slow (a grid of settings
 * over every set), so it runs only when the environment variable WINNOW_LOSO is set; the figures
 * are in docs/benchmarks.md.
 */
class LeaveOneSetOutTest {
  private static final double[] CERTAIN = {0.90, 0.93, 0.95, 0.97, 0.99};
  private static final double[] POSSIBLE = {0.70, 0.75, 0.80, 0.85, 0.90};
  private static final int[] TRUNCATED = {40, 60, 80};
  private static final List<String> SHARED = List.of("diabetes", "cytology", "stroke");

  @TempDir Path tmp;

  @Test
  void thresholdsChosenOnTwoSetsHoldOnTheThird() throws Exception {
    assumeTrue(System.getenv("WINNOW_LOSO") != null, "set WINNOW_LOSO=1 to run");
    Path dedup = Fixtures.shared().map(p -> p.resolve("dedup")).orElse(null);
    assumeTrue(dedup != null && Files.isDirectory(dedup), "shared fixtures absent");
    Map<String, EngineBench.LabelledSet> sets = new LinkedHashMap<>();
    for (String name : SHARED) {
      Path dir = dedup.resolve(name);
      sets.put(
          name,
          EngineBench.read(
              name,
              List.of(new EngineBench.Source(dir.resolve("records_pre_merged.csv"), "")),
              DedupBenchmark.readTruth(dir.resolve("merged_record_ids.csv"))));
    }
    EngineBench.LabelledSet asreview = UnseenBenchmarkSetsTest.asreviewBaseline();
    if (asreview != null) {
      sets.put(asreview.name(), asreview);
    }
    EngineBench.LabelledSet columns = UnseenBenchmarkSetsTest.recurringColumns(tmp);
    sets.put(columns.name(), columns);

    List<DedupSettings> grid = new ArrayList<>();
    for (double c : CERTAIN) {
      for (double p : POSSIBLE) {
        for (int t : TRUNCATED) {
          if (p < c) {
            grid.add(new DedupSettings(c, p, t, DedupSettings.DEFAULTS.maxBlockSize()));
          }
        }
      }
    }
    Map<DedupSettings, Map<String, EngineBench.Outcome>> outcomes = new LinkedHashMap<>();
    for (DedupSettings s : grid) {
      Map<String, EngineBench.Outcome> bySet = new LinkedHashMap<>();
      sets.forEach((name, set) -> bySet.put(name, EngineBench.run(set, s)));
      outcomes.put(s, bySet);
    }
    Map<String, EngineBench.Outcome> defaults = outcomes.get(DedupSettings.DEFAULTS);
    for (String heldOut : SHARED) {
      List<String> training = SHARED.stream().filter(n -> !n.equals(heldOut)).toList();
      DedupSettings chosen =
          grid.stream()
              .filter(
                  s ->
                      training.stream().allMatch(n -> outcomes.get(s).get(n).automatic().fp() == 0))
              .max(
                  Comparator.<DedupSettings>comparingLong(
                          s ->
                              training.stream()
                                  .mapToLong(n -> outcomes.get(s).get(n).automatic().tp())
                                  .sum())
                      .thenComparing(
                          s ->
                              -training.stream()
                                  .mapToInt(n -> outcomes.get(s).get(n).queue())
                                  .sum())
                      .thenComparing(s -> -distanceFromDefaults(s)))
              .orElseThrow();
      System.out.printf(
          "held out %s: chosen on %s certainTitle %.2f possibleTitle %.2f truncatedTitleChars %d%n",
          heldOut,
          training,
          chosen.certainTitle(),
          chosen.possibleTitle(),
          chosen.truncatedTitleChars());
      for (String name : sets.keySet()) {
        EngineBench.Outcome o = outcomes.get(chosen).get(name);
        EngineBench.Outcome d = defaults.get(name);
        System.out.printf(
            "  %-18s%s chosen: sens %.4f FP %d queue %d resolved %.4f | defaults: sens %.4f FP %d"
                + " queue %d resolved %.4f%n",
            name,
            name.equals(heldOut)
                ? " (held out)"
                : training.contains(name) ? " (training)" : " (unseen)",
            o.automatic().sensitivity(),
            o.automatic().fp(),
            o.queue(),
            o.queueResolved().sensitivity(),
            d.automatic().sensitivity(),
            d.automatic().fp(),
            d.queue(),
            d.queueResolved().sensitivity());
      }
      assertEquals(0, outcomes.get(chosen).get(heldOut).automatic().fp(), heldOut);
    }
  }

  private static double distanceFromDefaults(DedupSettings s) {
    DedupSettings d = DedupSettings.DEFAULTS;
    return Math.abs(s.certainTitle() - d.certainTitle())
        + Math.abs(s.possibleTitle() - d.possibleTitle())
        + Math.abs(s.truncatedTitleChars() - d.truncatedTitleChars()) / 100.0;
  }
}
