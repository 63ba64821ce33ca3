package org.winnow.core.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.winnow.core.prisma.PrismaExamples.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.winnow.core.prisma.DiagramGeometry.Point;
import org.winnow.core.render.Fonts;
import org.winnow.core.render.TextWrapper;

class PrismaDiagramTest {
  private static final double EPS = 1e-6;

  /** Many reasons, a very long database name and a word longer than any box. */
  static PrismaCounts stress() {
    List<PrismaTally> reasons = new ArrayList<>();
    IntStream.rangeClosed(1, 25)
        .forEach(
            i ->
                reasons.add(
                    tally(
                        "Reason "
                            + i
                            + ": the report described a population, setting or design"
                            + " outside the protocol's criteria",
                        i * 3L)));
    return PrismaExamples.everything().toBuilder()
        .derived(
            PrismaField.DATABASE_SPECIFIC_RESULTS,
            List.of(
                tally(
                    "Cochrane Central Register of Controlled Trials (CENTRAL) in the Cochrane"
                        + " Library via Wiley Online Library, issue 11 of 12, November 2024",
                    5_000),
                tally(
                    "https://example.org/search/export/records/without-any-spaces-at-all", 10_123)))
        .derived(PrismaField.OTHER_EXCLUDED, reasons)
        .build();
  }

  static PrismaCounts databasesOnly() {
    PrismaCounts.Builder b = PrismaExamples.newReview().toBuilder();
    PrismaField.inGroup(PrismaField.Group.OTHER_METHODS).forEach(b::remove);
    return b.build();
  }

  static Stream<PrismaCounts> layouts() {
    return Stream.of(
        PrismaExamples.newReview(),
        PrismaExamples.update(),
        PrismaExamples.everything(),
        databasesOnly(),
        stress(),
        PrismaCounts.builder().build());
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void everyLineStaysInsideItsBox(PrismaCounts counts) {
    for (PrismaBox box : new PrismaDiagram(counts).boxes()) {
      DiagramRect b = box.bounds();
      double p = DiagramStyle.PADDING;
      DiagramRect inner =
          new DiagramRect(b.x() + p, b.y() + p, b.width() - 2 * p, b.height() - 2 * p);
      assertFalse(box.lines().isEmpty(), box.id());
      for (PrismaBox.Line line : box.lines()) {
        assertTrue(
            inner.encloses(line.bounds()),
            box.id() + ": '" + line.text() + "' " + line.bounds() + " outside " + inner);
      }
      for (int i = 1; i < box.lines().size(); i++) {
        assertTrue(
            box.lines().get(i).bounds().y() >= box.lines().get(i - 1).bounds().bottom() - EPS,
            box.id() + " lines overlap");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void wrappingLosesNoText(PrismaCounts counts) {
    for (PrismaBox box : new PrismaDiagram(counts).boxes()) {
      String drawn = box.lines().stream().map(PrismaBox.Line::text).collect(Collectors.joining());
      assertEquals(box.text().replaceAll("\\s", ""), drawn.replaceAll("\\s", ""), box.id());
    }
  }

  /** In realistic diagrams lines break between words only. */
  @ParameterizedTest
  @MethodSource("layouts")
  void wordsAreNotBrokenInRealisticDiagrams(PrismaCounts counts) {
    if (counts.equals(stress())) {
      return;
    }
    for (PrismaBox box : new PrismaDiagram(counts).boxes()) {
      String drawn =
          box.lines().stream().map(PrismaBox.Line::text).collect(Collectors.joining(" "));
      assertEquals(box.text().replace('\n', ' '), drawn, box.id());
    }
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void boxesDoNotOverlapAndStayOnTheFigure(PrismaCounts counts) {
    PrismaDiagram d = new PrismaDiagram(counts);
    DiagramRect figure = new DiagramRect(0, 0, d.width(), d.height());
    List<DiagramRect> all = new ArrayList<>(d.boxes().stream().map(PrismaBox::bounds).toList());
    d.geometry().phases().forEach(p -> all.add(p.bounds()));
    for (int i = 0; i < all.size(); i++) {
      assertTrue(figure.encloses(all.get(i)), all.get(i) + " off the figure");
      for (int j = i + 1; j < all.size(); j++) {
        DiagramRect a = all.get(i);
        DiagramRect b = all.get(j);
        boolean apart =
            a.right() <= b.x() + EPS
                || b.right() <= a.x() + EPS
                || a.bottom() <= b.y() + EPS
                || b.bottom() <= a.y() + EPS;
        assertTrue(apart, a + " overlaps " + b);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void readableWhenPrintedAtA4Width(PrismaCounts counts) {
    PrismaDiagram d = new PrismaDiagram(counts);
    double printed = DiagramStyle.TEXT_SIZE * Math.min(1, DiagramStyle.PRINT_WIDTH / d.width());
    assertTrue(printed >= DiagramStyle.MIN_PRINT_SIZE - EPS, "text prints at " + printed + " pt");
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void phaseLabelsFitTheirBars(PrismaCounts counts) {
    try (TextWrapper measure = new TextWrapper()) {
      for (var bar : new PrismaDiagram(counts).geometry().phases()) {
        double label = measure.width(Fonts.bold(DiagramStyle.TEXT_SIZE), bar.label());
        assertTrue(label <= bar.bounds().height() - 2 * DiagramStyle.PADDING, bar.label());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void arrowsRunFromEdgeToEdge(PrismaCounts counts) {
    PrismaDiagram d = new PrismaDiagram(counts);
    for (var arrow : d.geometry().arrows()) {
      DiagramRect from = d.geometry().box(arrow.from()).orElseThrow().bounds();
      DiagramRect to = d.geometry().box(arrow.to()).orElseThrow().bounds();
      Point start = arrow.points().get(0);
      Point end = arrow.points().get(arrow.points().size() - 1);
      assertTrue(onEdge(from, start), arrow + " starts off " + from);
      assertTrue(onEdge(to, end), arrow + " ends off " + to);
      assertTrue(
          arrow.points().stream()
              .skip(1)
              .limit(arrow.points().size() - 2)
              .noneMatch(p -> d.boxes().stream().anyMatch(b -> strictlyInside(b.bounds(), p))),
          arrow + " bends inside a box");
    }
  }

  private static boolean onEdge(DiagramRect r, Point p) {
    boolean inside = r.contains(p.x(), p.y());
    boolean edge =
        Math.abs(p.x() - r.x()) < EPS
            || Math.abs(p.x() - r.right()) < EPS
            || Math.abs(p.y() - r.y()) < EPS
            || Math.abs(p.y() - r.bottom()) < EPS;
    return inside && edge;
  }

  private static boolean strictlyInside(DiagramRect r, Point p) {
    return p.x() > r.x() && p.x() < r.right() && p.y() > r.y() && p.y() < r.bottom();
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void everyShownFieldHasItsBox(PrismaCounts counts) {
    PrismaDiagram d = new PrismaDiagram(counts);
    for (PrismaField f : PrismaField.values()) {
      boolean shown = counts.has(f) || d.variant().drawsWhenAbsent(f);
      assertEquals(shown, d.boxOf(f.key()).isPresent(), f.key());
    }
    for (AwaitingStage s : AwaitingStage.values()) {
      boolean waiting = counts.awaiting(s).map(c -> c.n() > 0).orElse(false);
      assertEquals(waiting, d.boxOf(s.key()).map(b -> b.id().equals("awaiting")).orElse(false));
    }
  }

  @Test
  void eachVariantHasTheTemplatesBoxes() {
    assertEquals(
        Set.of("newstud", "box2", "box3", "box4", "box5", "box6", "box7", "box8", "box9", "box10"),
        ids(databasesOnly()));
    assertEquals(
        Set.of(
            "newstud", "box2", "box3", "box4", "box5", "box6", "box7", "box8", "box9", "box10",
            "othstud", "box11", "box12", "box13", "box14", "box15"),
        ids(PrismaExamples.newReview()));
    assertEquals(
        Set.of(
            "prevstud",
            "box1",
            "newstud",
            "box2",
            "box3",
            "box4",
            "box5",
            "box6",
            "box7",
            "box8",
            "box9",
            "box10",
            "box16"),
        ids(PrismaExamples.update()));
    Set<String> all = ids(PrismaExamples.everything());
    assertTrue(
        all.containsAll(
            Set.of("prevstud", "othstud", "box1", "box15", "box16", "box17", "awaiting")));
  }

  private static Set<String> ids(PrismaCounts counts) {
    return new PrismaDiagram(counts)
        .boxes().stream().map(PrismaBox::id).collect(Collectors.toSet());
  }

  @Test
  void textFollowsTheTemplate() {
    PrismaDiagram d = new PrismaDiagram(PrismaExamples.newReview());
    assertEquals(
        "Records identified from:\nDatabases (n = 15,123)\nMEDLINE (Ovid) (n = 5,912)\n"
            + "Embase (Ovid) (n = 6,480)\nCINAHL (EBSCO) (n = 2,731)\nRegisters (n = 532)\n"
            + "ClinicalTrials.gov (n = 532)",
        d.boxOf("database_results").orElseThrow().text());
    assertEquals(
        "Records removed before screening:\nDuplicate records removed (n = 5,248)\n"
            + "Records marked as ineligible by automation tools (n = 0)\n"
            + "Records removed for other reasons (n = 37)",
        d.boxOf("duplicates").orElseThrow().text());
    assertEquals(
        "Studies included in review (n = 197)\nReports of included studies (n = 204)",
        d.boxOf("new_studies").orElseThrow().text());
    assertEquals(
        List.of("new_studies", "new_reports"), d.boxOf("new_reports").orElseThrow().fieldNames());
    assertEquals(
        "Identification of studies via databases and registers",
        d.boxes().stream().filter(b -> b.id().equals("newstud")).findFirst().orElseThrow().text());
    PrismaDiagram update = new PrismaDiagram(PrismaExamples.update());
    assertEquals(
        "New studies included in review (n = 17)\nReports of new included studies (n = 21)",
        update.boxOf("new_studies").orElseThrow().text());
    assertTrue(
        update.boxes().stream()
            .anyMatch(
                b -> b.text().equals("Identification of new studies via databases and registers")));
  }

  @Test
  void awaitingItemsGetANoteOfTheirOwn() {
    PrismaBox note =
        new PrismaDiagram(PrismaExamples.everything())
            .boxOf("records_awaiting_screening")
            .orElseThrow();
    assertEquals(BoxStyle.NOTE, note.style());
    assertTrue(
        note.text().contains("Records awaiting a title/abstract decision (n = 3)"), note.text());
    assertEquals(
        List.of(
            "records_awaiting_screening",
            "dbr_awaiting_retrieval",
            "dbr_awaiting_assessment",
            "other_awaiting_retrieval",
            "other_awaiting_assessment"),
        note.fieldNames());
  }

  @Test
  void boxAtFindsTheClickedBox() {
    PrismaDiagram d = new PrismaDiagram(PrismaExamples.newReview());
    PrismaBox excluded = d.boxOf("dbr_excluded").orElseThrow();
    DiagramRect r = excluded.bounds();
    assertEquals("box9", d.boxAt(r.centerX(), r.centerY()).orElseThrow().id());
    assertTrue(d.boxAt(0.5, 0.5).isEmpty());
  }

  /** Every number the diagram must show, as printed ("(n = 15,123)"). */
  static List<String> shownCounts(PrismaCounts counts) {
    PrismaVariant v = counts.variant();
    List<String> shown = new ArrayList<>();
    for (PrismaField f : PrismaField.values()) {
      if (f == PrismaField.DATABASE_SPECIFIC_RESULTS
          || f == PrismaField.REGISTER_SPECIFIC_RESULTS) {
        counts.breakdown(f).ifPresent(b -> b.tallies().forEach(t -> shown.add(n(t.n()))));
      } else if (counts.has(f) || v.drawsWhenAbsent(f)) {
        shown.add(n(counts.n(f)));
        counts.breakdown(f).ifPresent(b -> b.tallies().forEach(t -> shown.add(n(t.n()))));
      }
    }
    for (AwaitingStage s : AwaitingStage.values()) {
      counts.awaiting(s).filter(c -> c.n() > 0).ifPresent(c -> shown.add(n(c.n())));
    }
    return shown;
  }

  static String n(long n) {
    return String.format(Locale.UK, "(n = %,d)", n);
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void everyCountIsInTheBoxes(PrismaCounts counts) {
    String text =
        new PrismaDiagram(counts)
            .boxes().stream()
                .flatMap(b -> b.lines().stream())
                .map(PrismaBox.Line::text)
                .collect(Collectors.joining("\n"));
    for (String n : shownCounts(counts)) {
      assertTrue(text.contains(n), n + " not in\n" + text);
    }
  }
}
