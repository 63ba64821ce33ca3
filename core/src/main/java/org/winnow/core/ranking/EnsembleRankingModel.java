package org.winnow.core.ranking;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mean of several models' rank-normalised scores: each model scores every item, its scores are
 * replaced by their rank among all items scaled to [0, 1] (equal scores share their mean rank), and
 * an item's score is the mean over the models. Ranks, not raw scores, because the models' scores
 * are on different scales (a decision value, a log odds).
 */
public final class EnsembleRankingModel implements RankingModel {
  private final List<RankingModel> members;

  public EnsembleRankingModel(List<RankingModel> members) {
    if (members.size() < 2) {
      throw new IllegalArgumentException("an ensemble needs at least two models");
    }
    this.members = List.copyOf(members);
  }

  @Override
  public String id() {
    return members.stream().map(RankingModel::id).collect(Collectors.joining("+"));
  }

  @Override
  public String label() {
    return "mean rank of "
        + members.stream().map(RankingModel::label).collect(Collectors.joining(" and "));
  }

  @Override
  public String settings() {
    return members.stream()
        .map(m -> m.id() + ": " + m.settings())
        .collect(Collectors.joining("; "));
  }

  @Override
  public Scores train(TextFeatures features, List<TrainingExample> examples) {
    int n = features.size();
    double[] mean = new double[n];
    for (RankingModel member : members) {
      Scores scores = member.train(features, examples);
      double[] raw = new double[n];
      for (int i = 0; i < n; i++) {
        raw[i] = scores.score(i);
      }
      double[] rank = normalisedRanks(raw);
      for (int i = 0; i < n; i++) {
        mean[i] += rank[i] / members.size();
      }
    }
    return item -> mean[item];
  }

  /** Each value's rank among all, 0 for the lowest and 1 for the highest; ties share their mean. */
  static double[] normalisedRanks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] rank = new double[n];
    double scale = n > 1 ? n - 1 : 1;
    for (int from = 0; from < n; ) {
      int to = from;
      while (to + 1 < n && values[order[to + 1]] == values[order[from]]) {
        to++;
      }
      double shared = (from + to) / 2.0 / scale;
      for (int k = from; k <= to; k++) {
        rank[order[k]] = shared;
      }
      from = to + 1;
    }
    return rank;
  }
}
