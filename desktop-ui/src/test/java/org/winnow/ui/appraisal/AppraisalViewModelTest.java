package org.winnow.ui.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.appraisal.MmatCategory;
import org.winnow.core.appraisal.MmatCriterion;
import org.winnow.core.appraisal.MmatRating;
import org.winnow.core.appraisal.MmatResult;
import org.winnow.core.appraisal.MmatSummaryTable;
import org.winnow.core.model.ConsensusStatus;
import org.winnow.ui.AppraisalFixture;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;

/** The appraisal form's rules, blinding, consensus and summary, on a real project. */
class AppraisalViewModelTest {
  @TempDir Path tmp;
  private Session session;
  private AppraisalViewModel model;

  @BeforeEach
  void open() throws Exception {
    AppraisalFixture.create(tmp.resolve("review"), tmp);
    session = new Session(tmp.resolve("settings"));
    session.open(tmp.resolve("review"));
    model = new AppraisalViewModel(new AppContext(session, TaskRunner.sameThread()));
    model.load();
  }

  @AfterEach
  void close() {
    session.close();
  }

  private void as(String name) {
    model
        .appraiserProperty()
        .set(model.reviewers().stream().filter(r -> r.name().equals(name)).findFirst().get());
  }

  private void study(String recordId) {
    model
        .selectedProperty()
        .set(
            model.studies().stream()
                .filter(s -> s.study().recordIds().contains(recordId))
                .findFirst()
                .get());
  }

  private void answer(String keys) {
    for (char k : keys.toCharArray()) {
      model.answer(
          switch (k) {
            case 'Y' -> MmatRating.YES;
            case 'N' -> MmatRating.NO;
            default -> MmatRating.CANT_TELL;
          });
    }
  }

  private MmatResult result(String recordId) {
    return session.project().appraisal().results().stream()
        .filter(r -> r.study().recordIds().contains(recordId))
        .findFirst()
        .orElse(null);
  }

  @Test
  void theScreeningRuleWarnsAndTheAppraisalMayStopThere() {
    as(AppraisalFixture.ANA);
    study("d1");
    answer("NY");
    assertEquals(
        "S1 answered No: further appraisal may not be feasible or appropriate",
        model.screeningWarningProperty().get());
    model.submit();
    MmatResult r = result("d1");
    assertEquals(ConsensusStatus.SINGLE, r.status());
    assertNull(r.finalAppraisal().category(), "no category needed once screening stopped");
    model.focusProperty().set(0);
    answer("Y");
    assertEquals("", model.screeningWarningProperty().get());
  }

  @Test
  void mixedMethodsAddsTheQualitativeAndOneQuantitativeComponent() {
    assertEquals(2, model.items().size(), "the screening questions before a category");
    model.choose(MmatCategory.MIXED_METHODS);
    assertEquals(17, model.items().size());
    assertEquals(2, model.focusProperty().get(), "the first criterion of the category");
    assertEquals(MmatCategory.RANDOMIZED, model.quantitativeProperty().get());
    model.nextQuantitative();
    assertEquals(MmatCategory.NON_RANDOMIZED, model.quantitativeProperty().get());
    List<MmatCriterion> shown = model.items().stream().map(CriterionRow::criterion).toList();
    assertEquals(MmatCriterion.C5_1, shown.get(2));
    assertEquals(MmatCriterion.C1_1, shown.get(7));
    assertEquals(MmatCriterion.C3_1, shown.get(12));
    assertEquals(MmatCategory.QUALITATIVE, model.items().get(7).componentProperty().get());
    model.choose(MmatCategory.QUALITATIVE);
    assertEquals(7, model.items().size());
    assertNull(model.quantitativeProperty().get());
    model.nextQuantitative();
    assertTrue(model.messageProperty().get().startsWith("Only a mixed-methods study"));
  }

  @Test
  void anIncompleteFormIsRefusedByTheServiceAndNothingIsStored() {
    as(AppraisalFixture.ANA);
    study("r1");
    answer("YY");
    model.choose(MmatCategory.RANDOMIZED);
    answer("YN");
    model.submit();
    assertTrue(
        model.messageProperty().get().contains("no answer to 2.3"), model.messageProperty().get());
    assertNull(result("r1"));
    assertTrue(model.dirtyProperty().get(), "the draft stays to be finished");
  }

  @Test
  void anUnsubmittedFormIsKeptWhileTheAppraiserLooksAtAnotherStudy() {
    as(AppraisalFixture.ANA);
    study("r1");
    answer("YY");
    model.choose(MmatCategory.RANDOMIZED);
    answer("YN");
    study("q1");
    assertNull(model.row(MmatCriterion.S1).ratingProperty().get());
    as(AppraisalFixture.BEN);
    study("r1");
    assertNull(model.row(MmatCriterion.S1).ratingProperty().get(), "Ana's draft is hers alone");
    as(AppraisalFixture.ANA);
    assertEquals(MmatCategory.RANDOMIZED, model.categoryProperty().get());
    assertEquals(MmatRating.NO, model.row(MmatCriterion.C2_2).ratingProperty().get());
    assertTrue(model.dirtyProperty().get());
    assertTrue(model.formStatusProperty().get().startsWith("Not submitted yet"));
    model.focusProperty().set(4); // 2.3, after S1, S2, 2.1 and 2.2
    answer("YYY");
    model.submit();
    assertEquals(ConsensusStatus.SINGLE, result("r1").status());
    study("q1");
    study("r1");
    assertTrue(model.formStatusProperty().get().startsWith("Submitted"), "the draft is gone");
  }

  @Test
  void appraisersAreBlindedThenComparedThenSettledByConsensus() {
    as(AppraisalFixture.ANA);
    study("r1");
    answer("YY");
    model.choose(MmatCategory.RANDOMIZED);
    answer("YYNCY");
    model.row(MmatCriterion.C2_3).commentProperty().set("28% lost");
    model.submit();
    assertEquals(
        "appraised by Ana Lima · 1 more appraisal to come",
        model.selectedProperty().get().status());

    as(AppraisalFixture.BEN);
    assertNull(model.row(MmatCriterion.S1).ratingProperty().get(), "Ben sees none of Ana's");
    assertNull(model.categoryProperty().get());
    assertTrue(model.comparisonNoteProperty().get().contains("blinded"));
    model.startConsensusFrom(AppraisalFixture.ANA);
    assertEquals(AppraisalViewModel.Mode.APPRAISER, model.modeProperty().get());
    answer("YY");
    model.choose(MmatCategory.RANDOMIZED);
    answer("YNNCY");
    model.submit();
    assertEquals(
        List.of("category", "S1", "S2", "2.1", "2.2", "2.3", "2.4", "2.5"),
        model.comparison().stream().map(r -> r.item()).toList());
    assertEquals(
        List.of("2.2"),
        model.comparison().stream().filter(r -> !r.agree()).map(r -> r.item()).toList());
    assertEquals(ConsensusStatus.PENDING, result("r1").status());

    as(AppraisalFixture.CHEN);
    model.startConsensusFrom(AppraisalFixture.BEN);
    assertEquals(AppraisalViewModel.Mode.CONSENSUS, model.modeProperty().get());
    assertEquals(MmatRating.NO, model.row(MmatCriterion.C2_2).ratingProperty().get());
    assertEquals("", model.row(MmatCriterion.C2_3).commentProperty().get());
    model.row(MmatCriterion.C2_3).commentProperty().set("28% lost");
    model.submit();
    MmatResult r = result("r1");
    assertEquals(ConsensusStatus.CONSENSUS, r.status());
    assertEquals(AppraisalFixture.CHEN, r.decidedBy());
    assertEquals("28% lost", r.finalAppraisal().answer(MmatCriterion.C2_3).orElseThrow().comment());
  }

  @Test
  void theSummaryHasARowPerComponentAndExports() throws Exception {
    as(AppraisalFixture.ANA);
    study("x1");
    answer("YY");
    model.choose(MmatCategory.MIXED_METHODS);
    model.nextQuantitative();
    model.nextQuantitative();
    answer("YYYYY" + "YYYYN" + "CYYYY");
    model.submit();
    assertEquals(
        List.of("5. Mixed methods", "1. Qualitative", "4. Descriptive"),
        model.summary().stream().map(AppraisalViewModel.SummaryRow::component).toList());
    AppraisalViewModel.SummaryRow quantitative = model.summary().get(2);
    assertEquals(List.of("", "", "Can't tell", "Yes", "Yes", "Yes", "Yes"), quantitative.cells());
    assertEquals("", quantitative.study());

    Path csv = tmp.resolve("mmat.csv");
    model.export(MmatSummaryTable.Format.CSV, csv);
    List<String> lines = Files.readAllLines(csv);
    assertEquals(String.join(",", MmatSummaryTable.CSV_COLUMNS), lines.get(0));
    assertEquals(1 + 2 + 15, lines.size(), "header, S1, S2 and fifteen criteria");
    assertTrue(model.messageProperty().get().startsWith("Wrote the MMAT 2018 summary of 1"));
  }
}
