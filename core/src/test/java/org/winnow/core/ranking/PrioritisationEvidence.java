package org.winnow.core.ranking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The evidence of docs/prioritisation.md: every labelled set, several seeds, several candidate
 * settings and the naive Bayes baseline in one run; the linear setting reported on each set is
 * chosen on the other sets only (leave one set out).
 */
final class PrioritisationEvidence {
  /** A model setting under evaluation. */
  record Candidate(String name, boolean baseline, Supplier<RankingModel> model) {}

  /** One simulation's figures. */
  record Run(
      String set,
      String candidate,
      long seed,
      int records,
      int relevant,
      RecallMetrics metrics,
      int screenedAtStop,
      double recallAtStop) {
    /** Work the rule saved, as a share of what perfect knowledge (only the relevant) saves. */
    double savedVsPerfect() {
      return (records - screenedAtStop) / (double) (records - relevant);
    }
  }

  static final List<Candidate> CANDIDATES =
      List.of(
          new Candidate("svm C=1", false, () -> RankingModels.create("svm")),
          new Candidate(
              "svm C=0.1",
              false,
              () -> new LinearRankingModel(LinearRankingModel.Loss.SVM, 0.1, true)),
          new Candidate("logistic C=1", false, () -> RankingModels.create("logistic")),
          new Candidate(
              "logistic C=10",
              false,
              () -> new LinearRankingModel(LinearRankingModel.Loss.LOGISTIC, 10, true)),
          new Candidate("nb (baseline)", true, () -> RankingModels.create("nb")));

  private PrioritisationEvidence() {}

  /** Every labelled set in the shared fixtures' screening folder, sorted by name. */
  static List<Path> sets(Path screening) throws Exception {
    try (Stream<Path> files = Files.walk(screening)) {
      return files
          .filter(p -> p.toString().endsWith(".csv"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  static List<Run> run(List<Path> files, List<Candidate> candidates, List<Long> seeds, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Run>> futures = new ArrayList<>();
      for (Path file : files) {
        LabelledSet set = LabelledSetCsv.read(file, null);
        TextFeatures features = TextFeatures.of(set.texts());
        for (Candidate c : candidates) {
          for (long seed : seeds) {
            futures.add(pool.submit(() -> simulate(set, features, c, seed)));
          }
        }
      }
      List<Run> runs = new ArrayList<>();
      for (Future<Run> f : futures) {
        runs.add(f.get());
      }
      return runs;
    } finally {
      pool.shutdownNow();
    }
  }

  static Run simulate(LabelledSet set, TextFeatures features, Candidate c, long seed) {
    SimulationResult r =
        Simulation.run(
            set,
            features,
            c.model().get(),
            SimulationSettings.defaults(seed).withStop(HypergeometricStoppingRule.standard()));
    return new Run(
        set.name().replace(".csv", ""),
        c.name(),
        seed,
        set.size(),
        set.relevantCount(),
        r.metrics(),
        r.stop().screened(),
        r.recallAtStop());
  }

  /** Mean of a figure over runs. */
  static double mean(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
    return runs.stream().mapToDouble(f).average().orElse(Double.NaN);
  }

  /** The linear candidate with the best mean WSS@95 over every set but {@code heldOut}. */
  static String chosenWithout(List<Run> runs, String heldOut) {
    Map<String, Double> score = new LinkedHashMap<>();
    for (Candidate c : CANDIDATES) {
      if (c.baseline()) {
        continue;
      }
      List<Run> others =
          runs.stream()
              .filter(r -> r.candidate().equals(c.name()) && !r.set().equals(heldOut))
              .toList();
      if (!others.isEmpty()) {
        // each set weighs the same, whatever its size
        score.put(
            c.name(),
            others.stream()
                .map(Run::set)
                .distinct()
                .mapToDouble(
                    s ->
                        mean(
                            others.stream().filter(r -> r.set().equals(s)).toList(),
                            r -> r.metrics().wss95()))
                .average()
                .orElse(Double.NaN));
      }
    }
    return score.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** The tables of docs/prioritisation.md as Markdown. */
  static String report(List<Run> runs) {
    StringBuilder md = new StringBuilder();
    List<String> sets = runs.stream().map(Run::set).distinct().toList();
    String baseline = CANDIDATES.stream().filter(Candidate::baseline).findFirst().get().name();
    md.append(
        "| set | records | relevant | chosen on the other sets | WSS@95 | RRF@10 | NB WSS@95 | NB RRF@10"
            + " | recall at stop (min) | runs ≥ 95% | saved vs perfect |\n");
    md.append("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
    List<Run> heldOutRuns = new ArrayList<>();
    List<Run> baselineRuns = new ArrayList<>();
    for (String s : sets) {
      String chosen = chosenWithout(runs, s);
      List<Run> mine =
          runs.stream().filter(r -> r.set().equals(s) && r.candidate().equals(chosen)).toList();
      List<Run> nb =
          runs.stream().filter(r -> r.set().equals(s) && r.candidate().equals(baseline)).toList();
      heldOutRuns.addAll(mine);
      baselineRuns.addAll(nb);
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %d/%d | %.2f |%n",
              s,
              mine.get(0).records(),
              mine.get(0).relevant(),
              chosen,
              mean(mine, r -> r.metrics().wss95()),
              mean(mine, r -> r.metrics().rrf10()),
              mean(nb, r -> r.metrics().wss95()),
              mean(nb, r -> r.metrics().rrf10()),
              mine.stream().mapToDouble(Run::recallAtStop).min().orElse(Double.NaN),
              mine.stream().filter(r -> r.recallAtStop() >= 0.95).count(),
              mine.size(),
              mean(mine, Run::savedVsPerfect)));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| **mean over sets** | | | | **%.3f** | **%.3f** | %.3f | %.3f | %.3f | %d/%d | %.2f |%n",
            setMean(heldOutRuns, r -> r.metrics().wss95()),
            setMean(heldOutRuns, r -> r.metrics().rrf10()),
            setMean(baselineRuns, r -> r.metrics().wss95()),
            setMean(baselineRuns, r -> r.metrics().rrf10()),
            heldOutRuns.stream().mapToDouble(Run::recallAtStop).min().orElse(Double.NaN),
            heldOutRuns.stream().filter(r -> r.recallAtStop() >= 0.95).count(),
            heldOutRuns.size(),
            setMean(heldOutRuns, Run::savedVsPerfect)));
    md.append(
        "\nEvery candidate on every set (mean over seeds: WSS@95 / RRF@10 / saved vs perfect):\n\n");
    md.append("| set |");
    CANDIDATES.forEach(c -> md.append(' ').append(c.name()).append(" |"));
    md.append("\n|---|");
    CANDIDATES.forEach(c -> md.append("---|"));
    md.append('\n');
    for (String s : sets) {
      md.append("| ").append(s).append(" |");
      for (Candidate c : CANDIDATES) {
        List<Run> rs =
            runs.stream().filter(r -> r.set().equals(s) && r.candidate().equals(c.name())).toList();
        md.append(
            String.format(
                Locale.ROOT,
                " %.3f / %.3f / %.2f |",
                mean(rs, r -> r.metrics().wss95()),
                mean(rs, r -> r.metrics().rrf10()),
                mean(rs, Run::savedVsPerfect)));
      }
      md.append('\n');
    }
    md.append("| **mean** |");
    for (Candidate c : CANDIDATES) {
      List<Run> rs = runs.stream().filter(r -> r.candidate().equals(c.name())).toList();
      md.append(
          String.format(
              Locale.ROOT,
              " %.3f / %.3f / %.2f |",
              setMean(rs, r -> r.metrics().wss95()),
              setMean(rs, r -> r.metrics().rrf10()),
              setMean(rs, Run::savedVsPerfect)));
    }
    md.append('\n');
    return md.toString();
  }

  /** The mean over sets of each set's mean over its runs. */
  static double setMean(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
    return runs.stream()
        .map(Run::set)
        .distinct()
        .mapToDouble(s -> mean(runs.stream().filter(r -> r.set().equals(s)).toList(), f))
        .average()
        .orElse(Double.NaN);
  }
}
