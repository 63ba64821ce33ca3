package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.model.SourceType;
import org.winnow.core.storage.Database;

class ReviewProjectTest {
  @TempDir Path tmp;

  private static final FormatRegistry LINES =
      new FormatRegistry(List.of(new LineImporter()), List.of());

  private ImportOutcome importLines(
      ReviewProject p, String source, SourceType type, boolean force, Path... files)
      throws Exception {
    return new ImportService(p, LINES)
        .importFiles(
            new ImportRequest(List.of(files), source, type, null, null, null, force, "tester"),
            Progress.NONE);
  }

  private Path file(String name, String content) throws Exception {
    Path f = tmp.resolve(name);
    Files.writeString(f, content);
    return f;
  }

  @Test
  void createsAMigratedProjectAndReopensIt() throws Exception {
    Path dir = tmp.resolve("review");
    try (ReviewProject p = ReviewProject.create(dir, "Perinatal care", "tester")) {
      assertEquals("Perinatal care", p.name());
      assertEquals(Database.SCHEMA_VERSION, p.summary().schemaVersion());
    }
    assertTrue(Files.isDirectory(dir.resolve(ReviewProject.FULLTEXT_FOLDER)));
    try (ReviewProject p = ReviewProject.open(dir)) {
      assertEquals("Perinatal care", p.name());
    }
  }

  @Test
  void refusesNonProjectsAndNonEmptyFolders() throws Exception {
    assertThrows(ProjectException.class, () -> ReviewProject.open(tmp.resolve("nothing")));
    file("stray.txt", "x");
    ProjectException e =
        assertThrows(ProjectException.class, () -> ReviewProject.create(tmp, null, "t"));
    assertTrue(e.getMessage().contains("not empty"), e.getMessage());
  }

  @Test
  void aSecondOpenGetsAClearMessage() throws Exception {
    Path dir = tmp.resolve("review");
    try (ReviewProject p = ReviewProject.create(dir, null, "tester")) {
      ProjectException e = assertThrows(ProjectException.class, () -> ReviewProject.open(dir));
      assertTrue(e.getMessage().contains("open in another window"), e.getMessage());
    }
    try (ReviewProject p = ReviewProject.open(dir)) {
      assertFalse(p.name().isEmpty());
    }
  }

  @Test
  void importsStoreSourcesBatchesAndRecordsAndAreSearchable() throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      ImportOutcome o =
          importLines(
              p,
              "MEDLINE",
              SourceType.DATABASE,
              false,
              file(
                  "a.lines",
                  "m1|Stroke rehabilitation|2019|10.1000/A\nm2|Cytology screening|2008|\n"));
      assertEquals(2, o.recordCount());
      ProjectSummary s = p.summary();
      assertEquals(2, s.records());
      assertEquals(2, s.citations());
      assertEquals("MEDLINE", s.sources().get(0).source().name());
      assertEquals(2, s.sources().get(0).records());
      assertEquals(1, p.search("stroke", 10).total());
      assertEquals(List.of("m1"), p.search("stroke", 10).hits().get(0).recordIds());
      assertEquals(1, p.search("year:[2000 TO 2010]", 10).total());
      assertEquals(1, p.search("doi:\"10.1000/a\"", 10).total());
    }
  }

  @Test
  void aFileWithAnErrorImportsNothingFromTheWholeRequest() throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      Path good = file("good.lines", "a|One|2001\n");
      Path bad = file("bad.lines", "b|Two|2002\nERROR\n");
      ImportException e =
          assertThrows(
              ImportException.class,
              () -> importLines(p, "Embase", SourceType.DATABASE, false, good, bad));
      assertEquals("bad.lines", e.file());
      assertEquals(2, e.line());
      assertEquals("title", e.field());
      assertEquals(0, p.summary().records());
      assertTrue(p.summary().sources().isEmpty(), "no source left behind");
      assertEquals(0, p.search("one", 10).total(), "no index document left behind");
      importLines(p, "Embase", SourceType.DATABASE, false, file("next.lines", "c|Three|2003\n"));
      assertEquals(0, p.search("one", 10).total());
      assertEquals(List.of("c"), p.search("three", 10).hits().get(0).recordIds());
    }
  }

  @Test
  void recordsWithoutFileIdsAreFoundUnderTheirProjectIds() throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      importLines(
          p, "PubMed", SourceType.DATABASE, false, file("a.lines", "|Alpha|2001\nx|Beta\n"));
      importLines(p, "PubMed", SourceType.DATABASE, false, file("b.lines", "|Gamma|2002\n"));
      assertEquals(List.of("#1"), p.search("alpha", 10).hits().get(0).recordIds());
      assertEquals(List.of("#3"), p.search("gamma", 10).hits().get(0).recordIds());
      assertEquals(3, p.reindex());
      assertEquals(List.of("#3"), p.search("gamma", 10).hits().get(0).recordIds());
      assertEquals(3, p.search("alpha OR beta OR gamma", 10).total());
    }
  }

  @Test
  void theSameFileTwiceNeedsForce() throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      Path f = file("a.lines", "a|One|2001\n");
      importLines(p, "PubMed", SourceType.DATABASE, false, f);
      ProjectException e =
          assertThrows(
              ProjectException.class,
              () -> importLines(p, "PubMed", SourceType.DATABASE, false, f));
      assertTrue(e.getMessage().contains("--force"), e.getMessage());
      importLines(p, "PubMed", SourceType.DATABASE, true, f);
      assertEquals(2, p.summary().records());
      assertEquals(2, p.summary().batches().size());
    }
  }

  @Test
  void aSourceKeepsItsType() throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      importLines(p, "Google", SourceType.WEBSITE, false, file("a.lines", "a|One|2001\n"));
      assertThrows(
          ProjectException.class,
          () ->
              importLines(
                  p, "google", SourceType.DATABASE, false, file("b.lines", "b|Two|2001\n")));
      importLines(p, "Google", null, false, file("c.lines", "c|Three|2001\n"));
      assertEquals(1, p.summary().sources().size());
      assertThrows(
          ProjectException.class,
          () -> importLines(p, "New place", null, false, file("d.lines", "d|Four|2001\n")));
    }
  }

  @Test
  void aMissingOrCorruptIndexIsRebuilt() throws Exception {
    Path dir = tmp.resolve("r");
    Path index;
    try (ReviewProject p = TestProjects.create(dir, null, "tester")) {
      index = p.folder().resolve(ReviewProject.INDEX_FOLDER);
      importLines(
          p,
          "MEDLINE",
          SourceType.DATABASE,
          false,
          file("a.lines", "a|Stroke unit care|2001\nb|Other|2002\n"));
    }
    try (var files = Files.list(index)) {
      for (Path f : files.toList()) {
        Files.write(f, new byte[] {1, 2, 3}); // corrupt every file
      }
    }
    try (ReviewProject p = TestProjects.open(dir)) {
      assertEquals(1, p.search("stroke", 10).total());
    }
    deleteTree(index);
    try (ReviewProject p = TestProjects.open(dir)) {
      assertEquals(1, p.search("stroke", 10).total());
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    try (var walk = Files.walk(dir)) {
      for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
