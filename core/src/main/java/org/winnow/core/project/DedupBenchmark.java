package org.winnow.core.project;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.winnow.core.dedup.DedupMetrics;
import org.winnow.core.model.SourceType;
import org.winnow.core.storage.RecordDao;

/**
 * Scores deduplication against a benchmark's truth (records_pre_merged.csv + merged_record_ids.csv
 * as in ../shared/fixtures/dedup): imports the records into a fresh project, runs detection, and
 * measures the automatic tier and the tier with the queue resolved by an oracle reviewer.
 */
public final class DedupBenchmark {
  private DedupBenchmark() {}

  /**
   * The outcome of one benchmark run.
   *
   * @param importMillis wall time of importing the records (before deduplication)
   * @param importCpuMillis this process's CPU time (all threads) while importing
   * @param dedupCpuMillis this process's CPU time (all threads) during the deduplication run whose
   *     wall time is {@code run.millis()}
   */
  public record Result(
      int records,
      long importMillis,
      long importCpuMillis,
      long dedupCpuMillis,
      DedupService.RunSummary run,
      DedupMetrics automatic,
      DedupMetrics queueResolved,
      int queue,
      List<String> wronglyMerged,
      List<String> missed) {

    public double queueShareOfRecords() {
      return queue / (double) records;
    }
  }

  /**
   * Runs the benchmark in a new project folder {@code workDir} (which must not exist or be empty).
   */
  public static Result run(Path records, Path truthFile, Path workDir) throws Exception {
    return run(List.of(records), List.of(truthFile), workDir);
  }

  /**
   * As {@link #run(Path, Path, Path)} with the records of several files imported as one batch and
   * the true clusters of several truth files (clusters that share a record ID are one cluster).
   */
  public static Result run(List<Path> records, List<Path> truthFiles, Path workDir)
      throws Exception {
    List<List<String>> truth = readTruth(truthFiles);
    try (ReviewProject p = ReviewProject.create(workDir, "benchmark", "bench")) {
      long importStart = System.nanoTime();
      long importCpu = ProcessCpu.nanos();
      p.imports()
          .importFiles(
              new ImportRequest(
                  List.copyOf(records),
                  "benchmark",
                  SourceType.DATABASE,
                  null,
                  null,
                  null,
                  true,
                  "bench"),
              Progress.NONE);
      long importMillis = (System.nanoTime() - importStart) / 1_000_000;
      long dedupCpu = ProcessCpu.nanos();
      importCpu = dedupCpu - importCpu;
      DedupService dedup = p.dedup();
      DedupService.RunSummary run = dedup.run("bench", Progress.NONE);
      dedupCpu = ProcessCpu.nanos() - dedupCpu;
      Map<String, Long> predicted = new HashMap<>();
      Map<String, Long> order = new HashMap<>();
      for (RecordDao.Membership r : dedup.memberships()) {
        predicted.put(r.displayId(), r.citationId());
        order.put(r.displayId(), r.id());
      }
      List<DedupService.QueuedPair> queue = dedup.queue();
      Map<String, Integer> trueCluster = new HashMap<>();
      for (int i = 0; i < truth.size(); i++) {
        for (String id : truth.get(i)) {
          trueCluster.put(id, i);
        }
      }
      Map<String, Long> resolved = resolveByTruth(predicted, queue, trueCluster);
      return new Result(
          predicted.size(),
          importMillis,
          importCpu / 1_000_000,
          dedupCpu / 1_000_000,
          run,
          DedupMetrics.of(predicted, order, truth),
          DedupMetrics.of(resolved, order, truth),
          queue.size(),
          wronglyMerged(predicted, trueCluster),
          missed(predicted, truth, queue));
    }
  }

  /** The queue as an oracle reviewer would resolve it: pairs that are truly the same are merged. */
  private static Map<String, Long> resolveByTruth(
      Map<String, Long> predicted,
      List<DedupService.QueuedPair> queue,
      Map<String, Integer> trueCluster) {
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

  private static List<String> wronglyMerged(
      Map<String, Long> predicted, Map<String, Integer> trueCluster) {
    Map<Long, List<String>> byCitation = new HashMap<>();
    predicted.forEach((id, c) -> byCitation.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
    List<String> out = new ArrayList<>();
    for (List<String> members : byCitation.values()) {
      members.sort(null);
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          Integer a = trueCluster.get(members.get(i));
          Integer b = trueCluster.get(members.get(j));
          if (a == null || !a.equals(b)) {
            out.add(members.get(i) + " ~ " + members.get(j));
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** Pairs truly together but predicted apart; "(queued)" marks those a reviewer would see. */
  private static List<String> missed(
      Map<String, Long> predicted, List<List<String>> truth, List<DedupService.QueuedPair> queue) {
    java.util.Set<String> queued = new java.util.HashSet<>();
    for (DedupService.QueuedPair q : queue) {
      queued.add(q.a().displayId() + "|" + q.b().displayId());
      queued.add(q.b().displayId() + "|" + q.a().displayId());
    }
    List<String> out = new ArrayList<>();
    for (List<String> cluster : truth) {
      for (int i = 0; i < cluster.size(); i++) {
        for (int j = i + 1; j < cluster.size(); j++) {
          Long a = predicted.get(cluster.get(i));
          Long b = predicted.get(cluster.get(j));
          if (a != null && !a.equals(b)) {
            String pair = cluster.get(i) + " ~ " + cluster.get(j);
            out.add(
                queued.contains(cluster.get(i) + "|" + cluster.get(j)) ? pair + " (queued)" : pair);
          }
        }
      }
    }
    return out;
  }

  /**
   * The true clusters of several merged_record_ids.csv files, in file order; clusters of different
   * files that share a record ID are joined into the first one.
   */
  public static List<List<String>> readTruth(List<Path> files) throws IOException {
    List<List<String>> clusters = new ArrayList<>();
    Map<String, Integer> clusterOf = new HashMap<>();
    for (Path file : files) {
      for (List<String> cluster : readTruth(file)) {
        Integer into = null;
        for (String id : cluster) {
          into = into != null ? into : clusterOf.get(id);
        }
        if (into == null) {
          into = clusters.size();
          clusters.add(new ArrayList<>());
        }
        List<String> target = clusters.get(into);
        for (String id : cluster) {
          Integer was = clusterOf.putIfAbsent(id, into);
          if (was == null) {
            target.add(id);
          } else if (was.intValue() != into) {
            for (String moved : clusters.get(was)) {
              clusterOf.put(moved, into);
              target.add(moved);
            }
            clusters.set(was, List.of());
          }
        }
      }
    }
    clusters.removeIf(List::isEmpty);
    return clusters.stream().map(List::copyOf).toList();
  }

  /** merged_record_ids.csv: column merged_ids, one true cluster per row, ids joined by ";". */
  public static List<List<String>> readTruth(Path file) throws IOException {
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
