package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.dedup.Agreement;
import org.winnow.core.dedup.FieldEvidence;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.dedup.QueueExplanation;
import org.winnow.core.dedup.StoredPair;
import org.winnow.core.model.SourceType;

/**
 * The review queue (issue 13): explained pairs, most uncertain first, and one verdict for every
 * pair that shares an explanation.
 */
class DedupQueueTest {
  @TempDir Path tmp;
  private ReviewProject project;

  private static final String[] TITLES = {
    "Amantadine for the posttraumatic confusional state",
    "Ketamine infusions for refractory depression in adolescents",
    "Mindfulness training for nurses working night shifts"
  };

  private static String ris(String id, String title, String journal, String page, String ab) {
    return "TY  - JOUR\nID  - "
        + id
        + "\nTI  - "
        + title
        + "\nAU  - Yablon, S.\nPY  - 2010\nJO  - "
        + journal
        + "\nVL  - 91\nSP  - "
        + page
        + (ab == null ? "" : "\nAB  - " + ab)
        + "\nER  - \n\n";
  }

  private void importRis(String source, String name, String records) throws Exception {
    TestImports.ris(project, tmp.resolve(name), source, SourceType.DATABASE, "ana", records);
  }

  private long citationOf(String id) {
    return TestImports.citationOf(project, id);
  }

  @BeforeEach
  void threePairsQueuedForOneReason() throws Exception {
    project = TestProjects.create(tmp.resolve("review"), null, "ana");
    StringBuilder m = new StringBuilder();
    StringBuilder e = new StringBuilder();
    for (int i = 0; i < TITLES.length; i++) {
      m.append(ris("m" + i, TITLES[i], "Arch Phys Med Rehabil", "e8", "Abstract m" + i));
      e.append(
          ris(
              "e" + i,
              TITLES[i],
              "Archives of Physical Medicine and Rehabilitation",
              "e31",
              "Abstract e" + i));
    }
    importRis("MEDLINE", "m.ris", m.toString());
    importRis("Embase", "e.ris", e.toString());
    project.dedup().run("ana", Progress.NONE);
  }

  @AfterEach
  void close() {
    project.close();
  }

  @Test
  void theExplanationIsTheReasonWithoutNumbers() {
    assertEquals("similar title", QueueExplanation.of("similar title (87%)"));
    assertEquals(
        "same title and N agreeing fields",
        QueueExplanation.of("same title and 3 agreeing fields"));
    assertEquals(
        "same title, volume and first page (e-page prefix or online-first year)",
        QueueExplanation.of(
            "same title, volume and first page (e-page prefix or online-first year)"));
  }

  @Test
  void theMostBalancedEvidenceComesFirst() {
    StoredPair leaning = pair(1, 5.0, Agreement.MATCH, Agreement.MATCH, Agreement.MATCH);
    StoredPair balanced = pair(2, 4.0, Agreement.MATCH, Agreement.CONFLICT, Agreement.MISSING);
    StoredPair half = pair(3, 4.5, Agreement.MATCH, Agreement.PARTIAL, Agreement.CONFLICT);
    List<StoredPair> sorted =
        List.of(leaning, half, balanced).stream()
            .sorted(QueueExplanation.MOST_UNCERTAIN_FIRST)
            .toList();
    assertEquals(List.of(2L, 3L, 1L), sorted.stream().map(StoredPair::id).toList());
  }

  private static StoredPair pair(long id, double score, Agreement... fields) {
    List<FieldEvidence> ev = new java.util.ArrayList<>();
    ev.add(new FieldEvidence("title", Agreement.MATCH, 1, "t", "t"));
    String[] names = {"authors", "year", "pages"};
    for (int i = 0; i < fields.length; i++) {
      ev.add(new FieldEvidence(names[i], fields[i], 0, "x", "y"));
    }
    return new StoredPair(id, id, id + 100, score, "r", ev, "open", null, null);
  }

  @Test
  void queuedPairsAreGroupedByExplanationWithTheirAbstracts() {
    DedupService dedup = project.dedup();
    List<DedupService.QueuedPair> queue = dedup.queueByUncertainty();
    assertEquals(3, queue.size(), queue.toString());
    List<DedupService.ExplanationGroup> groups = dedup.explanations();
    assertEquals(1, groups.size(), groups.toString());
    assertEquals(3, groups.get(0).count());
    assertEquals(queue.get(0).explanation(), groups.get(0).explanation());
    assertTrue(
        queue.get(0).a().fields().abstractText().startsWith("Abstract "),
        "the abstracts come with the pair");
  }

  @Test
  void oneVerdictResolvesEveryPairWithThatExplanationInOneGo() throws Exception {
    DedupService dedup = project.dedup();
    String explanation = dedup.explanations().get(0).explanation();
    List<DedupService.PairDecision> done =
        dedup.decideExplained(explanation, PairVerdict.SAME, "ben");
    assertEquals(3, done.size());
    assertTrue(dedup.queue().isEmpty());
    for (int i = 0; i < TITLES.length; i++) {
      assertEquals(citationOf("m" + i), citationOf("e" + i));
    }
    // the index followed: one hit per merged citation
    assertEquals(1, project.search("Ketamine", 10).total());
  }

  @Test
  void anUnknownExplanationChangesNothing() {
    DedupService dedup = project.dedup();
    assertThrows(
        ProjectException.class,
        () -> dedup.decideExplained("no such rule", PairVerdict.DIFFERENT, "ben"));
    assertEquals(3, dedup.queue().size());
    for (int i = 0; i < TITLES.length; i++) {
      assertNotEquals(citationOf("m" + i), citationOf("e" + i));
    }
  }
}
