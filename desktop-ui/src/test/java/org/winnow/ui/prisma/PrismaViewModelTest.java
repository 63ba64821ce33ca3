package org.winnow.ui.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.winnow.core.prisma.PrismaBox;
import org.winnow.core.prisma.PrismaChecks;
import org.winnow.core.project.PrismaExport;
import org.winnow.core.project.PrismaService;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;
import org.winnow.ui.prisma.PrismaViewModel.CheckRow;
import org.winnow.ui.prisma.PrismaViewModel.CheckStatus;
import org.winnow.ui.prisma.PrismaViewModel.ItemRow;
import org.winnow.ui.start.DemoReview;

/** The PRISMA view model on the demo review, without a window. */
class PrismaViewModelTest {
  @TempDir static Path tmp;
  static Session session;
  PrismaViewModel model;

  @BeforeAll
  static void openDemo() throws Exception {
    FxToolkit.registerPrimaryStage(); // images need the JavaFX toolkit
    session = new Session(tmp.resolve("settings"));
    session.use(DemoReview.create(tmp.resolve("demo")));
  }

  @AfterAll
  static void closeDemo() {
    session.close();
  }

  @BeforeEach
  void load() {
    model = new PrismaViewModel(new AppContext(session, TaskRunner.sameThread()));
    model.refresh();
  }

  private PrismaBox box(String field) {
    return model.diagramProperty().get().boxOf(field).orElseThrow();
  }

  @Test
  void drawsTheDiagramAndEveryRuleHolds() {
    assertNotNull(model.imageProperty().get());
    assertEquals(
        Math.ceil(model.diagramProperty().get().width() * PrismaViewModel.SCREEN_DPI / 72.0),
        model.imageProperty().get().getWidth());
    assertEquals(PrismaChecks.RULES.size(), model.checks().size());
    assertTrue(model.checks().stream().noneMatch(c -> c.status() == CheckStatus.BROKEN));
    assertTrue(model.checks().stream().anyMatch(c -> c.status() == CheckStatus.NOT_APPLICABLE));
    assertTrue(model.checkSummaryProperty().get().startsWith("Every number adds up"));
    assertEquals("", model.errorProperty().get());
  }

  @Test
  void aClickOnABoxListsTheItemsBehindItsCounts() {
    PrismaBox excluded = box("dbr_excluded");
    model.select(excluded.bounds().centerX(), excluded.bounds().centerY());
    assertEquals(excluded, model.selectedBoxProperty().get());
    Set<String> reasons = model.items().stream().map(ItemRow::group).collect(Collectors.toSet());
    assertEquals(Set.of("Wrong outcomes", "Wrong study design"), reasons);
    assertEquals(3, model.items().size());
    assertTrue(
        model.selectionTitleProperty().get().startsWith("3 items behind “Reports excluded”"));

    // the identification box lists the records of every database, by database
    model.selectBox(box("database_results"));
    assertEquals(201, model.items().size());
    assertEquals(
        Set.of("MEDLINE (PubMed)", "Embase (Ovid)", "APA PsycInfo (EBSCO)"),
        model.items().stream().map(ItemRow::group).collect(Collectors.toSet()));

    // the awaiting note lists the items still waiting, conflicts included
    model.selectBox(
        model.diagramProperty().get().boxOf("records_awaiting_screening").orElseThrow());
    assertTrue(
        model.items().stream().anyMatch(i -> i.field().equals("screening_conflicts")),
        "conflicts await a decision too");

    // a header or the margin selects nothing
    model.select(1, 1);
    assertEquals(null, model.selectedBoxProperty().get());
    assertTrue(model.items().isEmpty());
  }

  @Test
  void theSelectionSurvivesARedraw() {
    model.selectBox(box("records_screened"));
    model.refresh();
    assertEquals("box4", model.selectedBoxProperty().get().id());
    assertEquals(162, model.items().size());
  }

  @Test
  void aManualFieldThatBreaksARuleIsShownWithItsNumbersAndItems() {
    manual("excluded_other").value().set("5");
    model.saveManual();
    assertEquals("Saved 1 field.", model.statusProperty().get());
    CheckRow broken =
        model.checks().stream()
            .filter(c -> c.status() == CheckStatus.BROKEN)
            .findFirst()
            .orElseThrow();
    assertEquals("identification-to-screening", broken.id());
    assertTrue(broken.message().contains("excluded_other"), broken.message());
    assertTrue(broken.message().contains("5 more"), broken.message());
    assertTrue(model.checkSummaryProperty().get().startsWith("1 rule is broken"));
    model.selectCheck(broken);
    assertTrue(model.items().stream().anyMatch(i -> i.field().equals("records_screened")));

    manual("excluded_other").value().set("");
    model.saveManual();
    assertTrue(model.checks().stream().noneMatch(c -> c.status() == CheckStatus.BROKEN));
    assertEquals("", manual("excluded_other").value().get());
  }

  @Test
  void aBadManualValueIsRefusedWithAReason() {
    manual("previous_studies").value().set("many");
    model.saveManual();
    assertTrue(model.errorProperty().get().contains("whole number"), model.errorProperty().get());
  }

  @Test
  void theFormOffersExactlyTheManualFields() {
    assertEquals(
        PrismaService.MANUAL_ONLY,
        model.manual().stream().map(PrismaViewModel.ManualRow::field).collect(Collectors.toSet()));
  }

  @Test
  void exportsEveryFormat() throws Exception {
    for (PrismaExport f : PrismaExport.values()) {
      Path file = tmp.resolve("out/prisma." + f.extension());
      model.export(f, file);
      assertTrue(Files.size(file) > 100, f.toString());
      assertTrue(model.statusProperty().get().endsWith(file.toString()));
    }
  }

  @Test
  void zoomSteppingClampingAndFitting() {
    double width = model.diagramProperty().get().width();
    double height = model.diagramProperty().get().height();
    model.fitTo(width / 2, height);
    assertEquals(0.5, model.zoomProperty().get(), 1e-9);
    assertTrue(model.fitProperty().get());
    model.zoomIn();
    assertEquals(0.625, model.zoomProperty().get(), 1e-9);
    assertFalse(model.fitProperty().get(), "zooming by hand stops fitting");
    for (int i = 0; i < 20; i++) {
      model.zoomOut();
    }
    assertEquals(PrismaViewModel.MIN_ZOOM, model.zoomProperty().get(), 1e-9);
    model.actualSize();
    assertEquals(1, model.zoomProperty().get(), 1e-9);
  }

  private PrismaViewModel.ManualRow manual(String field) {
    return model.manual().stream().filter(m -> m.field().equals(field)).findFirst().orElseThrow();
  }
}
