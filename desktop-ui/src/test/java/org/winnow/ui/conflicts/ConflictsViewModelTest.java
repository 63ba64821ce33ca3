package org.winnow.ui.conflicts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Resolution;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.ItemStatus;
import org.winnow.core.screening.agreement.AgreementStatus;
import org.winnow.core.screening.agreement.AlphaResult;
import org.winnow.ui.ScreeningFixture;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;

class ConflictsViewModelTest {
  @TempDir Path tmp;
  private Session session;
  private ConflictsViewModel model;
  private List<String> ids;

  /** Ana and Ben disagree on the first three items and agree on the next five. */
  @BeforeEach
  void open() throws Exception {
    session = ScreeningFixture.open(tmp);
    ids = ScreeningFixture.ids();
    DecisionValue[] ana = {
      DecisionValue.INCLUDE, DecisionValue.INCLUDE, DecisionValue.EXCLUDE,
      DecisionValue.INCLUDE, DecisionValue.EXCLUDE, DecisionValue.EXCLUDE,
      DecisionValue.EXCLUDE, DecisionValue.INCLUDE
    };
    DecisionValue[] ben = {
      DecisionValue.EXCLUDE, DecisionValue.EXCLUDE, DecisionValue.INCLUDE,
      DecisionValue.INCLUDE, DecisionValue.EXCLUDE, DecisionValue.EXCLUDE,
      DecisionValue.EXCLUDE, DecisionValue.INCLUDE
    };
    for (int i = 0; i < ana.length; i++) {
      ScreeningFixture.decide(
          session.project(), Stage.TITLE_ABSTRACT, ids.get(i), ScreeningFixture.ANA, ana[i], null);
      ScreeningFixture.decide(
          session.project(), Stage.TITLE_ABSTRACT, ids.get(i), ScreeningFixture.BEN, ben[i], null);
    }
    model = new ConflictsViewModel(new AppContext(session, TaskRunner.sameThread()));
    model.load();
  }

  @AfterEach
  void close() {
    session.close();
  }

  private ReviewProject project() {
    return session.project();
  }

  @Test
  void listsEveryConflictWithAllDecisionsAndSuggestsAThirdReviewer() {
    assertEquals(3, model.conflicts().size());
    ConflictsViewModel.ConflictRow first = model.conflicts().get(0);
    assertEquals("ta001", first.displayIds());
    assertEquals(2, first.decisions().size());
    assertTrue(first.conflict() != null && !first.conflict().isBlank());
    assertEquals(first, model.selectedProperty().get());
    assertEquals(ScreeningFixture.CHEN, model.resolverProperty().get().name());
  }

  @Test
  void resolvingByAThirdReviewerSetsTheOutcomeAndRecordsTheMethod() throws Exception {
    long item = model.conflicts().get(0).itemId();
    model.noteProperty().set("population fits: pregnant women in treatment");
    model.resolve(DecisionValue.INCLUDE, null);
    ItemOutcome o = project().screening().outcomes(Stage.TITLE_ABSTRACT).get(item);
    assertEquals(ItemStatus.INCLUDED, o.status());
    assertEquals(Resolution.Method.THIRD_REVIEWER, o.resolution().method());
    assertEquals("population fits: pregnant women in treatment", o.resolution().note());
    assertEquals(2, model.conflicts().size(), "the list reloads");
    assertEquals(model.conflicts().get(0), model.selectedProperty().get(), "the next one is up");
    assertTrue(model.messageProperty().get().startsWith("Resolved: include by Chen Wei, third"));
    assertEquals("", model.noteProperty().get());
  }

  @Test
  void resolvingByOneWhoDecidedIsConsensus() throws Exception {
    long item = model.conflicts().get(0).itemId();
    model.resolverProperty().set(model.reviewers().get(0)); // Ana decided the item
    model.resolve(DecisionValue.EXCLUDE, null);
    ItemOutcome o = project().screening().outcomes(Stage.TITLE_ABSTRACT).get(item);
    assertEquals(ItemStatus.EXCLUDED, o.status());
    assertEquals(Resolution.Method.CONSENSUS, o.resolution().method());
  }

  @Test
  void aMaybeResolutionIsRefusedWithTheServicesMessage() {
    model.resolve(DecisionValue.MAYBE, null);
    assertEquals("a resolution is include or exclude", model.messageProperty().get());
    assertEquals(3, model.conflicts().size());
  }

  @Test
  void agreementShowsKappaWithItsTableAndAlpha() {
    assertEquals(1, model.pairs().size());
    ConflictsViewModel.PairRow pair = model.pairs().get(0);
    assertEquals("Ana Lima × Ben Okafor", pair.reviewers());
    assertEquals(8, pair.items());
    // maybe counts as include at title-abstract by default: a 2x2 table (exclude, include)
    assertEquals(List.of("exclude", "include"), pair.categories());
    long[][] table = pair.table();
    assertArrayEquals(new long[] {3, 1}, table[0]);
    assertArrayEquals(new long[] {2, 2}, table[1]);
    assertEquals("62.5%", pair.percentAgreement());
    assertTrue(pair.kappa().startsWith("0.25 (95% CI "), pair.kappa());
    assertTrue(model.alphaProperty().get().matches("0\\.\\d\\d \\(95% CI .*\\)"));
    assertTrue(model.alphaDetailProperty().get().startsWith("8 items rated by two or more"));
  }

  @Test
  void stageChangeReloadsAndAnEmptyStageSaysWhy() {
    model.stageProperty().set(Stage.FULL_TEXT);
    assertTrue(model.conflicts().isEmpty());
    assertNull(model.selectedProperty().get());
    assertEquals("—", model.alphaProperty().get());
    assertEquals(AgreementStatus.NO_DATA.reason(), model.alphaDetailProperty().get());
  }

  @Test
  void estimatesAreFormattedWithTheirIntervals() {
    assertEquals("0.62 (95% CI 0.41 to 0.83)", ConflictsViewModel.estimate(0.6249, 0.41, 0.83));
    assertEquals("1.00", ConflictsViewModel.estimate(1, Double.NaN, Double.NaN));
    assertEquals("—", ConflictsViewModel.percent(Double.NaN));
    AlphaResult none =
        new AlphaResult(
            Double.NaN,
            0,
            0,
            java.util.Map.of(),
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            0,
            1,
            0,
            AgreementStatus.NO_VARIATION);
    assertEquals(AgreementStatus.NO_VARIATION.reason(), ConflictsViewModel.alphaDetail(none));
  }
}
