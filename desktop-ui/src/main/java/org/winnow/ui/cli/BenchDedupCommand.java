package org.winnow.ui.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.dedup.DedupMetrics;
import org.winnow.core.project.DedupBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "dedup",
    description = {
      "Deduplicate a benchmark set in a temporary project and score it against the "
          + "truth (record-level metric of DESIGN.md section 6, pairwise precision/recall, "
          + "queue size, runtime)."
    })
final class BenchDedupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--records",
      paramLabel = "FILE",
      required = true,
      arity = "1..*",
      description = {
        "records_pre_merged.csv (ID column kept), or any importable file.",
        "Several files (the option repeated, or one option with several values) are imported"
            + " together."
      })
  List<Path> records;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      required = true,
      arity = "1..*",
      description = {
        "merged_record_ids.csv (column merged_ids, ids joined by ';').",
        "Several files are read as one truth (clusters sharing an ID are joined)."
      })
  List<Path> truth;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(names = "--show-errors", description = "List the wrongly merged and missed pairs.")
  boolean showErrors;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("winnow-bench-");
    try {
      DedupBenchmark.Result r;
      long peakMb;
      try (HeapWatch heap = HeapWatch.start()) {
        r = DedupBenchmark.run(records, truth, dir.resolve("project"));
        peakMb = heap.peakAfterGcMb();
      }
      print(r, peakMb);
    } finally {
      BenchImportCommand.deleteTree(dir);
    }
    return ExitCodes.OK;
  }

  private void print(DedupBenchmark.Result r, long peakMb) {
    var out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("records", r.records());
      j.put("citations", r.run().citations());
      j.put("autoMerged", r.run().autoMerged());
      j.put("comparedPairs", r.run().compared());
      j.put("queue", r.queue());
      j.put("queuePercentOfRecords", Math.round(10000.0 * r.queueShareOfRecords()) / 100.0);
      j.put("seconds", r.run().millis() / 1000.0);
      j.put("cpuSeconds", r.dedupCpuMillis() / 1000.0);
      j.put("importSeconds", r.importMillis() / 1000.0);
      j.put("importCpuSeconds", r.importCpuMillis() / 1000.0);
      j.put("peakHeapAfterGcMb", peakMb);
      j.put("automatic", metrics(r.automatic()));
      j.put("queueResolved", metrics(r.queueResolved()));
      if (showErrors) {
        j.put("wronglyMerged", r.wronglyMerged());
        j.put("missed", r.missed());
      }
      Output.json(out, j);
      return;
    }
    out.printf(
        "%d records → %d citations; %d pairs compared; %d queued (%.2f%% of records); %.2f s%n",
        r.records(),
        r.run().citations(),
        r.run().compared(),
        r.queue(),
        100 * r.queueShareOfRecords(),
        r.run().millis() / 1000.0);
    out.printf(
        "dedup CPU %.2f s (all threads); import %.2f s (CPU %.2f s); most heap in use after a"
            + " collection %d MB%n",
        r.dedupCpuMillis() / 1000.0,
        r.importMillis() / 1000.0,
        r.importCpuMillis() / 1000.0,
        peakMb);
    out.println(
        "tier              TP    FP    FN    TN   sens     spec     prec     F1       pair-P   pair-R");
    line(out, "automatic", r.automatic());
    line(out, "queue resolved", r.queueResolved());
    if (showErrors) {
      out.println("-- wrongly merged (predicted together, truly apart):");
      r.wronglyMerged().forEach(p -> out.println("   " + p));
      out.println("-- missed (truly together, predicted apart):");
      r.missed().forEach(p -> out.println("   " + p));
    }
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
}
