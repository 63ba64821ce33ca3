package org.winnow.ui.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.dedup.Agreement;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.TestReviews;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;
import org.winnow.ui.dedup.DedupViewModel.FieldRow;

class DedupViewModelTest {
  @TempDir Path tmp;
  private Session session;
  private DedupViewModel model;

  @BeforeEach
  void open() throws Exception {
    session = TestReviews.newProject(tmp);
    TestReviews.twoSources(session.project(), tmp);
    model = new DedupViewModel(new AppContext(session, TaskRunner.sameThread()));
  }

  @AfterEach
  void close() {
    session.close();
  }

  private ReviewProject project() {
    return session.project();
  }

  private long citationOf(String fileId) {
    return TestReviews.citationOf(project(), fileId);
  }

  @Test
  void findingDuplicatesMergesTheCertainAndShowsThePossibleFieldByField() {
    model.findDuplicates();
    assertEquals(
        "5 records, 4 citations: 1 merged automatically, 1 possible duplicates queued.",
        model.runSummaryProperty().get());
    assertEquals(1, model.queue().size());
    assertEquals("Pair 1 of 1", model.positionProperty().get());
    assertTrue(model.recordAProperty().get().startsWith("m1 · MEDLINE · medline.ris"));
    assertTrue(model.recordBProperty().get().startsWith("e1 · Embase · embase.ris"));
    assertTrue(model.evidenceProperty().get().startsWith("Score "));

    Map<String, FieldRow> rows =
        model.fields().stream().collect(Collectors.toMap(FieldRow::label, r -> r));
    assertEquals(Agreement.MATCH, rows.get("Title").agreement());
    assertEquals(Agreement.CONFLICT, rows.get("First page").agreement());
    assertEquals("e8", rows.get("First page").a());
    assertEquals("e31", rows.get("First page").b());
    assertEquals("Kaltenbach, Karol; Jones, Hendree E.", rows.get("Authors").a());
    assertEquals("conflict", rows.get("First page").agreementText());
    assertNull(rows.get("Abstract").agreement(), "shown, not compared");

    assertEquals(1, model.merged().size(), "m2 and e2 share a DOI");
    assertEquals("m2, e2", model.merged().get(0).ids());
  }

  @Test
  void sameMergesAndUndoPutsTheRecordsBackWhereTheyWere() {
    model.findDuplicates();
    long m1 = citationOf("m1");
    long e1 = citationOf("e1");

    model.same();
    assertEquals(citationOf("m1"), citationOf("e1"));
    assertTrue(model.queue().isEmpty());
    assertEquals("No possible duplicates waiting for review.", model.positionProperty().get());
    assertTrue(model.canUndoProperty().get());
    assertEquals(3, project().summary().citations());

    model.undo();
    assertEquals(m1, citationOf("m1"));
    assertEquals(e1, citationOf("e1"), "the same citation comes back, with its screening");
    assertEquals(1, model.queue().size(), "the pair is open again");
    assertEquals(1, project().dedup().queue().size());
    assertEquals("Pair 1 of 1", model.positionProperty().get());
    assertFalse(model.canUndoProperty().get());
    assertEquals(4, project().summary().citations());
  }

  @Test
  void differentKeepsThemApartAndUndoReopensThePair() {
    model.findDuplicates();
    model.different();
    assertNotEquals(citationOf("m1"), citationOf("e1"));
    assertTrue(project().dedup().queue().isEmpty());
    model.undo();
    assertEquals(1, project().dedup().queue().size());
    model.findDuplicates();
    assertEquals(1, model.queue().size(), "an undone decision does not bind later runs");
  }

  @Test
  void skipMovesOnAndItsUndoMovesBack() throws Exception {
    TestReviews.importFile(
        project(),
        "CINAHL",
        TestReviews.write(
            tmp,
            "cinahl.ris",
            TestReviews.ris(
                "c1",
                "Rooming-in and breastfeeding for infants exposed to opioids",
                "Holmes, A. V.",
                "2016",
                "Pediatrics",
                "e40",
                null)));
    model.findDuplicates();
    assertEquals(2, model.queue().size(), model.queue().toString());
    var first = model.currentProperty().get();
    model.skip();
    assertEquals(1, model.indexProperty().get());
    assertEquals("Pair 2 of 2", model.positionProperty().get());
    model.skip();
    assertEquals(0, model.indexProperty().get(), "the queue wraps around");
    model.undo();
    model.undo();
    assertEquals(first, model.currentProperty().get());
    assertEquals(2, project().dedup().queue().size(), "skipping decides nothing");
  }

  @Test
  void aMergedCitationCanBeSplit() {
    model.findDuplicates();
    assertEquals(citationOf("m2"), citationOf("e2"));
    model.split(model.merged().get(0));
    assertNotEquals(citationOf("m2"), citationOf("e2"));
    assertTrue(model.merged().isEmpty());
    assertTrue(model.messageProperty().get().contains("1 records moved out"));
  }

  @Test
  void recordsWhoseFileIdIsSharedAreNamedByProjectId() throws Exception {
    TestReviews.importFile(
        project(),
        "PsycInfo",
        TestReviews.write(
            tmp,
            "psycinfo.ris",
            TestReviews.ris(
                "m1",
                "Neonatal abstinence syndrome after methadone or buprenorphine exposure",
                "Kaltenbach, K.",
                "2011",
                "Addiction",
                "12",
                null)));
    model.findDuplicates();
    assertTrue(
        model.queue().stream()
            .flatMap(p -> java.util.stream.Stream.of(p.a(), p.b()))
            .filter(r -> "m1".equals(r.fileRecordId()))
            .allMatch(r -> model.idOf(r).equals("#" + r.id())),
        "m1 is in two files");
    assertEquals("e1", model.idOf(model.queue().get(0).b()));
    model.select(0);
    model.same();
    assertTrue(model.messageProperty().get().contains("merged"), model.messageProperty().get());
  }

  @Test
  void everyPairWithTheSameExplanationCanBeResolvedAtOnce() throws Exception {
    TestReviews.importFile(
        project(),
        "CINAHL",
        TestReviews.write(
            tmp,
            "cinahl.ris",
            TestReviews.ris(
                "c1",
                "Rooming-in and breastfeeding for infants exposed to opioids",
                "Holmes, A. V.",
                "2016",
                "Pediatrics",
                "e40",
                null)));
    model.findDuplicates();
    assertEquals(2, model.queue().size(), model.queue().toString());
    String explanation = model.queue().get(0).explanation();
    assertEquals(explanation, model.queue().get(1).explanation(), "one rule queued both");
    assertEquals(2, model.likeThisProperty().get());
    assertEquals("Explained as: " + explanation, model.explanationProperty().get());
    model.same();
    assertEquals(1, model.likeThisProperty().get(), "the count follows the queue");

    model.undo();
    assertEquals(2, model.likeThisProperty().get());
    model.sameForAllLikeThis();
    assertTrue(model.queue().isEmpty());
    assertEquals(citationOf("m1"), citationOf("e1"));
    assertEquals(citationOf("m3"), citationOf("c1"));
    assertTrue(model.messageProperty().get().startsWith("2 pairs"), model.messageProperty().get());
    assertFalse(model.canUndoProperty().get(), "a bulk decision is undone pair by pair, not here");
    assertEquals(0, model.likeThisProperty().get());
  }
}
