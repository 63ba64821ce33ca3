package org.winnow.core.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.winnow.core.model.Stage;
import org.winnow.core.ranking.QueueRanking;
import org.winnow.core.ranking.RankingModels;
import org.winnow.core.ranking.RankingText;
import org.winnow.core.ranking.ScreeningOrder;
import org.winnow.core.ranking.TextFeatures;

/**
 * The ranking behind prioritised screening in one open project: one model per (stage, reviewer),
 * cached with the labels it was trained on. When new labels arrive the model is retrained in a
 * background thread and the last ranking is served meanwhile, so asking for the next item never
 * waits for training (unless the caller asks to wait, as the one-shot CLI does). The features of a
 * stage's items are built once per set of items.
 */
final class ProjectRanking implements AutoCloseable {
  private record Key(Stage stage, long reviewer) {}

  /** A ranking of every item of a stage, and the labels its model learnt from. */
  private record Trained(Map<Long, Boolean> labels, QueueRanking.Ranked ranked) {}

  /** The features of one stage's items. */
  private record StageFeatures(List<Long> items, TextFeatures features, Map<Long, Integer> index) {}

  private final Map<Key, Trained> trained = new ConcurrentHashMap<>();
  private final Map<Key, Future<?>> pending = new ConcurrentHashMap<>();
  private final Map<Stage, StageFeatures> features = new ConcurrentHashMap<>();
  private final ExecutorService trainer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "winnow-ranking");
            t.setDaemon(true);
            return t;
          });

  /**
   * Orders a reviewer's queue.
   *
   * @param items every item of the stage, in file order
   * @param texts reads the text of those items (called only when the features must be built)
   * @param wait train now when the cached model is missing or stale, instead of in the background
   */
  QueueRanking.Ranked rank(
      Stage stage,
      long reviewer,
      ScreeningOrder requested,
      List<Long> queue,
      List<Long> items,
      Supplier<List<RankingText>> texts,
      Map<Long, Boolean> labels,
      long seed,
      boolean wait) {
    ScreeningOrder order = requested == null ? QueueRanking.defaultOrder(labels) : requested;
    if (order != ScreeningOrder.PRIORITISED || !QueueRanking.trainable(labels)) {
      return QueueRanking.rank(order, queue, null, Map.of(), labels, seed, null);
    }
    Key key = new Key(stage, reviewer);
    Map<Long, Boolean> snapshot = Map.copyOf(labels);
    Trained last = trained.get(key);
    if (last == null || !last.labels().equals(snapshot)) {
      if (wait) {
        last = train(key, items, texts, snapshot, seed);
      } else {
        retrainLater(key, items, texts, snapshot, seed);
        if (last == null) {
          // nothing trained yet for this reviewer: random until the first model is ready
          return QueueRanking.rank(
              ScreeningOrder.RANDOM, queue, null, Map.of(), labels, seed, null);
        }
      }
    }
    return servedFrom(last.ranked(), queue);
  }

  /** Waits for any background training (tests, and closing the project). */
  void awaitTraining() {
    for (Future<?> f : new ArrayList<>(pending.values())) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (java.util.concurrent.ExecutionException e) {
        // a failed background training leaves the last ranking in place
      }
    }
  }

  private void retrainLater(
      Key key,
      List<Long> items,
      Supplier<List<RankingText>> texts,
      Map<Long, Boolean> labels,
      long seed) {
    pending.compute(
        key,
        (k, running) -> {
          if (running != null && !running.isDone()) {
            return running; // the next request after it finishes retrains on newer labels
          }
          return trainer.submit(() -> train(key, items, texts, labels, seed));
        });
  }

  private Trained train(
      Key key,
      List<Long> items,
      Supplier<List<RankingText>> texts,
      Map<Long, Boolean> labels,
      long seed) {
    StageFeatures f = features(key.stage(), items, texts);
    QueueRanking.Ranked ranked =
        QueueRanking.rank(
            ScreeningOrder.PRIORITISED,
            items,
            f.features(),
            f.index(),
            labels,
            seed,
            RankingModels.create(RankingModels.DEFAULT));
    Trained t = new Trained(labels, ranked);
    trained.merge(key, t, (old, now) -> now);
    return t;
  }

  private StageFeatures features(Stage stage, List<Long> items, Supplier<List<RankingText>> texts) {
    StageFeatures f = features.get(stage);
    if (f != null && f.items().equals(items)) {
      return f;
    }
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i), i);
    }
    StageFeatures built =
        new StageFeatures(List.copyOf(items), TextFeatures.of(texts.get()), Map.copyOf(index));
    features.put(stage, built);
    return built;
  }

  /** The queue in the order of a ranking of every item; items it does not know come last. */
  private static QueueRanking.Ranked servedFrom(QueueRanking.Ranked all, List<Long> queue) {
    Set<Long> wanted = new HashSet<>(queue);
    List<Long> out = new ArrayList<>();
    Map<Long, Double> scores = new HashMap<>();
    for (long item : all.items()) {
      if (wanted.remove(item)) {
        out.add(item);
        scores.put(item, all.scores().get(item));
      }
    }
    for (long item : queue) {
      if (wanted.contains(item)) {
        out.add(item);
      }
    }
    return new QueueRanking.Ranked(
        all.order(), out, scores, all.trainedOn(), all.relevantTrainedOn());
  }

  @Override
  public void close() {
    trainer.shutdownNow();
  }
}
