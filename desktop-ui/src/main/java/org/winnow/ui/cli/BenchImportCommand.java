package org.winnow.ui.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.model.SourceType;
import org.winnow.core.project.ImportOutcome;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    description = {
      "Time importing and indexing one file into a new temporary project, and report peak heap.",
      "Run the JVM with the heap limit to prove, e.g. WINNOW_JAVA_OPTS=-Xmx1g ./winnow bench import --file F"
    })
final class BenchImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--file", required = true, description = "The citation file to import.")
  Path file;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("winnow-bench-");
    try {
      System.gc();
      resetPeaks();
      long start = System.nanoTime();
      ImportOutcome outcome;
      long searchTotal;
      try (ReviewProject p = ReviewProject.create(dir.resolve("project"), "bench", "bench")) {
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
                    Progress.NONE);
        searchTotal = p.search("title:a* OR abstract:a*", 1).total();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("file", file.toString());
      r.put("bytes", Files.size(file));
      r.put("records", outcome.recordCount());
      r.put("indexed", searchTotal);
      r.put("seconds", Math.round(seconds * 1000) / 1000.0);
      r.put("recordsPerSecond", Math.round(outcome.recordCount() / seconds));
      r.put("peakHeapMb", peakHeapMb());
      r.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
      var out = spec.commandLine().getOut();
      if (json) {
        Output.json(out, r);
      } else {
        out.printf(
            "imported and indexed %d records (%d MB) in %.2f s (%d records/s); peak heap %d MB of %d MB%n",
            outcome.recordCount(),
            Files.size(file) / (1024 * 1024),
            seconds,
            r.get("recordsPerSecond"),
            r.get("peakHeapMb"),
            r.get("maxHeapMb"));
      }
    } finally {
      deleteTree(dir);
    }
    return ExitCodes.OK;
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** Sum of the heap pools' peaks since the last reset: an upper bound of live heap use. */
  static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  static void deleteTree(Path dir) throws java.io.IOException {
    try (var walk = Files.walk(dir)) {
      for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }
}
