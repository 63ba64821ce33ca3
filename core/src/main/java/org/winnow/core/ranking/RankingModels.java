package org.winnow.core.ranking;

import java.util.List;

/**
 * The registry of ranking models by id, each with the settings chosen in docs/prioritisation.md.
 */
public final class RankingModels {
  /**
   * The model used when none is named: logistic regression, chosen by leave-one-set-out on the
   * labelled sets (docs/prioritisation.md), where it was chosen for every held-out set.
   */
  public static final String DEFAULT = "logistic";

  /** LIBLINEAR's regularisation constant C for both linear models (its default). */
  public static final double LINEAR_C = 1.0;

  private RankingModels() {}

  public static List<String> ids() {
    return List.of("svm", "logistic", "nb");
  }

  /**
   * How a model makes up for the few relevant items: balanced class weights (the default), or
   * ASReview's double balance resampling of the training set ({@link DoubleBalance}) instead;
   * measured in docs/prioritisation.md and not chosen.
   */
  public enum Balance {
    WEIGHTS("weights"),
    DOUBLE("double");

    private final String id;

    Balance(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static List<String> ids() {
      return NamedChoices.ids(Balance.class, Balance::id);
    }

    public static Balance of(String id) {
      return NamedChoices.of(Balance.class, Balance::id, "balance", id);
    }
  }

  /** A new instance (models cache per feature set: one per run and thread). */
  public static RankingModel create(String id) {
    return create(id, Balance.WEIGHTS, 0);
  }

  /**
   * A new instance with the training set made as asked.
   *
   * @param balance class weights or double balance resampling
   * @param pseudoNegatives random unscreened items added per training round as irrelevant ({@link
   *     RandomPseudoNegatives}), 0 for none; not with double balance (not measured together)
   */
  public static RankingModel create(String id, Balance balance, int pseudoNegatives) {
    if (pseudoNegatives < 0) {
      throw new IllegalArgumentException("pseudo-negatives: 0 or more, not " + pseudoNegatives);
    }
    if (balance == Balance.DOUBLE && pseudoNegatives > 0) {
      throw new IllegalArgumentException(
          "double balance and pseudo-negatives were measured apart only; use one of them");
    }
    boolean weighted = balance == Balance.WEIGHTS;
    RankingModel model =
        switch (id) {
          case "svm" -> new LinearRankingModel(LinearRankingModel.Loss.SVM, LINEAR_C, weighted);
          case "logistic" ->
              new LinearRankingModel(LinearRankingModel.Loss.LOGISTIC, LINEAR_C, weighted);
          case "nb" -> new NaiveBayesRankingModel(NaiveBayesRankingModel.ASREVIEW_ALPHA, weighted);
          default ->
              throw new IllegalArgumentException(
                  "unknown ranking model '" + id + "' (known: " + String.join(", ", ids()) + ")");
        };
    if (balance == Balance.DOUBLE) {
      return new ResampledRankingModel(model, DoubleBalance.standard());
    }
    return pseudoNegatives == 0
        ? model
        : new ResampledRankingModel(model, new RandomPseudoNegatives(pseudoNegatives));
  }
}
