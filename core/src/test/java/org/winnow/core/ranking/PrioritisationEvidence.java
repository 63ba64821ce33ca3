package org.winnow.core.ranking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
  /** A model setting under evaluation, on the features of its vocabulary. */
  record Candidate(
      String name,
      boolean baseline,
      TextFeatures.Vocabulary vocabulary,
      Supplier<RankingModel> model) {
    Candidate(String name, boolean baseline, Supplier<RankingModel> model) {
      this(name, baseline, TextFeatures.Vocabulary.WORDS, model);
    }
  }

  /** One simulation's figures. */
  record Run(
      String set,
      String candidate,
      long seed,
      int records,
      int relevant,
      RecallMetrics metrics,
      int screenedAtStop,
      double recallAtStop,
      int kneeScreenedAtStop,
      double kneeRecallAtStop) {
    /** Work the rule saved, as a share of what perfect knowledge (only the relevant) saves. */
    double savedVsPerfect() {
      return StoppingSavings.vsRelevantOnly(records, relevant, screenedAtStop);
    }

    /** Work the rule saved, as a share of what stopping exactly at 95% recall saves. */
    double savedVsOracle() {
      return StoppingSavings.vsOracleStop(records, metrics.recordsTo95(), screenedAtStop);
    }

    double kneeSavedVsPerfect() {
      return StoppingSavings.vsRelevantOnly(records, relevant, kneeScreenedAtStop);
    }

    double kneeSavedVsOracle() {
      return StoppingSavings.vsOracleStop(records, metrics.recordsTo95(), kneeScreenedAtStop);
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
          new Candidate(
              "logistic C=1 +bigrams",
              false,
              TextFeatures.Vocabulary.WORDS_AND_BIGRAMS,
              () -> RankingModels.create("logistic")),
          new Candidate(
              "logistic C=1 +title words",
              false,
              TextFeatures.Vocabulary.WORDS_AND_TITLE_WORDS,
              () -> RankingModels.create("logistic")),
          new Candidate(
              "logistic+nb mean rank",
              false,
              () ->
                  new EnsembleRankingModel(
                      List.of(RankingModels.create("logistic"), RankingModels.create("nb")))),
          new Candidate(
              "logistic C=1 +title words +double balance",
              false,
              TextFeatures.Vocabulary.WORDS_AND_TITLE_WORDS,
              () -> RankingModels.create("logistic", RankingModels.Balance.DOUBLE, 0)),
          new Candidate(
              "nb +double balance",
              false,
              () -> RankingModels.create("nb", RankingModels.Balance.DOUBLE, 0)),
          new Candidate(
              "logistic C=1 +title words +100 pseudo-negatives",
              false,
              TextFeatures.Vocabulary.WORDS_AND_TITLE_WORDS,
              () ->
                  RankingModels.create(
                      "logistic",
                      RankingModels.Balance.WEIGHTS,
                      RandomPseudoNegatives.DEFAULT_COUNT)),
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
        Map<TextFeatures.Vocabulary, TextFeatures> byVocabulary =
            new EnumMap<>(TextFeatures.Vocabulary.class);
        for (Candidate c : candidates) {
          TextFeatures features =
              byVocabulary.computeIfAbsent(c.vocabulary(), v -> TextFeatures.of(set.texts(), v));
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
    // the knee method asked at the same checkpoints of the same order
    StopPoint knee =
        StopPoint.first(
            new KneeStoppingRule(),
            r.order().stream().map(i -> set.items().get(i).relevant()).toList(),
            r.checkpoints());
    return new Run(
        set.name().replace(".csv", ""),
        c.name(),
        seed,
        set.size(),
        set.relevantCount(),
        r.metrics(),
        r.stopPoint().screened(),
        r.recallAtStop(),
        knee.screened(),
        knee.relevantFound() / (double) set.relevantCount());
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

  /**
   * A review of realistic size for the ceiling: the size of the review Winnow was designed from.
   */
  static final int LARGE_RECORDS = 15_655;

  /** Its relevant records at 5%, rounded up. */
  static final int LARGE_RELEVANT = (LARGE_RECORDS * 5 + 99) / 100;

  /** The tables of docs/prioritisation.md as Markdown. */
  static String report(List<Run> runs) {
    StringBuilder md = new StringBuilder();
    List<String> sets = runs.stream().map(Run::set).distinct().toList();
    String baseline = CANDIDATES.stream().filter(Candidate::baseline).findFirst().get().name();
    md.append(
        "| set | records | relevant | chosen on the other sets | WSS@95 | RRF@10 | NB WSS@95 | NB"
            + " RRF@10 |\n");
    md.append("|---|---:|---:|---|---:|---:|---:|---:|\n");
    List<Run> heldOutRuns = new ArrayList<>();
    List<Run> baselineRuns = new ArrayList<>();
    Map<String, List<Run>> heldOutBySet = new LinkedHashMap<>();
    for (String s : sets) {
      String chosen = chosenWithout(runs, s);
      List<Run> mine =
          runs.stream().filter(r -> r.set().equals(s) && r.candidate().equals(chosen)).toList();
      List<Run> nb =
          runs.stream().filter(r -> r.set().equals(s) && r.candidate().equals(baseline)).toList();
      heldOutRuns.addAll(mine);
      baselineRuns.addAll(nb);
      heldOutBySet.put(s, mine);
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %s | %.3f | %.3f | %.3f | %.3f |%n",
              s,
              mine.get(0).records(),
              mine.get(0).relevant(),
              chosen,
              mean(mine, r -> r.metrics().wss95()),
              mean(mine, r -> r.metrics().rrf10()),
              mean(nb, r -> r.metrics().wss95()),
              mean(nb, r -> r.metrics().rrf10())));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| **mean over sets** | | | | **%.3f** | **%.3f** | %.3f | %.3f |%n",
            setMean(heldOutRuns, r -> r.metrics().wss95()),
            setMean(heldOutRuns, r -> r.metrics().rrf10()),
            setMean(baselineRuns, r -> r.metrics().wss95()),
            setMean(baselineRuns, r -> r.metrics().rrf10())));

    md.append(
        "\nStopping, on the held-out setting's runs: the hypergeometric rule, its ceiling (the rule"
            + " on a perfect ranking), and the knee method (heuristic). Saved (a) = (N − screened)"
            + " / (N − relevant); saved (b) = (N − screened) / (N − records_to_95) of the same"
            + " run (for the ceiling, of the perfect ranking).\n\n");
    md.append(
        "| set | recall at stop (min) | runs ≥ 95% | saved (a) | saved (b) | ceiling: screened |"
            + " ceiling (a) | ceiling (b) | knee: recall (min) | knee: runs ≥ 95% | knee saved (a)"
            + " | knee saved (b) |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    HypergeometricStoppingRule rule = HypergeometricStoppingRule.standard();
    List<StoppingCeiling> ceilings = new ArrayList<>();
    for (Map.Entry<String, List<Run>> e : heldOutBySet.entrySet()) {
      List<Run> mine = e.getValue();
      StoppingCeiling ceiling =
          StoppingCeiling.of(rule, mine.get(0).records(), mine.get(0).relevant());
      ceilings.add(ceiling);
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.3f | %d/%d | %.2f | %.2f | %d | %.2f | %.2f | %.3f | %d/%d | %.2f | %.2f"
                  + " |%n",
              e.getKey(),
              mine.stream().mapToDouble(Run::recallAtStop).min().orElse(Double.NaN),
              mine.stream().filter(r -> r.recallAtStop() >= 0.95).count(),
              mine.size(),
              mean(mine, Run::savedVsPerfect),
              mean(mine, Run::savedVsOracle),
              ceiling.screenedAtStop(),
              ceiling.savedVsRelevantOnly(),
              ceiling.savedVsOracleStop(),
              mine.stream().mapToDouble(Run::kneeRecallAtStop).min().orElse(Double.NaN),
              mine.stream().filter(r -> r.kneeRecallAtStop() >= 0.95).count(),
              mine.size(),
              mean(mine, Run::kneeSavedVsPerfect),
              mean(mine, Run::kneeSavedVsOracle)));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| **mean over sets** | %.3f | %d/%d | %.2f | %.2f | | %.2f | %.2f | %.3f | %d/%d | %.2f"
                + " | %.2f |%n",
            heldOutRuns.stream().mapToDouble(Run::recallAtStop).min().orElse(Double.NaN),
            heldOutRuns.stream().filter(r -> r.recallAtStop() >= 0.95).count(),
            heldOutRuns.size(),
            setMean(heldOutRuns, Run::savedVsPerfect),
            setMean(heldOutRuns, Run::savedVsOracle),
            ceilings.stream().mapToDouble(StoppingCeiling::savedVsRelevantOnly).average().orElse(0),
            ceilings.stream().mapToDouble(StoppingCeiling::savedVsOracleStop).average().orElse(0),
            heldOutRuns.stream().mapToDouble(Run::kneeRecallAtStop).min().orElse(Double.NaN),
            heldOutRuns.stream().filter(r -> r.kneeRecallAtStop() >= 0.95).count(),
            heldOutRuns.size(),
            setMean(heldOutRuns, Run::kneeSavedVsPerfect),
            setMean(heldOutRuns, Run::kneeSavedVsOracle)));
    StoppingCeiling large = StoppingCeiling.of(rule, LARGE_RECORDS, LARGE_RELEVANT);
    md.append(
        String.format(
            Locale.ROOT,
            "%nCeiling for a larger review, %,d records with %,d relevant: the rule stops after %,d"
                + " (a run of %,d irrelevant after the last relevant), saved (a) %.2f, saved (b)"
                + " %.2f.%n",
            large.records(),
            large.relevant(),
            large.screenedAtStop(),
            large.run(),
            large.savedVsRelevantOnly(),
            large.savedVsOracleStop()));

    md.append(
        "\nEvery candidate on every set (mean over seeds: WSS@95 / RRF@10 / saved (a) / saved"
            + " (b)):\n\n");
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
                " %.3f / %.3f / %.2f / %.2f |",
                mean(rs, r -> r.metrics().wss95()),
                mean(rs, r -> r.metrics().rrf10()),
                mean(rs, Run::savedVsPerfect),
                mean(rs, Run::savedVsOracle)));
      }
      md.append('\n');
    }
    md.append("| **mean** |");
    for (Candidate c : CANDIDATES) {
      List<Run> rs = runs.stream().filter(r -> r.candidate().equals(c.name())).toList();
      md.append(
          String.format(
              Locale.ROOT,
              " %.3f / %.3f / %.2f / %.2f |",
              setMean(rs, r -> r.metrics().wss95()),
              setMean(rs, r -> r.metrics().rrf10()),
              setMean(rs, Run::savedVsPerfect),
              setMean(rs, Run::savedVsOracle)));
    }
    md.append('\n');
    md.append(pairedDifferences(runs, sets));
    return md.toString();
  }

  /** The setting every other candidate is compared with: the default of the ranking. */
  static final String DEFAULT_CANDIDATE = "logistic C=1 +title words";

  /**
   * Each candidate against the default, set by set: the mean of the per-set differences of mean
   * WSS@95 (and of RRF@10), its standard error (the sets' standard deviation over the square root
   * of their number) and on how many sets it is better, worse or equal (WSS@95 to three decimals);
   * and how many held-out folds chose each candidate.
   */
  static String pairedDifferences(List<Run> runs, List<String> sets) {
    StringBuilder md = new StringBuilder();
    md.append(
        "\nEach candidate against "
            + DEFAULT_CANDIDATE
            + " (mean over sets of the per-set difference of the mean over seeds, ± its standard"
            + " error; folds = held-out sets for which leave-one-set-out chose it):\n\n");
    md.append(
        "| candidate | mean WSS@95 | WSS@95 difference | better / worse / equal | RRF@10 difference"
            + " | folds |\n");
    md.append("|---|---:|---:|---|---:|---:|\n");
    Map<String, Long> folds = new LinkedHashMap<>();
    for (String s : sets) {
      folds.merge(chosenWithout(runs, s), 1L, Long::sum);
    }
    for (Candidate c : CANDIDATES) {
      Paired wss = Paired.of(runs, sets, c.name(), r -> r.metrics().wss95());
      Paired rrf = Paired.of(runs, sets, c.name(), r -> r.metrics().rrf10());
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.3f | %+.4f ± %.4f | %d / %d / %d | %+.4f ± %.4f | %d |%n",
              c.name(),
              setMean(
                  runs.stream().filter(r -> r.candidate().equals(c.name())).toList(),
                  r -> r.metrics().wss95()),
              wss.mean(),
              wss.standardError(),
              wss.better(),
              wss.worse(),
              sets.size() - wss.better() - wss.worse(),
              rrf.mean(),
              rrf.standardError(),
              folds.getOrDefault(c.name(), 0L)));
    }
    return md.toString();
  }

  /** A candidate's per-set differences from the default in one figure. */
  record Paired(double mean, double standardError, int better, int worse) {
    static Paired of(
        List<Run> runs,
        List<String> sets,
        String candidate,
        java.util.function.ToDoubleFunction<Run> figure) {
      double[] diff = new double[sets.size()];
      int better = 0;
      int worse = 0;
      for (int i = 0; i < sets.size(); i++) {
        double mine = setFigure(runs, sets.get(i), candidate, figure);
        double reference = setFigure(runs, sets.get(i), DEFAULT_CANDIDATE, figure);
        diff[i] = mine - reference;
        long rounded = Math.round(mine * 1000) - Math.round(reference * 1000);
        better += rounded > 0 ? 1 : 0;
        worse += rounded < 0 ? 1 : 0;
      }
      double mean = java.util.Arrays.stream(diff).average().orElse(Double.NaN);
      double variance =
          java.util.Arrays.stream(diff).map(d -> (d - mean) * (d - mean)).sum() / (diff.length - 1);
      return new Paired(mean, Math.sqrt(variance / diff.length), better, worse);
    }
  }

  /** A candidate's mean of a figure over the seeds on one set. */
  private static double setFigure(
      List<Run> runs, String set, String candidate, java.util.function.ToDoubleFunction<Run> f) {
    return mean(
        runs.stream().filter(r -> r.set().equals(set) && r.candidate().equals(candidate)).toList(),
        f);
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
