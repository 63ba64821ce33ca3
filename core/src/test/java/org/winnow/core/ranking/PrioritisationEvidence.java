package org.winnow.core.ranking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
  /** Whether a candidate reads sentence embeddings ({@link EmbeddingFeatures}), and how. */
  enum Embedding {
    NONE,
    /** The embedding as the only features. */
    ALONE,
    /** The embedding beside the vocabulary's TF-IDF features. */
    BESIDE_WORDS
  }

  /** A model setting under evaluation, on the features of its vocabulary (and embedding). */
  record Candidate(
      String name,
      boolean baseline,
      TextFeatures.Vocabulary vocabulary,
      Embedding embedding,
      Supplier<RankingModel> model) {
    Candidate(
        String name,
        boolean baseline,
        TextFeatures.Vocabulary vocabulary,
        Supplier<RankingModel> model) {
      this(name, baseline, vocabulary, Embedding.NONE, model);
    }

    Candidate(String name, boolean baseline, Supplier<RankingModel> model) {
      this(name, baseline, TextFeatures.Vocabulary.WORDS, model);
    }

    /** What its features are made of: candidates with the same key share one feature set. */
    String featuresKey() {
      return embedding == Embedding.ALONE ? "embedding" : vocabulary + "/" + embedding;
    }
  }

  /** One set's embedding: from the cache or embedded now, and its records longer than the cut. */
  record EmbeddingTime(String set, int records, boolean fromCache, long nanos, int cut) {}

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

  /** The candidates of sessions 5 to 7: bags of words. */
  static final List<Candidate> BAG_OF_WORDS =
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
                      RandomPseudoNegatives.DEFAULT_COUNT)));

  /**
   * Session 7's candidates: all-MiniLM-L6-v2 sentence embeddings, alone or beside the default's
   * words and title words; logistic regression C = 1, balanced class weights (the default model).
   */
  static final List<Candidate> SENTENCE_EMBEDDINGS =
      List.of(
          new Candidate(
              "logistic C=1 +embeddings",
              false,
              TextFeatures.Vocabulary.WORDS,
              Embedding.ALONE,
              () -> RankingModels.create("logistic")),
          new Candidate(
              "logistic C=1 +title words +embeddings",
              false,
              TextFeatures.Vocabulary.WORDS_AND_TITLE_WORDS,
              Embedding.BESIDE_WORDS,
              () -> RankingModels.create("logistic")));

  static final Candidate BASELINE =
      new Candidate("nb (baseline)", true, () -> RankingModels.create("nb"));

  /**
   * Every candidate of this run: the embedding ones only when the profile {@code embeddings}
   * compiled the model (core/pom.xml), the baseline last.
   */
  static final List<Candidate> CANDIDATES = candidates(SentenceEmbedder.available());

  static List<Candidate> candidates(boolean withEmbeddings) {
    List<Candidate> all = new ArrayList<>(BAG_OF_WORDS);
    if (withEmbeddings) {
      all.addAll(SENTENCE_EMBEDDINGS);
    }
    all.add(BASELINE);
    return List.copyOf(all);
  }

  /** Where the sets' embeddings are kept between runs (the working directory is core/). */
  static final Path EMBEDDING_CACHE = Path.of("target", "embeddings");

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
    return run(files, candidates, seeds, threads, new ArrayList<>());
  }

  /**
   * Runs every candidate on every set and seed; each set's embeddings, when a candidate needs them,
   * are had first (from the cache or embedded, nothing else running) and their time added to {@code
   * embeddingTimes}.
   */
  static List<Run> run(
      List<Path> files,
      List<Candidate> candidates,
      List<Long> seeds,
      int threads,
      List<EmbeddingTime> embeddingTimes)
      throws Exception {
    boolean embeddings = candidates.stream().anyMatch(c -> c.embedding() != Embedding.NONE);
    SentenceEmbedder embedder =
        embeddings
            ? SentenceEmbedder.miniLm()
                .orElseThrow(
                    () -> new IllegalStateException("embedding candidates need -Pembeddings"))
            : null;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Run>> futures = new ArrayList<>();
      // every set's embeddings first, before any simulation runs, so their time is their own
      List<LabelledSet> sets = new ArrayList<>();
      List<float[][]> embedded = new ArrayList<>();
      for (Path file : files) {
        LabelledSet set = LabelledSetCsv.read(file, null);
        sets.add(set);
        embedded.add(embeddings ? embeddings(file, set, embedder, embeddingTimes) : null);
      }
      for (int s = 0; s < sets.size(); s++) {
        LabelledSet set = sets.get(s);
        float[][] vectors = embedded.get(s);
        Map<String, TextFeatures> byKey = new HashMap<>();
        for (Candidate c : candidates) {
          TextFeatures f = byKey.computeIfAbsent(c.featuresKey(), k -> features(set, c, vectors));
          for (long seed : seeds) {
            futures.add(pool.submit(() -> simulate(set, f, c, seed)));
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

  /** A set's embeddings from the cache or embedded now; its time and cut records logged. */
  private static float[][] embeddings(
      Path file, LabelledSet set, SentenceEmbedder embedder, List<EmbeddingTime> log)
      throws java.io.IOException {
    EmbeddingCache.Embedded e = new EmbeddingCache(EMBEDDING_CACHE).vectors(file, set, embedder);
    int cut =
        (int)
            EmbeddingCache.texts(set).stream()
                .filter(t -> embedder.pieces(t) > embedder.limit())
                .count();
    log.add(new EmbeddingTime(setName(set), set.size(), e.fromCache(), e.nanos(), cut));
    return e.vectors();
  }

  /** A candidate's features of a set. */
  static TextFeatures features(LabelledSet set, Candidate c, float[][] embeddings) {
    return switch (c.embedding()) {
      case NONE -> TextFeatures.of(set.texts(), c.vocabulary());
      case ALONE -> EmbeddingFeatures.of(embeddings);
      case BESIDE_WORDS ->
          EmbeddingFeatures.concatenated(TextFeatures.of(set.texts(), c.vocabulary()), embeddings);
    };
  }

  private static String setName(LabelledSet set) {
    return set.name().replace(".csv", "");
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
        setName(set),
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

  /** The tables of docs/prioritisation.md as Markdown, then the embeddings' time if any. */
  static String report(List<Run> runs, List<EmbeddingTime> embeddingTimes) {
    return report(runs) + (embeddingTimes.isEmpty() ? "" : embeddingReport(embeddingTimes));
  }

  /**
   * Each set's embedding: records, those longer than the model reads (cut), and the time when it
   * was embedded in this run (not read from the cache); the time per 1,000 records over the sets
   * embedded, and what it gives, in proportion, for a review of {@link #LARGE_RECORDS} and of
   * 100,000 records.
   */
  static String embeddingReport(List<EmbeddingTime> times) {
    StringBuilder md = new StringBuilder();
    md.append(
        "\nSentence embeddings (title + \" \" + abstract, one per record): records longer than"
            + " the model reads are cut; time of each set embedded in this run (wall clock,"
            + " embedding only).\n\n");
    md.append("| set | records | cut | embedded | seconds | ms per record |\n");
    md.append("|---|---:|---:|---|---:|---:|\n");
    long records = 0;
    long nanos = 0;
    for (EmbeddingTime t : times) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d (%.0f%%) | %s | %s | %s |%n",
              t.set(),
              t.records(),
              t.cut(),
              100.0 * t.cut() / t.records(),
              t.fromCache() ? "from the cache" : "now",
              t.fromCache() ? "" : String.format(Locale.ROOT, "%.1f", t.nanos() / 1e9),
              t.fromCache()
                  ? ""
                  : String.format(Locale.ROOT, "%.2f", t.nanos() / 1e6 / t.records())));
      if (!t.fromCache()) {
        records += t.records();
        nanos += t.nanos();
      }
    }
    long all = times.stream().mapToLong(EmbeddingTime::records).sum();
    long cut = times.stream().mapToLong(EmbeddingTime::cut).sum();
    md.append(
        String.format(
            Locale.ROOT,
            "| **all** | %d | %d (%.0f%%) | | %s | |%n",
            all,
            cut,
            100.0 * cut / all,
            records == 0 ? "" : String.format(Locale.ROOT, "%.1f", nanos / 1e9)));
    if (records > 0) {
      double perThousand = nanos / 1e9 / records * 1000;
      md.append(
          String.format(
              Locale.ROOT,
              "%nEmbedding time: %.1f s per 1,000 records (%,d records embedded on %d cores);"
                  + " in proportion %.0f s for %,d records and %.0f s for 100,000.%n",
              perThousand,
              records,
              Runtime.getRuntime().availableProcessors(),
              perThousand * LARGE_RECORDS / 1000,
              LARGE_RECORDS,
              perThousand * 100));
    } else {
      md.append("\nEvery set's embeddings came from the cache: no time measured in this run.\n");
    }
    return md.toString();
  }

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
