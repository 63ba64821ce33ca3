package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.model.Record;
import org.winnow.core.model.SourceType;

/** Merging, the review queue, reviewers' decisions, splits and later imports, end to end. */
class DedupServiceTest {
  @TempDir Path tmp;
  private ReviewProject project;

  private static String ris(
      String id,
      String title,
      String author,
      String year,
      String journal,
      String volume,
      String page,
      String doi) {
    return "TY  - JOUR\nID  - "
        + id
        + "\nTI  - "
        + title
        + "\nAU  - "
        + author
        + "\nPY  - "
        + year
        + "\nJO  - "
        + journal
        + "\nVL  - "
        + volume
        + "\nSP  - "
        + page
        + (doi == null ? "" : "\nDO  - " + doi)
        + "\nER  - \n\n";
  }

  private void importRis(String source, String name, String... records) throws Exception {
    TestImports.ris(
        project, tmp.resolve(name), source, SourceType.DATABASE, "ana", String.join("", records));
  }

  private long citationOf(String id) {
    return TestImports.citationOf(project, id);
  }

  @BeforeEach
  void open() throws Exception {
    project = TestProjects.create(tmp.resolve("review"), null, "ana");
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    project.close();
  }

  @Test
  void certainDuplicatesMergeAndEverySourceIsKept() throws Exception {
    importRis(
        "MEDLINE",
        "m.ris",
        ris(
            "m1",
            "Stroke unit care for older adults: a randomised trial",
            "Zhai, Q. J.",
            "2019",
            "Stroke",
            "50",
            "149",
            "10.1161/STROKE.1"),
        ris(
            "m2",
            "Cervical cytology screening in primary care",
            "Smith, J.",
            "2008",
            "BMJ",
            "336",
            "12",
            null));
    importRis(
        "Embase",
        "e.ris",
        ris(
            "e1",
            "Stroke Unit Care for Older Adults: A Randomised Trial.",
            "Zhai QJ",
            "2019",
            "Stroke",
            "50",
            "149-55",
            "https://doi.org/10.1161/stroke.1"));
    DedupService.RunSummary s = project.dedup().run("ana", Progress.NONE);
    assertEquals(3, s.records());
    assertEquals(2, s.citations());
    assertEquals(1, s.duplicates());
    assertEquals(citationOf("m1"), citationOf("e1"));
    assertEquals(
        2,
        project.search("stroke", 10).hits().get(0).recordIds().size(),
        "the index follows the merge");
    assertEquals(1, project.search("stroke", 10).total());
  }

  @Test
  void possibleDuplicatesWaitForAReviewerAndTheDecisionPersists() throws Exception {
    importRis(
        "MEDLINE",
        "m.ris",
        ris(
            "m1",
            "Amantadine for the posttraumatic confusional state",
            "Yablon, S.",
            "2010",
            "Arch Phys Med Rehabil",
            "91",
            "e8",
            null));
    importRis(
        "Embase",
        "e.ris",
        ris(
            "e1",
            "Amantadine for the posttraumatic confusional state",
            "Yablon, S.",
            "2010",
            "Archives of Physical Medicine and Rehabilitation",
            "91",
            "e31",
            null));
    DedupService dedup = project.dedup();
    dedup.run("ana", Progress.NONE);
    List<DedupService.QueuedPair> queue = dedup.queue();
    assertEquals(1, queue.size());
    assertTrue(queue.get(0).pair().evidence().stream().anyMatch(e -> e.field().equals("pages")));

    dedup.resolve("m1", "e1", PairVerdict.DIFFERENT, "ben");
    assertTrue(dedup.queue().isEmpty());
    dedup.run("ana", Progress.NONE);
    importRis(
        "PsycInfo", "p.ris", ris("p1", "Unrelated", "Other, A.", "2001", "X", "1", "1", null));
    dedup.run("ana", Progress.NONE);
    assertTrue(dedup.queue().isEmpty(), "a decided pair never comes back");
    assertTrue(citationOf("m1") != citationOf("e1"));

    dedup.resolve("m1", "e1", PairVerdict.SAME, "ben");
    assertEquals(citationOf("m1"), citationOf("e1"));
  }

  @Test
  void aSplitUndoesAMergeAndIsRemembered() throws Exception {
    importRis(
        "MEDLINE",
        "m.ris",
        ris(
            "m1",
            "Stroke unit care for older adults: a randomised trial",
            "Zhai, Q. J.",
            "2019",
            "Stroke",
            "50",
            "149",
            null));
    importRis(
        "Embase",
        "e.ris",
        ris(
            "e1",
            "Stroke unit care for older adults: a randomised trial",
            "Zhai, Q.",
            "2019",
            "Stroke",
            "50",
            "149",
            null));
    DedupService dedup = project.dedup();
    dedup.run("ana", Progress.NONE);
    long merged = citationOf("m1");
    assertEquals(merged, citationOf("e1"));
    assertEquals(1, dedup.split(merged, "ben"));
    assertTrue(citationOf("m1") != citationOf("e1"));
    importRis(
        "CINAHL", "c.ris", ris("c1", "Something else", "Other, A.", "2001", "X", "1", "1", null));
    dedup.run("ana", Progress.NONE);
    assertTrue(citationOf("m1") != citationOf("e1"), "split records stay apart on later runs");
    assertThrows(ProjectException.class, () -> dedup.split(citationOf("c1"), "ben"));
  }

  @Test
  void onlyNewRecordsAreComparedOnAnUpdateSearch() throws Exception {
    importRis(
        "MEDLINE",
        "m.ris",
        ris(
            "m1",
            "Stroke unit care for older adults: a randomised trial",
            "Zhai, Q. J.",
            "2019",
            "Stroke",
            "50",
            "149",
            null),
        ris(
            "m2",
            "Cervical cytology screening in primary care",
            "Smith, J.",
            "2008",
            "BMJ",
            "336",
            "12",
            null));
    DedupService dedup = project.dedup();
    DedupService.RunSummary first = dedup.run("ana", Progress.NONE);
    assertEquals(2, first.newRecords());
    importRis(
        "MEDLINE",
        "update.ris",
        ris(
            "m9",
            "Cervical cytology screening in primary care.",
            "Smith J",
            "2008",
            "BMJ",
            "336",
            "12-14",
            null));
    DedupService.RunSummary second = dedup.run("ana", Progress.NONE);
    assertEquals(1, second.newRecords());
    assertEquals(1, second.autoMerged());
    assertEquals(citationOf("m2"), citationOf("m9"));
  }

  @Test
  void ambiguousFileIdsAskForProjectIds() throws Exception {
    importRis("MEDLINE", "m.ris", ris("1", "A", "X, A.", "2001", "J", "1", "1", null));
    importRis("Embase", "e.ris", ris("1", "B", "Y, B.", "2002", "K", "2", "2", null));
    ProjectException e =
        assertThrows(
            ProjectException.class,
            () -> project.dedup().resolve("1", "#2", PairVerdict.SAME, "ana"));
    assertTrue(e.getMessage().contains("#1"), e.getMessage());
    List<Record> before = project.dedup().clusters();
    project.dedup().resolve("#1", "#2", PairVerdict.SAME, "ana");
    assertEquals(2, before.size());
    assertEquals(citationOf("1"), project.dedup().clusters().get(1).citationId());
  }

  /** The pair m1 ~ e1 that the scorer queues as possible (pages e8 vs e31). */
  private DedupService queuedPossiblePair() throws Exception {
    importRis(
        "MEDLINE",
        "m.ris",
        ris("m1", "Amantadine for confusion", "Yablon, S.", "2010", "Arch", "91", "e8", null));
    importRis(
        "Embase",
        "e.ris",
        ris("e1", "Amantadine for confusion", "Yablon, S.", "2010", "Arch", "91", "e31", null),
        ris("e2", "Amantadine for confusion", "Yablon, S.", "2010", "Arch", "91", "e31", null));
    DedupService dedup = project.dedup();
    dedup.run("ana", Progress.NONE);
    return dedup;
  }

  @Test
  void undoOfSameRestoresTheCitationsAndReopensThePair() throws Exception {
    DedupService dedup = queuedPossiblePair();
    long m1 = citationOf("m1");
    long e1 = citationOf("e1");
    assertEquals(e1, citationOf("e2"), "e1 and e2 were merged automatically");
    int queued = dedup.queue().size();

    DedupService.PairDecision same = dedup.decide("m1", "e1", PairVerdict.SAME, "ben");
    assertEquals(citationOf("m1"), citationOf("e2"), "the whole cluster joined");
    assertEquals(2, same.moves().size());
    assertEquals(queued - 1, dedup.queue().size());

    dedup.undo(same, "ben");
    assertEquals(m1, citationOf("m1"));
    assertEquals(e1, citationOf("e1"), "the same citation ids come back");
    assertEquals(e1, citationOf("e2"));
    assertEquals(queued, dedup.queue().size(), "the pair is open again");
    assertEquals(2, project.summary().citations());
    assertEquals(2, project.search("amantadine", 10).total(), "the index follows the undo");
  }

  @Test
  void undoOfDifferentPutsASplitRecordBackAndRefusesAfterLaterMoves() throws Exception {
    DedupService dedup = queuedPossiblePair();
    long e1 = citationOf("e1");
    DedupService.PairDecision apart = dedup.decide("e1", "e2", PairVerdict.DIFFERENT, "ben");
    assertTrue(citationOf("e1") != citationOf("e2"));
    dedup.undo(apart, "ben");
    assertEquals(e1, citationOf("e2"));

    DedupService.PairDecision same = dedup.decide("m1", "e1", PairVerdict.SAME, "ben");
    dedup.split(citationOf("m1"), "ben");
    ProjectException e = assertThrows(ProjectException.class, () -> dedup.undo(same, "ben"));
    assertTrue(e.getMessage().contains("since this decision"), e.getMessage());
  }
}
