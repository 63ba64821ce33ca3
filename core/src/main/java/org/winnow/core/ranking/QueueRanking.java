package org.winnow.core.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders one reviewer's queue at one stage: by a ranking model trained on the labels this reviewer
 * may see, in a seeded random order, or as the file had them. Pure: the same items, texts, labels
 * and seed give the same order. Ties (and the random order) are broken by a seeded hash of the item
 * id, so an item keeps its place among the others while the queue shrinks.
 */
public final class QueueRanking {
  /**
   * A ranked queue.
   *
   * @param order the order actually used ({@link ScreeningOrder#RANDOM} when prioritised was asked
   *     for before the labels held one relevant and one irrelevant item)
   * @param items the queue in that order
   * @param scores each queued item's score (prioritised only, else empty): higher is more likely
   *     relevant
   * @param trainedOn labelled items the model learnt from (0 unless prioritised)
   * @param relevantTrainedOn how many of them were relevant
   */
  public record Ranked(
      ScreeningOrder order,
      List<Long> items,
      Map<Long, Double> scores,
      int trainedOn,
      int relevantTrainedOn) {
    public Ranked {
      items = List.copyOf(items);
      scores = Map.copyOf(scores);
    }

    /** The estimate of the relevant items left in this queue; empty unless prioritised. */
    public java.util.Optional<RelevantLeftEstimate> relevantLeft() {
      return scores.isEmpty()
          ? java.util.Optional.empty()
          : java.util.Optional.of(
              RelevantLeftEstimate.of(
                  scores.values(), relevantTrainedOn, trainedOn - relevantTrainedOn));
    }
  }

  private QueueRanking() {}

  /** The order to use when none is asked for: prioritised once the labels allow it, else random. */
  public static ScreeningOrder defaultOrder(Map<Long, Boolean> labels) {
    return trainable(labels) ? ScreeningOrder.PRIORITISED : ScreeningOrder.RANDOM;
  }

  /** Whether a model can learn from these labels: one relevant and one irrelevant item at least. */
  public static boolean trainable(Map<Long, Boolean> labels) {
    return labels.containsValue(Boolean.TRUE) && labels.containsValue(Boolean.FALSE);
  }

  /**
   * Orders the queue.
   *
   * @param requested the order asked for, or null for {@link #defaultOrder}
   * @param queue the items to order, in file order
   * @param features the features of every item of the stage
   * @param index each item's position in {@code features}
   * @param labels item → relevant, what the model may learn from
   * @param seed seeds the random order and the order among equal scores
   * @param model the ranking model (used only when prioritised)
   */
  public static Ranked rank(
      ScreeningOrder requested,
      List<Long> queue,
      TextFeatures features,
      Map<Long, Integer> index,
      Map<Long, Boolean> labels,
      long seed,
      RankingModel model) {
    ScreeningOrder order = requested == null ? defaultOrder(labels) : requested;
    if (order == ScreeningOrder.PRIORITISED && !trainable(labels)) {
      order = ScreeningOrder.RANDOM;
    }
    if (order == ScreeningOrder.FILE) {
      return new Ranked(order, queue, Map.of(), 0, 0);
    }
    Comparator<Long> random = Comparator.comparingLong(item -> mix(seed, item));
    List<Long> items = new ArrayList<>(queue);
    if (order == ScreeningOrder.RANDOM) {
      items.sort(random.thenComparing(Comparator.naturalOrder()));
      return new Ranked(order, items, Map.of(), 0, 0);
    }
    List<TrainingExample> examples = new ArrayList<>();
    labels.entrySet().stream()
        .filter(e -> index.containsKey(e.getKey()))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> examples.add(new TrainingExample(index.get(e.getKey()), e.getValue())));
    RankingModel.Scores trained = model.train(features, examples);
    Map<Long, Double> scores = new HashMap<>();
    for (long item : queue) {
      Integer i = index.get(item);
      scores.put(item, i == null ? Double.NEGATIVE_INFINITY : trained.score(i));
    }
    items.sort(
        Comparator.<Long>comparingDouble(scores::get)
            .reversed()
            .thenComparing(random)
            .thenComparing(Comparator.naturalOrder()));
    int relevant = (int) examples.stream().filter(TrainingExample::relevant).count();
    return new Ranked(order, items, scores, examples.size(), relevant);
  }

  /** A seeded hash of an item id (SplitMix64's finaliser): the item's random position. */
  static long mix(long seed, long item) {
    long z = seed + item * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
