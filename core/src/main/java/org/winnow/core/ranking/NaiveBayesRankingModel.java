package org.winnow.core.ranking;

import java.util.List;
import java.util.Locale;

/**
 * The baseline: multinomial naive Bayes on TF-IDF weights, as ASReview's default model (its
 * smoothing {@link #ASREVIEW_ALPHA}, class priors from the training set). The word counts of each
 * class are weighted by the balanced class weights, as ASReview rebalances its training data: the
 * few relevant items would otherwise be drowned by the smoothing (unless the training set is
 * resampled instead, {@link DoubleBalance}: then every example weighs the same). The score is the
 * log posterior odds of relevance.
 */
public final class NaiveBayesRankingModel implements RankingModel {
  /** ASReview's tuned additive smoothing for its naive Bayes model. */
  public static final double ASREVIEW_ALPHA = 3.822;

  private final double alpha;
  private final boolean balanced;

  /** With balanced class weights. */
  public NaiveBayesRankingModel(double alpha) {
    this(alpha, true);
  }

  public NaiveBayesRankingModel(double alpha, boolean balanced) {
    this.alpha = alpha;
    this.balanced = balanced;
  }

  @Override
  public String id() {
    return "nb";
  }

  @Override
  public String label() {
    return "multinomial naive Bayes (baseline)";
  }

  @Override
  public String settings() {
    return String.format(
        Locale.ROOT, "alpha=%s, class weights %s", alpha, balanced ? "balanced" : "equal");
  }

  @Override
  public Scores train(TextFeatures features, List<TrainingExample> examples) {
    int d = features.dimensions();
    double[] relevant = new double[d];
    double[] irrelevant = new double[d];
    double relevantMass = 0;
    double irrelevantMass = 0;
    ClassWeights classWeights = balanced ? ClassWeights.balanced(examples) : ClassWeights.EQUAL;
    int positives = 0;
    for (TrainingExample e : examples) {
      SparseVector v = features.vector(e.item());
      double[] into = e.relevant() ? relevant : irrelevant;
      double weight = e.relevant() ? classWeights.relevant() : classWeights.irrelevant();
      for (int j = 0; j < v.terms().length; j++) {
        into[v.terms()[j]] += weight * v.weights()[j];
        if (e.relevant()) {
          relevantMass += weight * v.weights()[j];
        } else {
          irrelevantMass += weight * v.weights()[j];
        }
      }
      positives += e.relevant() ? 1 : 0;
    }
    int negatives = examples.size() - positives;
    double[] logRatio = new double[d];
    double relevantTotal = relevantMass + alpha * d;
    double irrelevantTotal = irrelevantMass + alpha * d;
    for (int j = 0; j < d; j++) {
      logRatio[j] =
          Math.log((relevant[j] + alpha) / relevantTotal)
              - Math.log((irrelevant[j] + alpha) / irrelevantTotal);
    }
    double prior = Math.log((double) positives / negatives);
    return item -> prior + features.vector(item).dot(logRatio);
  }
}
