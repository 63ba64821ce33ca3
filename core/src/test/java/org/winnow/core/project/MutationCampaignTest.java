package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.model.SourceType;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.BatchDao;
import org.winnow.core.storage.RecordDao;
import org.winnow.core.storage.SourceDao;
import org.winnow.fixtures.CitationMutator;
import org.winnow.fixtures.CitationMutator.Kind;
import org.winnow.fixtures.CitationMutator.Mutant;
import org.winnow.fixtures.Fixtures;

/**
 * Issue 12's evidence: damaged and hostile versions of the shared samples of every format ({@link
 * CitationMutator}, seeded) imported through {@link ImportService} into a real project that already
 * holds records. Each must end in records or an {@link ImportException} (never another throwable),
 * within a generous time (a hang detector, not a benchmark), and a failed import must leave the
 * project's records, batches, sources, audit rows and index documents as they were. Samples are the
 * largest few of each format under 24 KiB, so the campaign stays quick.
 */
class MutationCampaignTest {
  private static final long SEED = 20261207L;

  /** Samples per format: few, so that the campaign's hundreds of imports are quick. */
  private static final int SAMPLES_PER_FORMAT = 4;

  /** Larger samples add time, not kinds of damage. */
  private static final long MAX_SAMPLE_BYTES = 24 * 1024;

  /** The issue asks for at least this many inputs. */
  private static final int MIN_INPUTS = 300;

  private static final Duration HANG = Duration.ofSeconds(20);

  private static final FormatRegistry REGISTRY = FormatRegistry.standard();

  @TempDir Path tmp;

  /** What a failed import must leave unchanged. */
  record Counts(long records, long batches, long sources, long auditRows, long indexDocuments) {
    static Counts of(ReviewProject p) {
      return p.database()
          .read(
              c ->
                  new Counts(
                      RecordDao.count(c),
                      BatchDao.all(c).size(),
                      SourceDao.all(c).size(),
                      AuditDao.count(c),
                      p.index().withSearcher(s -> (long) s.getIndexReader().numDocs())));
    }
  }

  @Test
  void damagedAndHostileExportsEndInRecordsOrAClearErrorAndFailuresChangeNothing()
      throws Exception {
    List<Mutant> inputs = inputs();
    Assumptions.assumeFalse(inputs.isEmpty(), "no shared fixtures");
    assertTrue(inputs.size() >= MIN_INPUTS, inputs.size() + " inputs");
    Map<Kind, int[]> tally = new EnumMap<>(Kind.class); // imported, refused
    List<String> problems = new ArrayList<>();
    Path dir = tmp.resolve("inputs");
    Files.createDirectories(dir);
    try (ReviewProject p = TestProjects.create(tmp.resolve("review"), "campaign", "tester")) {
      Path seed = dir.resolve("seed.ris");
      Files.writeString(
          seed,
          "TY  - JOUR\nID  - s1\nTI  - A record already there\nPY  - 2020\nER  - \n"
              + "TY  - JOUR\nID  - s2\nTI  - Another one\nPY  - 2021\nER  - \n");
      importOne(p, seed);
      int n = 0;
      for (Mutant m : inputs) {
        Path file = dir.resolve(String.format("m%04d-%s", n++, safeName(m.name())));
        Files.write(file, m.bytes());
        Counts before = Counts.of(p);
        int[] counts = tally.computeIfAbsent(m.kind(), k -> new int[2]);
        try {
          ImportOutcome outcome =
              assertTimeoutPreemptively(HANG, () -> importOne(p, file), m::toString);
          counts[0]++;
          assertEquals(
              before.records() + outcome.recordCount(), Counts.of(p).records(), m.toString());
        } catch (Throwable t) { // rethrown as is by assertTimeoutPreemptively
          if (t instanceof ImportException e) {
            counts[1]++;
            if (!e.getMessage().startsWith(file.getFileName().toString())) {
              problems.add(m + ": error does not name the file: " + e.getMessage());
            }
            Counts after = Counts.of(p);
            if (!before.equals(after)) {
              problems.add(m + ": failed import changed the project " + before + " -> " + after);
            }
          } else if (t instanceof org.opentest4j.AssertionFailedError a
              && a.getMessage() != null
              && a.getMessage().contains("timed out")) {
            problems.add(m + ": hang: " + a.getMessage());
          } else {
            problems.add(m + ": internal error: " + t);
          }
        } finally {
          Files.delete(file);
        }
      }
    }
    Map<String, String> table = new LinkedHashMap<>();
    tally.forEach((k, v) -> table.put(k.name(), v[0] + " imported, " + v[1] + " refused"));
    System.out.println("mutation campaign: " + inputs.size() + " inputs " + table);
    if (!problems.isEmpty()) {
      fail(problems.size() + " of " + inputs.size() + " inputs:\n" + String.join("\n", problems));
    }
  }

  private static ImportOutcome importOne(ReviewProject p, Path file) throws Exception {
    return p.imports()
        .importFiles(
            new ImportRequest(
                List.of(file), "Mutants", SourceType.DATABASE, null, null, null, true, "tester"),
            Progress.NONE);
  }

  /** The mutants of the smallest samples of every format, and the deep XML documents. */
  private static List<Mutant> inputs() throws Exception {
    List<Path> samples = Fixtures.sharedFormatSamples();
    if (samples.isEmpty()) {
      return List.of();
    }
    Map<String, List<Path>> byFormat = new TreeMap<>();
    for (Path file : samples) {
      long size = Files.size(file);
      if (size == 0 || size > MAX_SAMPLE_BYTES) {
        continue;
      }
      ImportText text = TextDecoder.decode(file.getFileName().toString(), file);
      String format = REGISTRY.detect(text).map(CitationImporter::id).orElse(null);
      if (format != null) {
        byFormat.computeIfAbsent(format, f -> new ArrayList<>()).add(file);
      }
    }
    CitationMutator mutator = new CitationMutator(SEED);
    List<Mutant> out = new ArrayList<>(CitationMutator.deepXml());
    for (List<Path> files : byFormat.values()) {
      files.sort(
          (a, b) -> {
            try {
              return Long.compare(Files.size(a), Files.size(b));
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      for (Path file :
          files.subList(files.size() - Math.min(SAMPLES_PER_FORMAT, files.size()), files.size())) {
        out.addAll(mutator.mutate(file.getFileName().toString(), Files.readAllBytes(file)));
      }
    }
    return out;
  }

  private static String safeName(String name) {
    return name.replaceAll("[^A-Za-z0-9._@-]", "_");
  }
}
