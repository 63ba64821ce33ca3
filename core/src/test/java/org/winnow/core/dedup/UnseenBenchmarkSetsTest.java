package org.winnow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.project.DedupBenchmark;
import org.winnow.fixtures.Fixtures;
import org.winnow.fixtures.RecurringColumnsSet;

/**
 * Labelled sets the rules were not tuned on, from other fields than the three medical benchmarks:
 * the same 100 Lens.org records exported three ways (asreview citation-file-formatting, read in
 * place from ../shared/fixtures with the project's truth of ids), and synthetic recurring columns
 * of information-systems journals. A wrong merge is the worst outcome: none is allowed.
 */
class UnseenBenchmarkSetsTest {
  @TempDir Path tmp;

  static EngineBench.LabelledSet asreviewBaseline() throws Exception {
    Path dir =
        Fixtures.shared()
            .map(p -> p.resolve("formats/asreview-citation-file-formatting"))
            .orElse(null);
    if (dir == null || !Files.isDirectory(dir)) {
      return null;
    }
    Path truth =
        Fixtures.files("dedup/asreview-baseline").stream()
            .filter(p -> p.getFileName().toString().equals("merged_record_ids.csv"))
            .findFirst()
            .orElseThrow();
    return EngineBench.read(
        "asreview-baseline",
        List.of(
            new EngineBench.Source(dir.resolve("RIS/_baseline.ris"), "ris:"),
            new EngineBench.Source(dir.resolve("RIS/_baseline_citavi.ris"), "citavi:"),
            new EngineBench.Source(dir.resolve("CSV/_baseline.csv"), "csv:")),
        DedupBenchmark.readTruth(truth));
  }

  static EngineBench.LabelledSet recurringColumns(Path dir) throws Exception {
    Path records = dir.resolve("recurring-columns.csv");
    Path truth = dir.resolve("recurring-columns-truth.csv");
    RecurringColumnsSet.write(records, truth, 13);
    return EngineBench.read(
        "recurring-columns",
        List.of(new EngineBench.Source(records, "")),
        DedupBenchmark.readTruth(truth));
  }

  private static EngineBench.Outcome report(EngineBench.LabelledSet set) {
    EngineBench.Outcome o = EngineBench.run(set, DedupSettings.DEFAULTS);
    System.out.printf(
        "%s: %d records, automatic sens %.4f FP %d (TP %d FN %d TN %d); queue %d; queue-resolved"
            + " sens %.4f FP %d%n",
        set.name(),
        set.records().size(),
        o.automatic().sensitivity(),
        o.automatic().fp(),
        o.automatic().tp(),
        o.automatic().fn(),
        o.automatic().tn(),
        o.queue(),
        o.queueResolved().sensitivity(),
        o.queueResolved().fp());
    return o;
  }

  @Test
  void threeExportsOfTheSameHundredRecords() throws Exception {
    EngineBench.LabelledSet set = asreviewBaseline();
    assumeTrue(set != null, "shared fixtures absent");
    assertEquals(300, set.records().size());
    EngineBench.Outcome o = report(set);
    assertEquals(0, o.automatic().fp(), "wrongly merged: " + o.wronglyMerged());
    assertTrue(o.automatic().sensitivity() >= 0.99, "sensitivity " + o.automatic().sensitivity());
  }

  @Test
  void recurringColumnsOfInformationSystemsJournals() throws Exception {
    EngineBench.LabelledSet set = recurringColumns(tmp);
    EngineBench.Outcome o = report(set);
    assertEquals(0, o.automatic().fp(), "wrongly merged: " + o.wronglyMerged());
    assertTrue(o.automatic().sensitivity() >= 0.9, "sensitivity " + o.automatic().sensitivity());
  }
}
