package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.PreScreeningExclusion.Kind;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;

/**
 * The outcomes a project keeps between reads ({@link DerivedOutcomes}) are never stale: a second
 * project on the same folder or server (as another process, or another member) writes every kind of
 * change, and after each the first project's outcomes, PRISMA counts, progress and recall curves
 * equal those of a project opened afresh. Decisions and resolutions alone are taken in without
 * reading everything again.
 */
class DerivedOutcomesTest {
  private static final String ANA = "Ana Lima";
  private static final String BEN = "Ben Okafor";
  private static final String CHI = "Chi Eze";

  @TempDir Path tmp;
  private Path folder;
  private ReviewProject writer;
  private ReviewProject watcher;

  @BeforeEach
  void setUp() throws Exception {
    folder = tmp.resolve("review");
    writer = screenedProject(tmp, folder, 12, List.of(ANA, BEN, CHI));
    writer.screening().addReason("wrong population", "lead");
    // the watcher (a window showing the dashboard) reads the project another process writes
    watcher = TestProjects.openReadOnly(folder);
    assertFresh();
  }

  @AfterEach
  void close() {
    watcher.close();
    writer.close();
  }

  @Test
  void decisionsAndResolutionsAreTakenInWithoutReadingEverythingAgain() throws Exception {
    long fullReads = watcher.derivedOutcomes().reads()[0];
    decide(Stage.TITLE_ABSTRACT, "m1", ANA, DecisionValue.INCLUDE);
    assertFresh();
    decide(Stage.TITLE_ABSTRACT, "m1", BEN, DecisionValue.INCLUDE); // to full text
    assertFresh();
    decide(Stage.TITLE_ABSTRACT, "m2", ANA, DecisionValue.INCLUDE);
    decide(Stage.TITLE_ABSTRACT, "m2", BEN, DecisionValue.EXCLUDE); // a conflict
    decide(Stage.TITLE_ABSTRACT, "m3", BEN, DecisionValue.MAYBE);
    assertFresh();
    decide(Stage.TITLE_ABSTRACT, "m3", BEN, DecisionValue.EXCLUDE); // a changed mind
    decide(Stage.TITLE_ABSTRACT, "m1", ANA, DecisionValue.EXCLUDE); // leaves full text
    assertFresh();
    writer
        .screening()
        .resolve(Stage.TITLE_ABSTRACT, "m2", DecisionValue.INCLUDE, null, "agreed", CHI);
    assertFresh();
    decide(Stage.FULL_TEXT, "m2", ANA, DecisionValue.INCLUDE);
    writer
        .screening()
        .decide(
            Stage.FULL_TEXT,
            "m2",
            BEN,
            DecisionValue.EXCLUDE,
            "wrong population",
            null,
            List.of(),
            "test");
    assertFresh();
    assertEquals(
        fullReads,
        watcher.derivedOutcomes().reads()[0],
        "decisions and resolutions alone are taken in, not read again");
  }

  @Test
  void everyOtherChangeIsSeen() throws Exception {
    decide(Stage.TITLE_ABSTRACT, "m1", ANA, DecisionValue.INCLUDE);
    decide(Stage.TITLE_ABSTRACT, "m2", ANA, DecisionValue.EXCLUDE);
    decide(Stage.TITLE_ABSTRACT, "m2", BEN, DecisionValue.INCLUDE);
    assertFresh();

    TestImports.ris(
        writer,
        tmp.resolve("b.ris"),
        "Embase",
        SourceType.DATABASE,
        "lead",
        TestImports.trials(13, 15));
    assertFresh();
    TestImports.ris(
        writer,
        tmp.resolve("c.ris"),
        "Handsearch",
        SourceType.CITATION_SEARCH,
        "lead",
        TestImports.trials(16, 16));
    assertFresh();

    // a merge carries m2's decisions to m1; a decision on the merged part then moves m1
    DedupService.PairDecision merge = writer.dedup().decide("m1", "m2", PairVerdict.SAME, "lead");
    assertFresh();
    decide(Stage.TITLE_ABSTRACT, "m13", BEN, DecisionValue.INCLUDE);
    assertFresh();
    writer.dedup().undo(merge, "lead");
    assertFresh();

    writer.exclusions().exclude(List.of("m4"), Kind.OTHER, "retracted", false, "lead");
    assertFresh();

    writer
        .screening()
        .setPolicy(
            Stage.TITLE_ABSTRACT,
            ScreeningPolicy.Mode.SINGLE,
            null,
            null,
            true,
            null,
            true,
            "lead");
    assertFresh();

    writer.stopping().stop(Stage.TITLE_ABSTRACT, "lead", "enough");
    assertFresh();
    writer.stopping().undo(Stage.TITLE_ABSTRACT, "lead", "too early");
    assertFresh();

    writer.screening().addReviewer("Dan Ito", null, "lead");
    assertFresh();
    decide(Stage.TITLE_ABSTRACT, "m5", "Dan Ito", DecisionValue.INCLUDE);
    assertFresh();
  }

  /** A new project of {@code trials} citations from MEDLINE (m1, m2, ...) and these reviewers. */
  static ReviewProject screenedProject(Path tmp, Path folder, int trials, List<String> reviewers)
      throws Exception {
    ReviewProject p = TestProjects.create(folder, null, "lead");
    TestImports.ris(
        p,
        tmp.resolve("a.ris"),
        "MEDLINE",
        SourceType.DATABASE,
        "lead",
        TestImports.trials(1, trials));
    for (String r : reviewers) {
      p.screening().addReviewer(r, null, "lead");
    }
    return p;
  }

  private void decide(Stage stage, String id, String reviewer, DecisionValue value)
      throws Exception {
    writer.screening().decide(stage, id, reviewer, value, null, null, List.of(), "test");
  }

  /** The watcher's and the writer's kept outcomes, and what they show, equal a fresh read. */
  private void assertFresh() throws Exception {
    try (ReviewProject fresh = TestProjects.openReadOnly(folder)) {
      Shown expected = Shown.of(fresh);
      assertEquals(expected, Shown.of(watcher), "the watcher's kept outcomes are stale");
    }
    // the writer creates report rows a reader stands in for: compare it with a fresh writer's view
    Shown own = Shown.of(writer);
    try (ReviewProject fresh = TestProjects.openReadOnly(folder)) {
      assertEquals(Shown.of(fresh), own, "the writer's kept outcomes are stale");
    }
  }

  /** Everything the dashboard and the stop check show, in comparable form. */
  private record Shown(
      ScreeningOutcomes outcomes,
      List<Long> titleAbstractOrder,
      List<Long> fullTextOrder,
      Map<String, Long> prisma,
      List<ReviewerProgress> progress,
      List<List<Integer>> curves,
      StoppingService.Report stopCheck) {
    static Shown of(ReviewProject p) {
      ScreeningOutcomes o = p.screening().outcomesNow();
      Map<String, Long> prisma = new java.util.LinkedHashMap<>();
      p.prisma().counts(o).forEach((k, f) -> prisma.put(k + " " + f.items(), f.value()));
      List<ReviewerProgress> progress = new ArrayList<>();
      List<List<Integer>> curves = new ArrayList<>();
      for (Stage s : Stage.values()) {
        progress.addAll(p.screening().progress(s, o));
        StoppingService.RecallCurve c = p.stopping().curve(s, o);
        List<Integer> curve = new ArrayList<>(List.of(c.records(), c.history().screened()));
        for (int i = 0; i < c.history().relevantFound(); i++) {
          curve.add(c.history().relevantPosition(i));
        }
        curves.add(curve);
      }
      return new Shown(
          o,
          List.copyOf(o.titleAbstract().keySet()),
          List.copyOf(o.fullText().keySet()),
          prisma,
          progress,
          curves,
          p.stopping().check(Stage.TITLE_ABSTRACT));
    }
  }
}
