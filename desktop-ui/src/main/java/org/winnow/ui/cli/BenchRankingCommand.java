package org.winnow.ui.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.winnow.core.ranking.LabelledItem;
import org.winnow.core.ranking.LabelledSetCsv;
import org.winnow.core.ranking.RankingModel;
import org.winnow.core.ranking.RankingModels;
import org.winnow.core.ranking.TextFeatures;
import org.winnow.core.ranking.TrainingExample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "ranking",
    mixinStandardHelpOptions = true,
    description = {
      "Time one retraining of the ranking model: train on the screened items and score every"
          + " item, on --records items of real text (the labelled sets of --input, a CSV or a"
          + " folder of them, repeated when they hold fewer).",
      "Features are built once beforehand, as a project keeps them.",
      "Prints the median and p95 of --runs retrainings per model."
    })
final class BenchRankingCommand implements Callable<Integer> {
  private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** Retrainings before measuring: the JIT settles. */
  static final int WARM_UP = 3;

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE|DIR",
      description = "A labelled CSV or a folder of them (e.g. ../shared/fixtures/screening).")
  Path input;

  @Option(names = "--records", paramLabel = "N", description = "Items to rank (default 20000).")
  int records = 20_000;

  @Option(
      names = "--screened",
      paramLabel = "FRACTION",
      description = "Fraction of items already screened, the training set (default 0.5).")
  double screened = 0.5;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Measured retrainings per model (default 11).")
  int runs = 11;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "Only this model (svm, logistic, nb); default all.")
  String model;

  @Option(
      names = "--vocabulary",
      paramLabel = "V",
      description =
          "The features: title-words (the default), words, or bigrams, as simulate names them.")
  String vocabulary = TextFeatures.DEFAULT_VOCABULARY.id();

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of which items count as screened (default 7).")
  long seed = 7;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  record BenchRankingReply(
      @JsonProperty("records") int records,
      @JsonProperty("screened") int screened,
      @JsonProperty("features") int features,
      @JsonProperty("features_seconds") double featuresSeconds,
      @JsonProperty("models") List<ModelTiming> models,
      @JsonProperty("load_average") double loadAverage,
      @JsonProperty("vocabulary") String vocabulary) {}

  record ModelTiming(
      @JsonProperty("model") String model,
      @JsonProperty("settings") String settings,
      @JsonProperty("median_ms") double medianMs,
      @JsonProperty("p95_ms") double p95Ms,
      @JsonProperty("cpu_median_ms") double cpuMedianMs,
      @JsonProperty("runs") int runs) {}

  @Override
  public Integer call() throws Exception {
    if (records < 2 || runs < 1 || !(screened > 0 && screened <= 1)) {
      throw new ParameterException(
          spec.commandLine(), "--records at least 2, --runs at least 1, --screened in (0, 1]");
    }
    if (model != null && !RankingModels.ids().contains(model)) {
      throw new ParameterException(spec.commandLine(), "unknown --model " + model);
    }
    if (!TextFeatures.Vocabulary.ids().contains(vocabulary)) {
      throw new ParameterException(spec.commandLine(), "unknown --vocabulary " + vocabulary);
    }
    List<LabelledItem> items = read();
    List<LabelledItem> bench = new ArrayList<>(records);
    for (int i = 0; i < records; i++) {
      bench.add(items.get(i % items.size()));
    }
    long t = System.nanoTime();
    TextFeatures features =
        TextFeatures.of(
            bench.stream().map(LabelledItem::text).toList(),
            TextFeatures.Vocabulary.of(vocabulary));
    double featureSeconds = (System.nanoTime() - t) / 1e9;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    List<TrainingExample> examples = new ArrayList<>();
    for (int i : order.subList(0, Math.max(2, (int) Math.round(screened * records)))) {
      examples.add(new TrainingExample(i, bench.get(i).relevant()));
    }
    if (examples.stream().allMatch(TrainingExample::relevant)
        || examples.stream().noneMatch(TrainingExample::relevant)) {
      throw new BadInputException("the screened items need both relevant and irrelevant ones");
    }
    List<ModelTiming> timings = new ArrayList<>();
    for (String id : model == null ? RankingModels.ids() : List.of(model)) {
      RankingModel m = RankingModels.create(id);
      double[] ms = new double[runs];
      double[] cpu = new double[runs];
      double sink = 0;
      for (int r = -WARM_UP; r < runs; r++) {
        long c = CPU.getCurrentThreadCpuTime();
        long s = System.nanoTime();
        RankingModel.Scores scores = m.train(features, examples);
        for (int i = 0; i < records; i++) {
          sink += scores.score(i);
        }
        if (r >= 0) {
          ms[r] = (System.nanoTime() - s) / 1e6;
          cpu[r] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
        }
      }
      if (Double.isNaN(sink)) {
        throw new IllegalStateException("a score was not a number");
      }
      timings.add(
          new ModelTiming(
              id,
              m.settings(),
              round(BenchScreeningCommand.percentile(ms, 50)),
              round(BenchScreeningCommand.percentile(ms, 95)),
              round(BenchScreeningCommand.percentile(cpu, 50)),
              runs));
    }
    BenchRankingReply reply =
        new BenchRankingReply(
            records,
            examples.size(),
            features.dimensions(),
            round(featureSeconds),
            timings,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            vocabulary);
    var out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, reply);
      return ExitCodes.OK;
    }
    out.printf(
        "%,d records (%,d screened), %,d features (%s) built in %.2f s%n",
        records, examples.size(), features.dimensions(), vocabulary, featureSeconds);
    for (ModelTiming m : timings) {
      out.printf(
          "%s (%s): retrain and score all, median %.1f ms (CPU %.1f ms), p95 %.1f ms over %d runs%n",
          m.model(), m.settings(), m.medianMs(), m.cpuMedianMs(), m.p95Ms(), m.runs());
    }
    out.printf("load average %.1f%n", reply.loadAverage());
    return ExitCodes.OK;
  }

  private List<LabelledItem> read() throws Exception {
    List<Path> files;
    if (Files.isDirectory(input)) {
      try (Stream<Path> s = Files.walk(input)) {
        files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
      }
    } else {
      files = List.of(input);
    }
    List<LabelledItem> items = new ArrayList<>();
    for (Path f : files) {
      items.addAll(LabelledSetCsv.read(f, null).items());
    }
    if (items.isEmpty()) {
      throw new BadInputException(input + ": no labelled CSV files");
    }
    return items;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
