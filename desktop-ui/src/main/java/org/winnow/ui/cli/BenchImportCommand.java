package org.winnow.ui.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.model.SourceType;
import org.winnow.core.project.ImportOutcome;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.ProcessCpu;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    description = {
      "Time importing and indexing one file into a new temporary project, and report the most heap"
          + " in use after any garbage collection.",
      "Run the JVM with the heap limit to prove (e.g. WINNOW_JAVA_OPTS=-Xmx1g ./winnow bench import"
          + " --file F)."
    })
final class BenchImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--file",
      required = true,
      paramLabel = "FILE",
      description = "The citation file to import.")
  Path file;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("winnow-bench-");
    try {
      System.gc();
      long start = System.nanoTime();
      long cpuStart = ProcessCpu.nanos();
      Map<String, Double> phases = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
      Progress phaseClock =
          (phase, done, total) ->
              phases.putIfAbsent(
                  phase.startsWith("reading ") ? "reading" : phase,
                  Math.round((System.nanoTime() - start) / 1e6) / 1000.0);
      ImportOutcome outcome;
      long searchTotal;
      long peakMb;
      long collections;
      try (HeapWatch heap = HeapWatch.start();
          ReviewProject p = ReviewProject.create(dir.resolve("project"), "bench", "bench")) {
        outcome =
            p.imports()
                .importFiles(
                    new ImportRequest(
                        List.of(file),
                        "bench",
                        SourceType.DATABASE,
                        null,
                        null,
                        null,
                        true,
                        "bench"),
                    phaseClock);
        searchTotal = p.search("title:a* OR abstract:a*", 1).total();
        peakMb = heap.peakAfterGcMb();
        collections = heap.collections();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (ProcessCpu.nanos() - cpuStart) / 1e9;
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("file", file.toString());
      r.put("bytes", Files.size(file));
      r.put("records", outcome.recordCount());
      r.put("indexed", searchTotal);
      r.put("seconds", Math.round(seconds * 1000) / 1000.0);
      r.put("recordsPerSecond", Math.round(outcome.recordCount() / seconds));
      r.put("cpuSeconds", Math.round(cpuSeconds * 1000) / 1000.0);
      r.put("phaseStartSeconds", phases);
      r.put("peakHeapAfterGcMb", peakMb);
      r.put("garbageCollections", collections);
      r.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
      var out = spec.commandLine().getOut();
      if (json) {
        Output.json(out, r);
      } else {
        out.printf(
            "imported and indexed %d records (%d MB) in %.2f s (%d records/s, %.1f s of CPU); phases started at %s;"
                + " at most %d MB of heap in use after a garbage collection (limit %d MB)%n",
            outcome.recordCount(),
            Files.size(file) / (1024 * 1024),
            seconds,
            r.get("recordsPerSecond"),
            cpuSeconds,
            phases,
            peakMb,
            r.get("maxHeapMb"));
      }
    } finally {
      deleteTree(dir);
    }
    return ExitCodes.OK;
  }

  static void deleteTree(Path dir) throws java.io.IOException {
    try (var walk = Files.walk(dir)) {
      for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }
}
