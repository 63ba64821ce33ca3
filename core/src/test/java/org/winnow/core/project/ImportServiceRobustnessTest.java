package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.model.SourceType;

/**
 * What reaches {@link ImportService} besides good exports: the same file twice, things that are no
 * regular file, a parser that fails in an unforeseen way, a file cut inside its last record.
 */
class ImportServiceRobustnessTest {
  private static final Duration QUICKLY = Duration.ofSeconds(20);

  @TempDir Path tmp;

  private static ImportRequest request(boolean force, Path... files) {
    return new ImportRequest(
        List.of(files), "Source", SourceType.DATABASE, null, null, null, force, "tester");
  }

  private Path ris(String name, String title) throws Exception {
    Path f = tmp.resolve(name);
    Files.writeString(f, "TY  - JOUR\nTI  - " + title + "\nER  - \n");
    return f;
  }

  @Test
  void theSameFileTwiceInOneImportIsRefusedEvenWithForce() throws Exception {
    Path a = ris("a.ris", "One");
    Path copy = tmp.resolve("copy.ris");
    Files.copy(a, copy);
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      for (boolean force : new boolean[] {false, true}) {
        ProjectException e =
            assertThrows(
                ProjectException.class,
                () -> p.imports().importFiles(request(force, a, copy), Progress.NONE));
        assertTrue(e.getMessage().contains("same file as"), e.getMessage());
        assertTrue(e.getMessage().contains("even with --force"), e.getMessage());
      }
      assertEquals(0, p.summary().records());
      assertEquals(0, p.summary().batches().size());
      ImportOutcome both =
          p.imports().importFiles(request(false, a, ris("b.ris", "Two")), Progress.NONE);
      assertEquals(2, both.batches().size(), "two different files are fine");
    }
  }

  @Test
  void aFolderIsRefused() throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      Path dir = Files.createDirectories(tmp.resolve("folder.ris"));
      ImportException e =
          assertThrows(
              ImportException.class,
              () -> p.imports().importFiles(request(false, dir), Progress.NONE));
      assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }
  }

  @Test
  void devZeroAndANamedPipeAreRefusedAtOnce() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
    Path fifo = tmp.resolve("pipe.ris");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      for (Path special : List.of(Path.of("/dev/zero"), fifo)) {
        ImportException e =
            assertTimeoutPreemptively(
                QUICKLY,
                () ->
                    assertThrows(
                        ImportException.class,
                        () -> p.imports().importFiles(request(false, special), Progress.NONE)));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
      }
      assertEquals(0, p.summary().batches().size());
    }
  }

  /** Fails as a parser bug would, after handing over one record. */
  private static final class BrokenImporter implements CitationImporter {
    private final Throwable failure;

    BrokenImporter(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public String id() {
      return "broken";
    }

    @Override
    public String label() {
      return "broken test format";
    }

    @Override
    public List<String> extensions() {
      return List.of("broken");
    }

    @Override
    public int detect(String sample) {
      return 90;
    }

    @Override
    public List<RecordDraft> read(ImportText input) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void stream(ImportText input, DraftSink sink) throws ImportException {
      sink.accept(new RecordDraft(1).raw("line", "x"));
      if (failure instanceof RuntimeException r) {
        throw r;
      }
      throw (Error) failure;
    }
  }

  @Test
  void aParserThatFailsUnexpectedlyIsBadInputAndLeavesNothingBehind() throws Exception {
    Path f = tmp.resolve("x.broken");
    Files.writeString(f, "anything\n");
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      p.imports().importFiles(request(false, ris("seed.ris", "Seed")), Progress.NONE);
      for (Throwable failure :
          List.of(new IllegalStateException("bug"), new StackOverflowError())) {
        ImportService broken =
            new ImportService(
                p, new FormatRegistry(List.of(new BrokenImporter(failure)), List.of()));
        ImportException e =
            assertThrows(
                ImportException.class, () -> broken.importFiles(request(true, f), Progress.NONE));
        assertEquals("x.broken", e.file());
        assertEquals(1, e.line());
        assertEquals(1, p.summary().records(), "only the seed record");
        assertEquals(1, p.summary().batches().size(), "only the seed batch");
        assertEquals(1, p.summary().sources().size());
      }
    }
  }

  @Test
  void aRecordTheFileEndsInsideIsImportedWithAWarning() throws Exception {
    Path cut = tmp.resolve("cut.ris");
    Files.writeString(cut, "TY  - JOUR\nTI  - Whole\nER  - \nTY  - JOUR\nTI  - Cut sh");
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      ImportOutcome outcome = p.imports().importFiles(request(false, cut), Progress.NONE);
      assertEquals(2, outcome.recordCount());
      assertEquals(1, outcome.warnings().size(), outcome.warnings().toString());
      assertEquals("cut.ris", outcome.warnings().get(0).file());
      assertEquals(5, outcome.warnings().get(0).line());
    }
  }
}
