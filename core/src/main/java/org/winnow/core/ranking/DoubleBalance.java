package org.winnow.core.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * ASReview's "double balance" resampling (Ferdinands et al.): each training round keeps the
 * training set's size {@code n} but changes its mix. With {@code n1} relevant and {@code n0}
 * irrelevant screened items, the relevant ones weigh {@code w1 = a (n1 / n0)^-alpha} each and the
 * irrelevant ones {@code w0 = 1 - (1 - b) (1 + ln n)^-beta}; the relevant items get {@code w1 n1 n
 * / (w1 n1 + w0 n0)} of the places (rounded up or down at random in proportion to the fraction, at
 * least 1 and at most {@code n - 2}), the irrelevant ones the rest. A class that gets more places
 * than it has items is repeated whole as often as fits and the remainder drawn without replacement;
 * one that gets fewer is drawn without replacement. So the few relevant items are repeated and the
 * many irrelevant ones subsampled, less so as screening goes on. It replaces class weights: the
 * model it feeds weighs every example the same.
 */
public final class DoubleBalance implements TrainingSetStrategy {
  /** ASReview's published defaults. */
  public static final double DEFAULT_A = 2.155;

  public static final double DEFAULT_ALPHA = 0.94;
  public static final double DEFAULT_B = 0.789;
  public static final double DEFAULT_BETA = 1.0;

  /** Seeds the draws, with the examples (see {@link TrainingSetStrategy#randomFor}). */
  static final long SEED = 0x5EEDDB;

  private final double a;
  private final double alpha;
  private final double b;
  private final double beta;

  public DoubleBalance(double a, double alpha, double b, double beta) {
    this.a = a;
    this.alpha = alpha;
    this.b = b;
    this.beta = beta;
  }

  /** With ASReview's published defaults. */
  public static DoubleBalance standard() {
    return new DoubleBalance(DEFAULT_A, DEFAULT_ALPHA, DEFAULT_B, DEFAULT_BETA);
  }

  @Override
  public String id() {
    return "double";
  }

  @Override
  public String settings() {
    return String.format(
        Locale.ROOT, "double balance a=%s, alpha=%s, b=%s, beta=%s", a, alpha, b, beta);
  }

  /** The weight of each relevant item. */
  double relevantWeight(int relevant, int irrelevant) {
    return a * Math.pow((double) relevant / irrelevant, -alpha);
  }

  /** The weight of each irrelevant item. */
  double irrelevantWeight(int screened) {
    return 1 - (1 - b) * Math.pow(1 + Math.log(screened), -beta);
  }

  /** The expected number of places for the relevant items, before rounding. */
  double relevantShare(int relevant, int irrelevant) {
    int n = relevant + irrelevant;
    double w1 = relevantWeight(relevant, irrelevant) * relevant;
    double w0 = irrelevantWeight(n) * irrelevant;
    return w1 * n / (w1 + w0);
  }

  @Override
  public List<TrainingExample> prepare(TextFeatures features, List<TrainingExample> examples) {
    int[] relevant =
        examples.stream().filter(TrainingExample::relevant).mapToInt(e -> e.item()).toArray();
    int[] irrelevant =
        examples.stream().filter(e -> !e.relevant()).mapToInt(TrainingExample::item).toArray();
    if (relevant.length == 0 || irrelevant.length == 0) {
      throw new IllegalArgumentException("training needs at least one relevant and one irrelevant");
    }
    int n = examples.size();
    Random random = TrainingSetStrategy.randomFor(SEED, examples);
    double share = relevantShare(relevant.length, irrelevant.length);
    int relevantPlaces = (int) Math.floor(share);
    if (random.nextDouble() < share - relevantPlaces) {
      relevantPlaces++;
    }
    relevantPlaces = Math.max(1, Math.min(n - 2, relevantPlaces));
    List<TrainingExample> out = new ArrayList<>(n);
    fill(relevant, relevantPlaces, true, random, out);
    fill(irrelevant, n - relevantPlaces, false, random, out);
    Collections.shuffle(out, random);
    return out;
  }

  /** Adds {@code places} examples of one class: whole copies, then a draw without replacement. */
  private static void fill(
      int[] items, int places, boolean relevant, Random random, List<TrainingExample> out) {
    for (int copy = 0; copy < places / items.length; copy++) {
      for (int item : items) {
        out.add(new TrainingExample(item, relevant));
      }
    }
    for (int item :
        TrainingSetStrategy.drawWithoutReplacement(items, places % items.length, random)) {
      out.add(new TrainingExample(item, relevant));
    }
  }
}
