package org.winnow.ui.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.model.ConsensusStatus;
import org.winnow.ui.ExtractionFixture;
import org.winnow.ui.ScreeningFixture;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;

/** The studies and extraction view model on a real project, work done on the calling thread. */
class ExtractionViewModelTest {
  @TempDir Path tmp;
  private Session session;
  private ExtractionViewModel model;

  @BeforeEach
  void open() throws Exception {
    ExtractionFixture.create(tmp.resolve("review"), tmp);
    session = new Session(tmp.resolve("settings"));
    session.open(tmp.resolve("review"));
    model = new ExtractionViewModel(new AppContext(session, TaskRunner.sameThread()));
    model.reload();
    model.personProperty().set(ScreeningFixture.ANA);
  }

  @AfterEach
  void close() {
    session.close();
  }

  private FormModel form() {
    return model.formModelProperty().get();
  }

  private FieldModel field(String section, int entry, String id) {
    return form().section(section).entries().get(entry).field(id).orElseThrow();
  }

  @Test
  void theStudiesAreListedWithTheirReportsAndTheFirstOpensWithItsPdf() {
    assertEquals(3, model.studies().size());
    StudyRow first = model.studies().get(0);
    assertEquals("S1", first.code());
    assertEquals(model.studies().get(0), model.studyProperty().get());
    assertNotNull(model.pdfProperty().get(), "the attached PDF opens beside the form");
    assertEquals("tidier", form().template().id());
    assertEquals(1, form().section("interventions").entries().size(), "TIDieR needs one");
    model.move(1);
    assertEquals("S2", model.studyProperty().get().code());
    assertNull(model.pdfProperty().get());
  }

  @Test
  void aDraftIsSavedAndComesBackAndASubmissionIsBlindedUntilBothAreIn() {
    field("interventions", 0, "brief_name").textProperty().set("Group CBT");
    form().section("interventions").add();
    field("interventions", 1, "brief_name").textProperty().set("Usual care");
    field("interventions", 1, "how").notReportedProperty().set(true);
    model.saveDraft();
    model.move(1);
    model.move(-1);
    assertEquals(2, form().section("interventions").entries().size(), "the draft came back");
    assertTrue(field("interventions", 1, "how").notReportedProperty().get());
    assertTrue(model.savedProperty().get().startsWith("Draft from"));

    assertTrue(model.submit(), model.messageProperty().get());
    assertTrue(model.blindedProperty().get());
    model.personProperty().set(ScreeningFixture.BEN);
    assertEquals("", field("interventions", 0, "brief_name").textProperty().get(), "blinded");
    assertTrue(model.comparison().isEmpty());
    field("interventions", 0, "brief_name").textProperty().set("Group CBT, 8 sessions");
    field("interventions", 0, "how").textProperty().set("Face to face");
    assertTrue(model.submit(), model.messageProperty().get());
    assertFalse(model.blindedProperty().get());
    assertEquals(List.of(ScreeningFixture.ANA, ScreeningFixture.BEN), model.extractors());
    assertTrue(model.comparison().stream().anyMatch(ComparisonRow::differs));
    assertEquals(
        4,
        model.studies().get(0).open(),
        "open: brief name and how of intervention 1 (Ana left how empty), and Ana's second"
            + " intervention (brief name, how NR) that Ben does not have");
  }

  @Test
  void theConsensusStartsFromTheChosenValuesAndIsRecorded() throws Exception {
    field("interventions", 0, "brief_name").textProperty().set("Group CBT");
    assertTrue(model.submit());
    model.personProperty().set(ScreeningFixture.BEN);
    field("interventions", 0, "brief_name").textProperty().set("Group CBT, 8 sessions");
    assertTrue(model.submit());
    model.personProperty().set(ScreeningFixture.CHEN);
    ComparisonRow differing =
        model.comparison().stream().filter(ComparisonRow::differs).findFirst().orElseThrow();
    model.choose(differing, 1);
    model.startConsensus();
    assertTrue(model.consensusModeProperty().get());
    assertEquals(
        "Group CBT, 8 sessions", field("interventions", 0, "brief_name").textProperty().get());
    assertTrue(model.submit(), model.messageProperty().get());
    FormResult r = session.project().extraction().results("tidier").get(0);
    assertEquals(ConsensusStatus.CONSENSUS, r.status());
    assertEquals(ScreeningFixture.CHEN, r.decidedBy());
    assertEquals(0, model.studies().get(0).open());
  }

  @Test
  void crossFieldChecksShowWhereTheValueIsTypedAndStopTheSubmission() {
    model.formProperty().set("outcome-data");
    SectionModel arms = form().section("arm_results");
    EntryModel e = arms.add();
    e.field("outcome").orElseThrow().textProperty().set("Pain");
    e.field("time_point").orElseThrow().textProperty().set("6 months");
    e.field("arm").orElseThrow().textProperty().set("CBT");
    e.field("events").orElseThrow().textProperty().set("12");
    e.field("total").orElseThrow().textProperty().set("10");
    assertEquals(
        "Events (12) is above Total (for events) (10)",
        e.field("total").orElseThrow().problemProperty().get());
    e.field("sd").orElseThrow().textProperty().set("0");
    assertTrue(e.field("sd").orElseThrow().problemProperty().get().contains("above 0"));
    e.field("n").orElseThrow().textProperty().set("12,5");
    assertTrue(
        e.field("n").orElseThrow().problemProperty().get().contains("thousands")
            || e.field("n").orElseThrow().problemProperty().get().contains("decimal point"),
        e.field("n").orElseThrow().problemProperty().get());
    assertFalse(model.submit());
    assertTrue(model.messageProperty().get().contains("need attention"));
    e.field("total").orElseThrow().textProperty().set("40");
    e.field("sd").orElseThrow().textProperty().set("1.2");
    e.field("n").orElseThrow().textProperty().set("40");
    assertEquals("", e.field("total").orElseThrow().problemProperty().get());
    assertTrue(model.submit(), model.messageProperty().get());
  }

  @Test
  void reportsAreLinkedIntoOneStudyAndUnlinkedAgain() {
    model.link(List.of(model.studies().get(0), model.studies().get(1)));
    assertEquals(2, model.studies().size(), model.messageProperty().get());
    StudyRow linked = model.studies().get(0);
    assertEquals(2, linked.reports().size());
    model.unlink(linked.reports().get(1));
    assertEquals(3, model.studies().size(), model.messageProperty().get());
    model.link(List.of(model.studies().get(0)));
    assertTrue(model.messageProperty().get().startsWith("Select two studies"));
  }
}
