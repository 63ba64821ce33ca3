package org.winnow.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.model.SourceType;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.TestReviews;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;
import org.winnow.ui.importing.ImportViewModel.FileError;
import org.winnow.ui.importing.ImportViewModel.FileState;

class ImportViewModelTest {
  @TempDir Path tmp;
  private Session session;
  private ImportViewModel model;

  @BeforeEach
  void open() throws Exception {
    session = TestReviews.newProject(tmp);
    model = new ImportViewModel(new AppContext(session, TaskRunner.sameThread()));
    model.refresh();
  }

  @AfterEach
  void close() {
    session.close();
  }

  private ReviewProject project() {
    return session.project();
  }

  private void medlineAsDatabase() throws Exception {
    model.addFiles(List.of(TestReviews.medline(tmp)));
    model.sourceNameProperty().set("MEDLINE");
    model.sourceTypeProperty().set(SourceType.DATABASE);
  }

  @Test
  void recognisesEachFileFromItsFirstBytesAndSaysWhatIsMissing() throws Exception {
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "just some notes\nnothing else\n");
    model.addFiles(List.of(TestReviews.medline(tmp), notes, TestReviews.medline(tmp)));
    assertEquals(2, model.files().size(), "a file is listed once");
    assertEquals("ris", model.files().get(0).format().id());
    assertEquals(FileState.READY, model.files().get(0).state());
    assertNull(model.files().get(1).format());
    assertEquals("choose the format", model.files().get(1).status());
    assertTrue(model.blockerProperty().get().startsWith("notes.txt"));

    model.remove(model.files().get(1));
    assertTrue(model.blockerProperty().get().startsWith("Name the source"));
    model.sourceNameProperty().set("MEDLINE (Ovid)");
    assertEquals("Choose the source type.", model.blockerProperty().get());
    model.sourceTypeProperty().set(SourceType.DATABASE);
    assertTrue(model.canImport().get());
  }

  @Test
  void importsEverythingAndOffersDeduplication() throws Exception {
    medlineAsDatabase();
    model.searchDateProperty().set(LocalDate.of(2024, 3, 1));
    model.strategyProperty().set("1. exp Opioid-Related Disorders/\n2. pregnan*.tw.");
    model.importFiles(false);

    assertEquals(3, model.recordsProperty().get());
    assertEquals(3, project().summary().records());
    assertTrue(
        model.resultProperty().get().contains("Imported 3 records from 1 file into MEDLINE"),
        model.resultProperty().get());
    assertTrue(model.resultProperty().get().contains("(was 0)"));
    assertEquals(FileState.IMPORTED, model.files().get(0).state());
    assertEquals(LocalDate.of(2024, 3, 1), project().summary().batches().get(0).searchedOn());
    assertTrue(model.dedupOfferedProperty().get());
    assertFalse(model.canImport().get(), "the same files are not offered again");

    model.findDuplicates();
    assertTrue(model.dedupResultProperty().get().contains("3 records"));
    assertFalse(model.dedupOfferedProperty().get());
  }

  @Test
  void anExistingSourceFixesItsType() throws Exception {
    TestReviews.importFile(project(), "Embase", TestReviews.embase(tmp));
    model.refresh();
    model.sourceTypeProperty().set(SourceType.WEBSITE);
    model.sourceNameProperty().set("Embase");
    assertTrue(model.sourceKnownProperty().get());
    assertEquals(SourceType.DATABASE, model.sourceTypeProperty().get());
    model.sourceNameProperty().set("Embase 2");
    assertFalse(model.sourceKnownProperty().get());
  }

  @Test
  void aBadFileImportsNothingAndNamesFileLineAndField() throws Exception {
    Path good = TestReviews.medline(tmp);
    Path bad = TestReviews.brokenBibtex(tmp);
    model.addFiles(List.of(good, bad));
    model.sourceNameProperty().set("Scopus");
    model.sourceTypeProperty().set(SourceType.DATABASE);
    model.importFiles(false);

    assertEquals(0, project().summary().records());
    assertEquals(1, model.errors().size());
    FileError e = model.errors().get(0);
    assertEquals("scopus.bib", e.file());
    assertTrue(e.line() >= 6, "line " + e.line());
    assertEquals("title", e.field());
    assertTrue(
        model.refusalProperty().get().contains("Nothing was imported because scopus.bib"),
        model.refusalProperty().get());
    assertEquals(FileState.FAILED, model.files().get(1).state());
    assertEquals(FileState.READY, model.files().get(0).state());
    assertFalse(model.dedupOfferedProperty().get());
  }

  @Test
  void aFileImportedBeforeCanBeImportedAnywayOnRequest() throws Exception {
    TestReviews.importFile(project(), "MEDLINE", TestReviews.medline(tmp));
    model.refresh();
    medlineAsDatabase();
    model.importFiles(false);
    assertTrue(model.forceOfferedProperty().get());
    assertTrue(model.refusalProperty().get().contains("already imported"));
    assertFalse(model.refusalProperty().get().contains("--force"), "no command-line advice");
    assertEquals(3, project().summary().records());

    model.importFiles(true);
    assertEquals(6, project().summary().records());
    assertFalse(model.forceOfferedProperty().get());
    assertEquals("", model.refusalProperty().get());
  }

  @Test
  void aChosenFormatOverridesRecognition() throws Exception {
    model.addFiles(List.of(Files.writeString(tmp.resolve("export.txt"), "nothing to see\n")));
    model.sourceNameProperty().set("Other");
    model.sourceTypeProperty().set(SourceType.OTHER);
    assertFalse(model.canImport().get());
    model.formatProperty().set(model.formats().get(0));
    assertTrue(model.canImport().get());
  }
}
