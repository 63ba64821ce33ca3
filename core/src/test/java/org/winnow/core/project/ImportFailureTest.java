package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.Field;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.model.SourceType;
import org.winnow.core.storage.MetaDao;

/**
 * An import that dies of an {@link Error} half-way (out of memory after 2,000 records, a stack
 * overflow in a progress listener) stores nothing: no batch, no record, and the index still agrees
 * with the database.
 */
class ImportFailureTest {
  @TempDir Path tmp;

  /** Hands over {@code before} records, then fails as a JVM out of memory would. */
  private static final class DyingImporter implements CitationImporter {
    private final int before;

    DyingImporter(int before) {
      this.before = before;
    }

    @Override
    public String id() {
      return "dying";
    }

    @Override
    public String label() {
      return "records then out of memory";
    }

    @Override
    public List<String> extensions() {
      return List.of("dying");
    }

    @Override
    public int detect(String sample) {
      return 90;
    }

    @Override
    public List<RecordDraft> read(ImportText input) {
      throw new UnsupportedOperationException("streams only");
    }

    @Override
    public void stream(ImportText input, DraftSink sink) throws org.winnow.core.io.ImportException {
      for (int i = 1; i <= before; i++) {
        sink.accept(
            new RecordDraft(i)
                .fileRecordId("r" + i)
                .add(Field.TITLE, "Stroke unit care number " + i)
                .add(Field.YEAR, "2001"));
      }
      throw new OutOfMemoryError("Java heap space");
    }
  }

  private ImportOutcome run(ReviewProject p, int before, Progress progress) throws Exception {
    Path file = Files.writeString(tmp.resolve("big.dying"), "whatever\n");
    return new ImportService(p, new FormatRegistry(List.of(new DyingImporter(before)), List.of()))
        .importFiles(
            new ImportRequest(
                List.of(file), "MEDLINE", SourceType.DATABASE, null, null, null, true, "tester"),
            progress);
  }

  private static void assertNothingStored(ReviewProject p) throws Exception {
    ProjectSummary s = p.summary();
    assertEquals(0, s.records(), "no record");
    assertEquals(List.of(), s.batches(), "no batch");
    assertEquals(0, p.search("stroke", 10).total(), "the index holds none of them");
    long version = p.database().read(MetaDao::dataVersion);
    assertTrue(p.openIndex().isCurrent(version), "the index is consistent with the database");
  }

  @Test
  void anImporterRunningOutOfMemoryStoresNothing() throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      p.search("stroke", 1); // an index exists and is current before the import
      assertThrows(OutOfMemoryError.class, () -> run(p, 2000, Progress.NONE));
      assertNothingStored(p);
      // the project stays usable: the locks were released and a later import works
      new ImportService(p, new FormatRegistry(List.of(new LineImporter()), List.of()))
          .importFiles(
              new ImportRequest(
                  List.of(Files.writeString(tmp.resolve("a.lines"), "a|Stroke care|2001\n")),
                  "MEDLINE",
                  SourceType.DATABASE,
                  null,
                  null,
                  null,
                  false,
                  "tester"),
              Progress.NONE);
      assertEquals(1, p.search("stroke", 10).total());
    }
    try (ReviewProject p = TestProjects.open(tmp.resolve("r"))) {
      assertEquals(1, p.summary().records());
      assertEquals(1, p.search("stroke", 10).total());
    }
  }

  @Test
  void aProgressListenerFailingWithAnErrorStoresNothing() throws Exception {
    Progress dies =
        (phase, done, total) -> {
          if (done == 10_000) {
            throw new StackOverflowError();
          }
        };
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      assertThrows(StackOverflowError.class, () -> run(p, 20_000, dies));
      assertNothingStored(p);
    }
    try (ReviewProject p = TestProjects.open(tmp.resolve("r"))) {
      assertNothingStored(p);
    }
  }
}
