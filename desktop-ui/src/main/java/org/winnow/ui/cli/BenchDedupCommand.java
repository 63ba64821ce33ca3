package org.winnow.ui.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.winnow.core.dedup.DedupMetrics;
import org.winnow.core.model.Record;
import org.winnow.core.model.SourceType;
import org.winnow.core.project.DedupService;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "dedup",
    description = {
      "Deduplicate a benchmark set in a temporary project and score it against the truth",
      "(record-level metric of DESIGN.md section 6, pairwise precision/recall, queue size, runtime)."
    })
final class BenchDedupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--records",
      required = true,
      description = "records_pre_merged.csv (ID column kept).")
  Path records;

  @Option(
      names = "--truth",
      required = true,
      description = "merged_record_ids.csv (column merged_ids, ids joined by ';').")
  Path truth;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(names = "--show-errors", description = "List the wrongly merged and missed pairs.")
  boolean showErrors;

  @Override
  public Integer call() throws Exception {
    List<List<String>> trueClusters = readTruth(truth);
    Path dir = Files.createTempDirectory("winnow-bench-");
    try (ReviewProject p = ReviewProject.create(dir.resolve("project"), "bench", "bench")) {
      p.imports()
          .importFiles(
              new ImportRequest(
                  List.of(records),
                  "benchmark",
                  SourceType.DATABASE,
                  null,
                  null,
                  null,
                  true,
                  "bench"),
              Progress.NONE);
      BenchImportCommand.resetPeaks();
      DedupService dedup = p.dedup();
      DedupService.RunSummary run = dedup.run("bench", Progress.NONE);
      Map<String, Long> predicted = new HashMap<>();
      Map<String, Long> order = new HashMap<>();
      for (Record r : dedup.clusters()) {
        predicted.put(r.displayId(), r.citationId());
        order.put(r.displayId(), r.id());
      }
      DedupMetrics auto = DedupMetrics.of(predicted, order, trueClusters);
      List<DedupService.QueuedPair> queue = dedup.queue();
      Map<String, Long> resolved = resolveQueueByTruth(predicted, queue, trueClusters);
      DedupMetrics withQueue = DedupMetrics.of(resolved, order, trueClusters);
      print(run, auto, withQueue, queue.size(), predicted.size());
      if (showErrors) {
        printErrors(p, predicted, trueClusters, queue);
      }
    } finally {
      BenchImportCommand.deleteTree(dir);
    }
    return ExitCodes.OK;
  }

  /** The queue as an oracle reviewer would resolve it: pairs that are truly the same are merged. */
  private static Map<String, Long> resolveQueueByTruth(
      Map<String, Long> predicted, List<DedupService.QueuedPair> queue, List<List<String>> truth) {
    Map<String, Integer> trueCluster = new HashMap<>();
    for (int i = 0; i < truth.size(); i++) {
      for (String id : truth.get(i)) {
        trueCluster.put(id, i);
      }
    }
    Map<Long, Long> parent = new HashMap<>();
    for (DedupService.QueuedPair q : queue) {
      Integer ca = trueCluster.get(q.a().displayId());
      Integer cb = trueCluster.get(q.b().displayId());
      if (ca != null && ca.equals(cb)) {
        long x = find(parent, predicted.get(q.a().displayId()));
        long y = find(parent, predicted.get(q.b().displayId()));
        if (x != y) {
          parent.put(Math.max(x, y), Math.min(x, y));
        }
      }
    }
    Map<String, Long> out = new HashMap<>();
    predicted.forEach((id, c) -> out.put(id, find(parent, c)));
    return out;
  }

  private static long find(Map<Long, Long> parent, long x) {
    while (parent.containsKey(x)) {
      x = parent.get(x);
    }
    return x;
  }

  private void print(
      DedupService.RunSummary run,
      DedupMetrics auto,
      DedupMetrics withQueue,
      int queue,
      int records) {
    var out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("records", records);
      j.put("citations", run.citations());
      j.put("autoMerged", run.autoMerged());
      j.put("comparedPairs", run.compared());
      j.put("queue", queue);
      j.put("queuePercentOfRecords", Math.round(10000.0 * queue / records) / 100.0);
      j.put("seconds", run.millis() / 1000.0);
      j.put("automatic", metrics(auto));
      j.put("queueResolved", metrics(withQueue));
      Output.json(out, j);
      return;
    }
    out.printf(
        "%d records → %d citations; %d pairs compared; %d queued (%.2f%% of records); %.2f s%n",
        records,
        run.citations(),
        run.compared(),
        queue,
        100.0 * queue / records,
        run.millis() / 1000.0);
    out.println(
        "tier              TP    FP    FN    TN   sens     spec     prec     F1       pair-P   pair-R");
    line(out, "automatic", auto);
    line(out, "queue resolved", withQueue);
  }

  private static void line(java.io.PrintWriter out, String label, DedupMetrics m) {
    out.printf(
        "%-15s %5d %5d %5d %5d   %.4f   %.4f   %.4f   %.4f   %.4f   %.4f%n",
        label,
        m.tp(),
        m.fp(),
        m.fn(),
        m.tn(),
        m.sensitivity(),
        m.specificity(),
        m.precision(),
        m.f1(),
        m.pairPrecision(),
        m.pairRecall());
  }

  private static Map<String, Object> metrics(DedupMetrics m) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("tp", m.tp());
    j.put("fp", m.fp());
    j.put("fn", m.fn());
    j.put("tn", m.tn());
    j.put("sensitivity", m.sensitivity());
    j.put("specificity", m.specificity());
    j.put("precision", m.precision());
    j.put("f1", m.f1());
    j.put("pairPrecision", m.pairPrecision());
    j.put("pairRecall", m.pairRecall());
    return j;
  }

  private void printErrors(
      ReviewProject p,
      Map<String, Long> predicted,
      List<List<String>> truth,
      List<DedupService.QueuedPair> queue) {
    var out = spec.commandLine().getOut();
    Map<String, Integer> trueCluster = new HashMap<>();
    for (int i = 0; i < truth.size(); i++) {
      for (String id : truth.get(i)) {
        trueCluster.put(id, i);
      }
    }
    Map<Long, List<String>> byCitation = new HashMap<>();
    predicted.forEach((id, c) -> byCitation.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
    out.println("-- wrongly merged (predicted together, truly apart):");
    for (List<String> members : byCitation.values()) {
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          Integer a = trueCluster.get(members.get(i));
          Integer b = trueCluster.get(members.get(j));
          if (a == null || !a.equals(b)) {
            out.println("   " + members.get(i) + " ~ " + members.get(j));
          }
        }
      }
    }
    out.println("-- missed (truly together, predicted apart; * = in queue):");
    java.util.Set<String> queued = new java.util.HashSet<>();
    for (DedupService.QueuedPair q : queue) {
      queued.add(q.a().displayId() + "|" + q.b().displayId());
      queued.add(q.b().displayId() + "|" + q.a().displayId());
    }
    for (List<String> cluster : truth) {
      for (int i = 0; i < cluster.size(); i++) {
        for (int j = i + 1; j < cluster.size(); j++) {
          Long a = predicted.get(cluster.get(i));
          Long b = predicted.get(cluster.get(j));
          if (a != null && !a.equals(b)) {
            String key = cluster.get(i) + "|" + cluster.get(j);
            out.println(
                "   "
                    + (queued.contains(key) ? "* " : "  ")
                    + cluster.get(i)
                    + " ~ "
                    + cluster.get(j));
          }
        }
      }
    }
  }

  static List<List<String>> readTruth(Path file) throws java.io.IOException {
    List<List<String>> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        String ids = row.get("merged_ids");
        if (!ids.isBlank()) {
          out.add(
              Arrays.stream(ids.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
      }
    }
    return out;
  }
}
