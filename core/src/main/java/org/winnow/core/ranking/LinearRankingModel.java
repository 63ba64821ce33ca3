package org.winnow.core.ranking;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A linear model trained by LIBLINEAR on TF-IDF features: an L2-regularised L2-loss support vector
 * machine or logistic regression (both solved in the dual by coordinate descent, fast on sparse
 * text), with balanced class weights and a bias feature. The score is the decision value {@code w·x
 * + b}. LIBLINEAR's coordinate descent visits items in a random order: it is seeded here ({@link
 * #SOLVER_SEED}), so a training set always gives the same model.
 */
public final class LinearRankingModel implements RankingModel {
  /** Seed of LIBLINEAR's visiting order: training is a pure function of its input. */
  public static final long SOLVER_SEED = 1;

  /** LIBLINEAR's stopping tolerance for the dual solvers (its default). */
  public static final double TOLERANCE = 0.1;

  /** Which loss. */
  public enum Loss {
    SVM("svm", "linear SVM (L2-loss, LIBLINEAR)", SolverType.L2R_L2LOSS_SVC_DUAL),
    LOGISTIC("logistic", "logistic regression (LIBLINEAR)", SolverType.L2R_LR_DUAL);

    private final String id;
    private final String label;
    private final SolverType solver;

    Loss(String id, String label, SolverType solver) {
      this.id = id;
      this.label = label;
      this.solver = solver;
    }
  }

  private final Loss loss;
  private final double c;
  private final boolean balanced;
  private TextFeatures cachedFor;
  private Feature[][] rows;

  public LinearRankingModel(Loss loss, double c, boolean balanced) {
    this.loss = loss;
    this.c = c;
    this.balanced = balanced;
  }

  @Override
  public String id() {
    return loss.id;
  }

  @Override
  public String label() {
    return loss.label;
  }

  @Override
  public String settings() {
    return String.format(Locale.ROOT, "C=%s, class weights %s", c, balanced ? "balanced" : "equal");
  }

  @Override
  public Scores train(TextFeatures features, List<TrainingExample> examples) {
    Feature[][] all = rows(features);
    Problem problem = new Problem();
    problem.l = examples.size();
    problem.n = features.dimensions() + 1;
    problem.bias = 1;
    problem.x = new Feature[examples.size()][];
    problem.y = new double[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      TrainingExample e = examples.get(i);
      problem.x[i] = all[e.item()];
      problem.y[i] = e.relevant() ? 1 : -1;
    }
    ClassWeights weights = balanced ? ClassWeights.balanced(examples) : ClassWeights.EQUAL;
    Parameter parameter = new Parameter(loss.solver, c, TOLERANCE);
    parameter.setWeights(
        new double[] {weights.relevant(), weights.irrelevant()}, new int[] {1, -1});
    parameter.setRandom(new Random(SOLVER_SEED));
    Model model = Linear.train(problem, parameter);
    double[] w = model.getFeatureWeights();
    // a binary model's weights favour its first label
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    double bias = w[features.dimensions()];
    return item -> sign * (features.vector(item).dot(w) + bias);
  }

  /** LIBLINEAR's rows (1-based indices, the bias feature last), built once per feature set. */
  private Feature[][] rows(TextFeatures features) {
    if (cachedFor != features) {
      Feature[][] built = new Feature[features.size()][];
      for (int i = 0; i < built.length; i++) {
        SparseVector v = features.vector(i);
        Feature[] row = new Feature[v.terms().length + 1];
        for (int j = 0; j < v.terms().length; j++) {
          row[j] = new FeatureNode(v.terms()[j] + 1, v.weights()[j]);
        }
        row[row.length - 1] = new FeatureNode(features.dimensions() + 1, 1);
        built[i] = row;
      }
      rows = built;
      cachedFor = features;
    }
    return rows;
  }

  static {
    Linear.disableDebugOutput();
  }
}
