package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.index.SearchHit;
import org.winnow.core.model.Record;
import org.winnow.core.project.ReviewProject;

/**
 * A {@code winnow dedup} process killed (kill -9) at any moment leaves an index that is either
 * stale (and rebuilt when the project is next opened) or complete: after reopening, search finds
 * every citation of the database with exactly its records, and nothing else.
 */
class DedupKillTest {
  /** Records in each of the two imports of the same file: every one has an exact duplicate. */
  private static final int RECORDS = 1500;

  /** Kills spread evenly over the index update of an uninterrupted run. */
  private static final int KILLS = 7;

  @TempDir static Path tmp;
  private static Path template;

  @BeforeAll
  static void project() throws Exception {
    template = tmp.resolve("template");
    Path file = tmp.resolve("records.ris");
    SyntheticRis.write(file, RECORDS, 7);
    assertEquals(0, Cli.run("init", template.toString()).exitCode());
    for (String source : List.of("MEDLINE", "Embase")) {
      Cli imported =
          Cli.run(
              "import",
              template.toString(),
              file.toString(),
              "--source",
              source,
              "--source-type",
              "database",
              "--force");
      assertEquals(0, imported.exitCode(), imported.err());
    }
  }

  @Test
  void searchAgreesWithTheDatabaseAfterADedupKilledAtAnyMoment() throws Exception {
    // how long the index update takes on this machine, from a run that is not interrupted
    long whole = indexUpdateMillis(copy(template, tmp.resolve("whole")));
    List<String> report = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (int k = 0; k < KILLS; k++) {
      int delay = (int) (whole * k / KILLS);
      Path dir = copy(template, tmp.resolve("killed-" + delay));
      String phase = killDuring(dir, delay);
      try (ReviewProject p = ReviewProject.open(dir)) {
        Map<Long, List<String>> database = new TreeMap<>();
        for (Record r : p.dedup().clusters()) {
          database.computeIfAbsent(r.citationId(), id -> new ArrayList<>()).add(r.displayId());
        }
        Map<Long, List<String>> index = new TreeMap<>();
        for (SearchHit h : p.search("*:*", Integer.MAX_VALUE).hits()) {
          index.put(h.citationId(), h.recordIds().stream().sorted().toList());
        }
        database.replaceAll((id, ids) -> ids.stream().sorted().toList());
        long missing = database.keySet().stream().filter(id -> !index.containsKey(id)).count();
        long wrong =
            database.entrySet().stream()
                .filter(e -> index.containsKey(e.getKey()))
                .filter(e -> !e.getValue().equals(index.get(e.getKey())))
                .count();
        long extra = index.keySet().stream().filter(id -> !database.containsKey(id)).count();
        String line =
            String.format(
                "%d ms (%s): %d citations, %d missing from search, %d with wrong records, %d extra",
                delay, phase, database.size(), missing, wrong, extra);
        report.add(line);
        if (missing + wrong + extra > 0) {
          failures.add(line);
        }
      }
    }
    System.out.println("dedup kills: " + String.join("\n  ", report));
    assertEquals(
        List.of(),
        failures,
        failures.size() + " of " + KILLS + " kills left search disagreeing with the database");
  }

  /** Runs dedup in a child JVM and kills it the given time after it starts updating the index. */
  private static String killDuring(Path dir, long delay) throws Exception {
    Process child = dedup(dir);
    String last = awaitIndexing(child);
    Thread.sleep(delay);
    child.destroyForcibly();
    child.waitFor(60, TimeUnit.SECONDS);
    return child.exitValue() == 137 ? "killed after " + last : "exit " + child.exitValue();
  }

  /** How long an uninterrupted dedup spends from the start of its index update to its end. */
  private static long indexUpdateMillis(Path dir) throws Exception {
    Process child = dedup(dir);
    awaitIndexing(child);
    long start = System.nanoTime();
    child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    child.waitFor(120, TimeUnit.SECONDS);
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Runs {@code winnow dedup DIR} in a child JVM (stdout and stderr together). */
  private static Process dedup(Path dir) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(HaltAfter.class.getName());
    cmd.add("dedup");
    cmd.add(dir.toString());
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  /** Reads the child's output up to its "indexing" progress line; returns the last line read. */
  private static String awaitIndexing(Process child) throws Exception {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String last = "started";
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      last = line;
      if (line.startsWith("indexing")) {
        break;
      }
    }
    return last;
  }

  private static Path copy(Path from, Path to) throws Exception {
    try (var walk = Files.walk(from)) {
      for (Path f : walk.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }
}
