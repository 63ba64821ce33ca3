package org.winnow.ui.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.winnow.core.stats.pooling.PoolingMethod;
import org.winnow.ui.SynthesisFixture;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;
import org.winnow.ui.synthesis.SynthesisViewModel.EffectLine;
import org.winnow.ui.synthesis.SynthesisViewModel.Kind;
import org.winnow.ui.synthesis.SynthesisViewModel.OutcomeLine;
import org.winnow.ui.synthesis.SynthesisViewModel.Part;

/** The synthesis view model on a review built through the services, without a window. */
class SynthesisViewModelTest {
  @TempDir static Path tmp;
  static Session session;
  SynthesisViewModel model;

  @BeforeAll
  static void open() throws Exception {
    FxToolkit.registerPrimaryStage(); // images need the JavaFX toolkit
    session = new Session(tmp.resolve("settings"));
    session.use(SynthesisFixture.create(tmp));
  }

  @AfterAll
  static void close() {
    session.close();
  }

  @BeforeEach
  void compute() {
    model = new SynthesisViewModel(new AppContext(session, TaskRunner.sameThread()));
    model.compute();
  }

  private OutcomeLine outcome(String name) {
    return model.outcomes().stream()
        .filter(o -> o.outcome().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void outcomesAreGroupedByDomainWithTheirBetterDirection() {
    assertEquals(
        List.of(
            new OutcomeLine("Physical health", "Pain", "lower is better", 3),
            new OutcomeLine("Mental health", "Mood", "higher is better", 3)),
        model.outcomes());
    assertEquals(List.of("", "Physical health", "Mental health"), model.domainChoices());
    assertEquals(List.of("", "12 weeks"), model.timePointChoices());
  }

  @Test
  void effectSizesAreLabelledWithMeasureAndMethodAndSayWhyARowHasNone() {
    assertEquals(6, model.effects().size());
    EffectLine pain = model.effects().get(0);
    assertEquals("Jones 2015", pain.study());
    assertEquals("g", pain.measure());
    assertEquals("means", pain.method());
    assertTrue(pain.methodLabel().startsWith("group means and SDs"), pain.methodLabel());
    assertEquals(Kind.COMPUTED, pain.kind());
    assertTrue(
        pain.estimate().matches("−0\\.\\d\\d \\[−\\d\\.\\d\\d, −?\\d\\.\\d\\d\\]"),
        pain.estimate());
    EffectLine direction =
        model.effects().stream()
            .filter(e -> e.kind() == Kind.DIRECTION_ONLY)
            .findFirst()
            .orElseThrow();
    assertEquals("Brown 2020", direction.study());
    assertEquals("Mood", direction.outcome());
    assertEquals("", direction.measure());
    assertTrue(direction.note().startsWith("direction only: reported as favouring intervention"));
    assertEquals(
        List.of(
            "S4 Lee 2019: one extraction of the outcome data so far: awaiting the second"
                + " extractor or a consensus"),
        model.notUsed());
    assertTrue(
        model
            .effectSummaryProperty()
            .get()
            .startsWith(
                "6 comparisons: 5 effect sizes, 1 direction only, 0 not computable; 1 not usable"),
        model.effectSummaryProperty().get());
  }

  @Test
  void theEffectDirectionIsOrderedByMmatWithTheSignTest() {
    List<List<String>> grid = model.directionGrid();
    assertEquals(
        List.of("Study", "n", "Appraisal", "Physical health", "Mental health"), grid.get(0));
    assertEquals("Smith 2016", grid.get(1).get(0), "agreed all-yes first (high)");
    assertEquals("high", grid.get(1).get(2));
    assertEquals("Jones 2015", grid.get(2).get(0));
    assertEquals("moderate", grid.get(2).get(2));
    assertEquals("Brown 2020", grid.get(3).get(0), "a single appraisal: no band, last");
    assertEquals("Brown 2020", grid.get(3).get(0));
    assertEquals("▲", grid.get(3).get(4), "reported as favouring the intervention");
    assertTrue(grid.get(4).get(0).startsWith("Sign test"));
    assertNotNull(model.directionImageProperty().get());
  }

  @Test
  void filtersKeepOneDomainOrTimePoint() {
    model.chooseDomain("Mental health");
    assertEquals(3, model.effects().size());
    assertTrue(model.effects().stream().allMatch(e -> e.outcome().equals("Mood")));
    assertEquals(2, model.outcomes().size(), "the outcome list always shows every outcome");
    model.timePointProperty().set("6 months");
    model.compute();
    assertEquals(
        "", model.timePointProperty().get(), "a time point the data lacks goes back to all");
    model.clearFilters();
    assertEquals(6, model.effects().size());
  }

  @Test
  void poolingRefusesToMixOutcomesAndSaysWhyThenPoolsOneOutcome() {
    model.methodProperty().set(PoolingMethod.REML);
    model.pool();
    assertNull(model.poolingProperty().get());
    String why = model.poolingProblemProperty().get();
    assertTrue(why.startsWith("Cannot pool: "), why);
    assertTrue(
        why.contains("Pain (lower is better)") && why.contains("Mood (higher is better)"), why);

    model.chooseOutcome(outcome("Pain"));
    model.methodProperty().set(PoolingMethod.DL);
    model.pool();
    assertEquals("", model.poolingProblemProperty().get());
    assertEquals(3, model.poolingProperty().get().pooled().effect().k());
    assertEquals(PoolingMethod.DL, model.poolingProperty().get().pooled().effect().method());
    assertEquals(4, model.poolingTableProperty().get().rows().size());
    assertNotNull(model.forestImageProperty().get());
    assertTrue(model.statusProperty().get().startsWith("Pooled 3 studies of Pain"));

    model.chooseOutcome(outcome("Mood"));
    assertNull(model.poolingProperty().get(), "a new filter clears the meta-analysis shown");
  }

  @Test
  void exportsEachFigureAndTableByTheFileName() throws Exception {
    Path csv = tmp.resolve("out/effects.csv");
    model.export(Part.EFFECT_SIZES, csv);
    assertTrue(Files.readString(csv).startsWith("Study,Outcome,Domain,Better,Time point"));
    Path html = tmp.resolve("out/direction.html");
    model.export(Part.EFFECT_DIRECTION, html);
    assertTrue(Files.readString(html).contains("<tr class=\"high\">"));
    Path pdf = tmp.resolve("out/direction.pdf");
    model.export(Part.EFFECT_DIRECTION, pdf);
    assertTrue(
        Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));

    Path forest = tmp.resolve("out/forest.svg");
    model.export(Part.POOLING, forest);
    assertFalse(Files.exists(forest));
    assertTrue(model.errorProperty().get().startsWith("Nothing to export yet: pool"));
    model.chooseOutcome(outcome("Pain"));
    model.pool();
    model.export(Part.POOLING, forest);
    assertTrue(Files.readString(forest).contains("<svg"));
    Path md = tmp.resolve("out/pooled.md");
    model.export(Part.POOLING, md);
    assertTrue(Files.readString(md).startsWith("**Meta-analysis of Pain**"));

    model.export(Part.EFFECT_SIZES, tmp.resolve("out/effects.png"));
    assertEquals(
        "The effect sizes are a table: name the file .csv, .md or .html.",
        model.errorProperty().get());
    assertFalse(Files.exists(tmp.resolve("out/effects.png")));
    model.export(Part.EFFECT_SIZES, tmp.resolve("out/effects.docx"));
    assertTrue(model.errorProperty().get().startsWith("Name the file .svg"));
  }

  @Test
  void aFailedExportLeavesNoFileAndSaysWhy() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("a-folder.csv"));
    model.export(Part.EFFECT_SIZES, folder);
    assertTrue(
        model.errorProperty().get().startsWith("The export failed: "), model.errorProperty().get());
    assertFalse(model.errorProperty().get().contains("Exception"));
  }
}
