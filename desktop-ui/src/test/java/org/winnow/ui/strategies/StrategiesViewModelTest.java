package org.winnow.ui.strategies;

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
import org.winnow.core.project.ReviewProject;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.report.ReportEntry;
import org.winnow.ui.TestReviews;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;

/** Checking, translating and running a strategy, with a real project and a real task runner. */
class StrategiesViewModelTest {
  static final String EXPORT =
      String.join(
          "\n",
          "PMID- 201",
          "TI  - Buprenorphine versus methadone in pregnancy.",
          "LA  - eng",
          "DP  - 2016",
          "MH  - Pregnancy",
          "",
          "PMID- 202",
          "TI  - Group prenatal care for women who use drugs.",
          "LA  - eng",
          "DP  - 2019",
          "MH  - Pregnancy",
          "");

  @TempDir Path tmp;
  private Session session;
  private TaskRunner tasks;
  private StrategiesViewModel model;

  @BeforeEach
  void open() throws Exception {
    Path dir = tmp.resolve("review");
    try (ReviewProject p = ReviewProject.create(dir, "Strategies", "lead")) {
      TestReviews.importFile(p, "PubMed", Files.writeString(tmp.resolve("p.nbib"), EXPORT));
    }
    session = new Session(tmp.resolve("settings"));
    session.open(dir);
    tasks = TaskRunner.sameThread();
    model = new StrategiesViewModel(new AppContext(session, tasks));
  }

  @AfterEach
  void close() {
    session.close();
  }

  @Test
  void problemsAreMarkedOnTheirLineAndColumnAndClearWhenFixed() {
    assertTrue(model.checkSummaryProperty().get().startsWith("Open a strategy file or paste"));
    model.textProperty().set("exp Pregnancy/\nbuprenorphin$.ti.\n1 and (2\n");
    StrategiesViewModel.Problem e = model.errorProperty().get();
    assertEquals(
        new StrategiesViewModel.Problem(
            StrategiesViewModel.Severity.ERROR,
            3,
            7,
            "'(' is never closed; fix: add ')' at the end of the search: 1 and (2)"),
        e);
    assertEquals(3, model.lines().size(), "no empty line after the last line break");
    assertEquals(
        List.of(false, false, true),
        model.lines().stream().map(StrategiesViewModel.SourceLine::hasError).toList());
    assertEquals(
        "Error at line 3, column 7: '(' is never closed; fix: add ')' at the end of the search:"
            + " 1 and (2)",
        model.checkSummaryProperty().get());
    assertEquals("exp Pregnancy/\nbuprenorphin$.ti.\n".length() + 6, model.offsetOf(3, 7));
    model.textProperty().set("exp Pregnancy/\nbuprenorphin$.ti.\n1 and (2)\n");
    assertNull(model.errorProperty().get());
    assertEquals(
        "3 search lines read as Ovid (MEDLINE, Embase, PsycInfo)",
        model.checkSummaryProperty().get());
  }

  @Test
  void translationCarriesItsLossReportAndRefusesABrokenStrategy() {
    model.textProperty().set("exp Dementia/\n(memory adj3 (declin$ or loss)).tw.\n1 or 2");
    model.translate();
    assertEquals(
        "\"Dementia\"[Mesh]\nmemory[tiab] AND (declin*[tiab] OR loss[tiab])\n#1 OR #2\n",
        model.translationProperty().get());
    assertTrue(
        model.report().stream()
            .anyMatch(r -> r.severity() == ReportEntry.Severity.LOSSY && r.line() == 2));
    model.textProperty().set("exp Dementia/\n(memory");
    model.translate();
    assertEquals("", model.translationProperty().get());
    assertTrue(
        model.translationSummaryProperty().get().startsWith("Not translated: fix the error first"));
  }

  @Test
  void aRunCountsEveryLineAndChecksTheSeeds() {
    model.textProperty().set("exp Pregnancy/\nbuprenorphin$.ti.\n1 and 2");
    model.seedsProperty().set("201 202\n999, 201");
    model.run();
    assertEquals(
        List.of(2, 1, 1), model.hits().stream().map(StrategiesViewModel.LineHits::hits).toList());
    assertEquals("buprenorphin$.ti.", model.hits().get(1).search());
    assertEquals(
        List.of(true, false, false),
        model.seedRows().stream().map(StrategiesViewModel.SeedRow::found).toList());
    assertEquals(
        "Final line: 1 citation · seeds: 3 given, 2 in the project, 1 found",
        model.runSummaryProperty().get());
  }

  @Test
  void aCancelledRunCountsNothing() {
    model.textProperty().set("exp Pregnancy/");
    tasks
        .messageProperty()
        .addListener(
            (obs, old, now) -> {
              if (now.contains("bringing the project index up to date")) {
                model.cancel();
              }
            });
    model.run();
    assertEquals("Run cancelled: nothing counted.", model.runSummaryProperty().get());
    assertTrue(model.hits().isEmpty());
  }

  @Test
  void aBrokenStrategyIsNotRun() {
    model.textProperty().set("(pregnancy");
    model.run();
    assertTrue(model.runSummaryProperty().get().startsWith("Not run: fix the error first"));
  }

  @Test
  void seedsAndSpansAreReadAsWritten() {
    assertEquals(List.of("201", "202", "999"), StrategiesViewModel.seedIds("201, 202;999\n201"));
    assertEquals(List.of(), StrategiesViewModel.seedIds("  "));
    assertEquals("b or c", StrategiesViewModel.asWritten("a\n  b or c  \n", new Span(2, 3, 6)));
    assertNull(StrategiesViewModel.asWritten("a", Span.NONE));
  }
}
