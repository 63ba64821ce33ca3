package org.winnow.ui.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.winnow.core.io.AtomicFiles;
import org.winnow.core.ranking.LabelledSet;
import org.winnow.core.ranking.LabelledSetCsv;
import org.winnow.core.ranking.RankingModel;
import org.winnow.core.ranking.RankingModels;
import org.winnow.core.ranking.RecallCurveCsv;
import org.winnow.core.ranking.RecallMetrics;
import org.winnow.core.ranking.Simulation;
import org.winnow.core.ranking.SimulationResult;
import org.winnow.core.ranking.SimulationSettings;
import org.winnow.core.ranking.StopCheck;
import org.winnow.core.ranking.StopPoint;
import org.winnow.core.ranking.StoppingRule;
import org.winnow.core.ranking.TextFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate prioritised screening on a labelled set, as ASReview does.",
      "A few known includes and excludes are chosen with the seed; then the model is trained on"
          + " every decision so far and the best-ranked items are screened next, until every"
          + " relevant item is found.",
      "Reports WSS@95, WSS@100, RRF@10 and the records screened to reach 95%% recall; with"
          + " --stop, where the stopping rule would have stopped and the recall there.",
      "Method and measured results: docs/prioritisation.md."
    })
final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE.csv",
      description = "Labelled CSV: title, abstract (keywords, mesh optional), a label column.")
  Path input;

  @Option(
      names = "--label",
      paramLabel = "COLUMN",
      description = "The label column, 1 = relevant, 0 = not (default: label_included).")
  String label = LabelledSetCsv.DEFAULT_LABEL;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the prior knowledge and of ties (default 1).")
  long seed = 1;

  @Option(
      names = "--prior-included",
      paramLabel = "K",
      description = "Known relevant items to start from (default 1).")
  int priorIncluded = SimulationSettings.DEFAULT_PRIOR;

  @Option(
      names = "--prior-excluded",
      paramLabel = "K",
      description = "Known irrelevant items to start from (default 1).")
  int priorExcluded = SimulationSettings.DEFAULT_PRIOR;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description = "Items screened between two trainings of the model (default 10).")
  int batch = SimulationSettings.DEFAULT_BATCH;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "logistic (default), svm, or nb (the naive Bayes baseline).")
  String model = RankingModels.DEFAULT;

  @Option(
      names = "--vocabulary",
      paramLabel = "V",
      description =
          "The features: title-words (default: words, and the title's words again as features of"
              + " their own), words, or bigrams (words and pairs of adjacent words).")
  String vocabulary = TextFeatures.DEFAULT_VOCABULARY.id();

  @Option(
      names = "--balance",
      paramLabel = "B",
      description =
          "How the model makes up for the few relevant items: weights (default: balanced class"
              + " weights) or double (ASReview's double balance resampling of the training set"
              + " instead; measured and not chosen, see docs/prioritisation.md).")
  String balance = RankingModels.Balance.WEIGHTS.id();

  @Option(
      names = "--pseudo-negatives",
      paramLabel = "N",
      description =
          "Add N records drawn at random from those not screened yet to each training round,"
              + " labelled irrelevant, as Cormack and Grossman's BMI does (default 0: none;"
              + " measured with 100 and not chosen, see docs/prioritisation.md).")
  int pseudoNegatives = 0;

  @Option(
      names = "--stop",
      paramLabel = "RULE",
      description =
          "Apply a stopping rule: hypergeometric (95%% recall with 95%% confidence), or knee (the"
              + " knee method of Cormack and Grossman 2016, a heuristic with no statistical"
              + " guarantee, given for comparison).")
  String stop;

  @Option(
      names = "--curve",
      paramLabel = "FILE.csv",
      description = "Write the recall curve: one row per item screened.")
  Path curve;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  /** The JSON reply: keys as issue 17 names them, documented in docs/cli.md. */
  record SimulateReply(
      @JsonProperty("input") String input,
      @JsonProperty("label") String label,
      @JsonProperty("model") String model,
      @JsonProperty("model_settings") String modelSettings,
      @JsonProperty("seed") long seed,
      @JsonProperty("prior_included") int priorIncluded,
      @JsonProperty("prior_excluded") int priorExcluded,
      @JsonProperty("batch") int batch,
      @JsonProperty("records") int records,
      @JsonProperty("relevant") int relevant,
      @JsonProperty("wss95") double wss95,
      @JsonProperty("wss100") double wss100,
      @JsonProperty("rrf10") double rrf10,
      @JsonProperty("records_to_95") int recordsTo95,
      @JsonProperty("records_to_100") int recordsTo100,
      @JsonProperty("trainings") int trainings,
      @JsonProperty("stop") String stop,
      @JsonProperty("recall_at_stop") Double recallAtStop,
      @JsonProperty("screened_at_stop") Integer screenedAtStop,
      @JsonProperty("stop_check") StopReply stopCheck,
      @JsonProperty("curve") String curve,
      @JsonProperty("vocabulary") String vocabulary,
      @JsonProperty("balance") String balance,
      @JsonProperty("pseudo_negatives") int pseudoNegatives) {}

  /** The stopping rule's evidence where it stopped. */
  record StopReply(
      @JsonProperty("target_recall") double targetRecall,
      @JsonProperty("confidence") double confidence,
      @JsonProperty("p_value") double pValue,
      @JsonProperty("stopped") boolean stopped,
      @JsonProperty("recall_lower_bound") double recallLowerBound,
      @JsonProperty("relevant_left_upper_bound") int relevantLeftUpperBound,
      @JsonProperty("records_left") int recordsLeft) {
    static StopReply of(StopCheck c) {
      return new StopReply(
          c.targetRecall(),
          c.confidence(),
          c.pValue(),
          c.stop(),
          c.recallLowerBound(),
          c.relevantLeftUpperBound(),
          c.recordsLeft());
    }
  }

  @Override
  public Integer call() throws Exception {
    oneOf("--model", RankingModels.ids(), model);
    oneOf("--vocabulary", TextFeatures.Vocabulary.ids(), vocabulary);
    oneOf("--balance", RankingModels.Balance.ids(), balance);
    RankingModel ranking;
    try { // the model's own rules: pseudo-negatives 0 or more, and not with double balance
      ranking = RankingModels.create(model, RankingModels.Balance.of(balance), pseudoNegatives);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "--balance/--pseudo-negatives: " + e.getMessage());
    }
    StoppingRule rule = null;
    if (stop != null) {
      oneOf("--stop", StoppingRule.ids(), stop);
      rule = StoppingRule.named(stop);
    }
    if (priorIncluded < 1 || priorExcluded < 1 || batch < 1) {
      throw new ParameterException(
          spec.commandLine(), "--prior-included, --prior-excluded and --batch must be 1 or more");
    }
    LabelledSet set = LabelledSetCsv.read(input, label);
    int relevant = set.relevantCount();
    if (priorIncluded > relevant || priorExcluded > set.size() - relevant) {
      throw new BadInputException(
          input
              + ": column "
              + label
              + ": "
              + relevant
              + " relevant and "
              + (set.size() - relevant)
              + " irrelevant rows, fewer than the prior knowledge asked ("
              + priorIncluded
              + " and "
              + priorExcluded
              + ")");
    }
    var err = spec.commandLine().getErr();
    err.printf("winnow: %s: %,d records, %,d relevant; simulating…%n", input, set.size(), relevant);
    err.flush();
    SimulationResult result =
        Simulation.run(
            set,
            TextFeatures.of(set.texts(), TextFeatures.Vocabulary.of(vocabulary)),
            ranking,
            new SimulationSettings(seed, priorIncluded, priorExcluded, batch, rule));
    if (curve != null) {
      AtomicFiles.writeText(curve, w -> RecallCurveCsv.write(w, set, result));
    }
    RecallMetrics m = result.metrics();
    StopPoint stopPoint = result.stopPoint();
    StopCheck check = result.stop();
    SimulateReply reply =
        new SimulateReply(
            input.toString(),
            label,
            model,
            ranking.settings(),
            seed,
            priorIncluded,
            priorExcluded,
            batch,
            m.records(),
            m.relevant(),
            m.wss95(),
            m.wss100(),
            m.rrf10(),
            m.recordsTo95(),
            m.recordsTo100(),
            result.trainings(),
            stop,
            result.recallAtStop(),
            stopPoint == null ? null : stopPoint.screened(),
            check == null ? null : StopReply.of(check),
            curve == null ? null : curve.toString(),
            vocabulary,
            balance,
            pseudoNegatives);
    var out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, reply);
      return ExitCodes.OK;
    }
    out.printf(
        Locale.ROOT,
        "%s: %,d records, %,d relevant; %s (%s; features: %s), seed %d, prior %d + %d, batch %d%n",
        input,
        m.records(),
        m.relevant(),
        ranking.label(),
        ranking.settings(),
        vocabulary,
        seed,
        priorIncluded,
        priorExcluded,
        batch);
    out.printf(
        Locale.ROOT,
        "WSS@95 %.3f, WSS@100 %.3f, RRF@10 %.3f; 95%% recall after %,d records, 100%% after %,d%n",
        m.wss95(),
        m.wss100(),
        m.rrf10(),
        m.recordsTo95(),
        m.recordsTo100());
    if (stopPoint != null && check == null) {
      out.printf(
          Locale.ROOT,
          "stop (%s, heuristic, no statistical guarantee): after %,d records, %,d left; true"
              + " recall there %.3f%n",
          stop,
          stopPoint.screened(),
          m.records() - stopPoint.screened(),
          result.recallAtStop());
    }
    if (check != null) {
      out.printf(
          Locale.ROOT,
          "stop (%s): after %,d records, %,d left; true recall there %.3f (estimated ≥ %.3f with"
              + " %.0f%% confidence, p = %.4f)%n",
          stop,
          check.screened(),
          check.recordsLeft(),
          result.recallAtStop(),
          check.recallLowerBound(),
          check.confidence() * 100,
          check.pValue());
    }
    if (curve != null) {
      out.println("recall curve written to " + curve);
    }
    return ExitCodes.OK;
  }

  /** A usage error (exit 2) unless the option's value is one of the known ones. */
  private void oneOf(String option, java.util.List<String> known, String value) {
    if (!known.contains(value)) {
      throw new ParameterException(
          spec.commandLine(),
          option + " must be one of " + String.join(", ", known) + ", not " + value);
    }
  }
}
