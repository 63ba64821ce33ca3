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

  /** A new instance (models cache per feature set: one per run and thread). */
  public static RankingModel create(String id) {
    return switch (id) {
      case "svm" -> new LinearRankingModel(LinearRankingModel.Loss.SVM, LINEAR_C, true);
      case "logistic" -> new LinearRankingModel(LinearRankingModel.Loss.LOGISTIC, LINEAR_C, true);
      case "nb" -> new NaiveBayesRankingModel(NaiveBayesRankingModel.ASREVIEW_ALPHA);
      default ->
          throw new IllegalArgumentException(
              "unknown ranking model '" + id + "' (known: " + String.join(", ", ids()) + ")");
    };
  }
}
