package org.winnow.core.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A simulated prioritised screening of a labelled set, as ASReview simulates it: a few known
 * includes and excludes (chosen with the seed), then repeatedly train the model on every decision
 * so far, rank the unscreened items and screen the best {@code batchSize} of them (the label
 * reveals the decision), until every relevant item is found. The rest follow in seeded random
 * order. A stopping rule is asked after every batch (its checkpoints); the point where it first
 * says stop is recorded with the true recall there.
 */
public final class Simulation {
  private Simulation() {}

  public static SimulationResult run(
      LabelledSet set, TextFeatures features, RankingModel model, SimulationSettings settings) {
    int n = set.size();
    int relevant = set.relevantCount();
    List<Integer> included = new ArrayList<>();
    List<Integer> excluded = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (set.items().get(i).relevant() ? included : excluded).add(i);
    }
    if (settings.priorIncluded() > included.size() || settings.priorExcluded() > excluded.size()) {
      throw new IllegalArgumentException(
          "the set has "
              + included.size()
              + " relevant and "
              + excluded.size()
              + " irrelevant items: too few for the prior knowledge asked");
    }
    Random random = new Random(settings.seed());
    Collections.shuffle(included, random);
    Collections.shuffle(excluded, random);
    // equal scores are ordered at random, not by position in the file (files are often sorted)
    List<Integer> tieOrder = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tieOrder.add(i);
    }
    Collections.shuffle(tieOrder, random);
    int[] tieRank = new int[n];
    for (int r = 0; r < n; r++) {
      tieRank[tieOrder.get(r)] = r;
    }

    Run run = new Run(set, n);
    included.subList(0, settings.priorIncluded()).forEach(run::screen);
    excluded.subList(0, settings.priorExcluded()).forEach(run::screen);
    int trainings = 0;
    while (run.history.relevantFound() < relevant) {
      RankingModel.Scores scores = model.train(features, run.examples);
      trainings++;
      List<Integer> unscreened = new ArrayList<>(n - run.order.size());
      double[] score = new double[n];
      for (int i = 0; i < n; i++) {
        if (!run.screened[i]) {
          unscreened.add(i);
          score[i] = scores.score(i);
        }
      }
      unscreened.sort(
          Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> tieRank[i]));
      for (int i = 0;
          i < Math.min(settings.batchSize(), unscreened.size())
              && run.history.relevantFound() < relevant;
          i++) {
        run.screen(unscreened.get(i));
      }
      run.checkpoint();
    }
    RecallMetrics metrics = RecallMetrics.of(run.history, n, relevant);
    int sinceAsked = 0;
    for (int r = 0; r < n; r++) { // the rest: all irrelevant, in seeded random order
      int item = tieOrder.get(r);
      if (!run.screened[item]) {
        run.screen(item);
        if (++sinceAsked == settings.batchSize()) {
          run.checkpoint();
          sinceAsked = 0;
        }
      }
    }
    run.checkpoint();
    StopPoint stop =
        settings.stop() == null
            ? null
            : StopPoint.first(settings.stop(), run.relevantInOrder, run.checkpoints);
    return new SimulationResult(run.order, metrics, stop, run.checkpoints, trainings);
  }

  /** The state of one simulated screening. */
  private static final class Run {
    private final LabelledSet set;
    private final boolean[] screened;
    private final List<Integer> order = new ArrayList<>();
    private final List<Boolean> relevantInOrder = new ArrayList<>();
    private final List<TrainingExample> examples = new ArrayList<>();
    private final ScreeningHistory history = new ScreeningHistory();
    private final List<Integer> checkpoints = new ArrayList<>();

    Run(LabelledSet set, int records) {
      this.set = set;
      this.screened = new boolean[records];
    }

    void screen(int item) {
      boolean relevant = set.items().get(item).relevant();
      screened[item] = true;
      order.add(item);
      relevantInOrder.add(relevant);
      examples.add(new TrainingExample(item, relevant));
      history.add(relevant);
    }

    /** A point where a stopping rule is asked (after each batch), once per number screened. */
    void checkpoint() {
      if (checkpoints.isEmpty() || checkpoints.get(checkpoints.size() - 1) < history.screened()) {
        checkpoints.add(history.screened());
      }
    }
  }
}
