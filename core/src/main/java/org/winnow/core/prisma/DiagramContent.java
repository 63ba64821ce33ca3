package org.winnow.core.prisma;

import static org.winnow.core.prisma.PrismaField.CITATIONS_RESULTS;
import static org.winnow.core.prisma.PrismaField.DATABASE_RESULTS;
import static org.winnow.core.prisma.PrismaField.DATABASE_SPECIFIC_RESULTS;
import static org.winnow.core.prisma.PrismaField.DBR_ASSESSED;
import static org.winnow.core.prisma.PrismaField.DBR_EXCLUDED;
import static org.winnow.core.prisma.PrismaField.DBR_NOTRETRIEVED_REPORTS;
import static org.winnow.core.prisma.PrismaField.DBR_SOUGHT_REPORTS;
import static org.winnow.core.prisma.PrismaField.DUPLICATES;
import static org.winnow.core.prisma.PrismaField.EXCLUDED_AUTOMATIC;
import static org.winnow.core.prisma.PrismaField.EXCLUDED_OTHER;
import static org.winnow.core.prisma.PrismaField.NEW_REPORTS;
import static org.winnow.core.prisma.PrismaField.NEW_STUDIES;
import static org.winnow.core.prisma.PrismaField.ORGANISATION_RESULTS;
import static org.winnow.core.prisma.PrismaField.OTHER_ASSESSED;
import static org.winnow.core.prisma.PrismaField.OTHER_EXCLUDED;
import static org.winnow.core.prisma.PrismaField.OTHER_NOTRETRIEVED_REPORTS;
import static org.winnow.core.prisma.PrismaField.OTHER_SOUGHT_REPORTS;
import static org.winnow.core.prisma.PrismaField.PREVIOUS_REPORTS;
import static org.winnow.core.prisma.PrismaField.PREVIOUS_STUDIES;
import static org.winnow.core.prisma.PrismaField.RECORDS_EXCLUDED;
import static org.winnow.core.prisma.PrismaField.RECORDS_SCREENED;
import static org.winnow.core.prisma.PrismaField.REGISTER_RESULTS;
import static org.winnow.core.prisma.PrismaField.REGISTER_SPECIFIC_RESULTS;
import static org.winnow.core.prisma.PrismaField.TOTAL_REPORTS;
import static org.winnow.core.prisma.PrismaField.TOTAL_REPORTS_MA;
import static org.winnow.core.prisma.PrismaField.TOTAL_STUDIES;
import static org.winnow.core.prisma.PrismaField.TOTAL_STUDIES_MA;
import static org.winnow.core.prisma.PrismaField.WEBSITE_RESULTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.winnow.core.prisma.DiagramPlan.ArrowPlan;
import org.winnow.core.prisma.DiagramPlan.BoxPlan;
import org.winnow.core.prisma.DiagramPlan.Column;
import org.winnow.core.prisma.DiagramPlan.Paragraph;
import org.winnow.core.prisma.DiagramPlan.PhasePlan;
import org.winnow.core.prisma.DiagramPlan.Row;
import org.winnow.core.prisma.DiagramPlan.Shape;

/**
 * Decides the boxes of the PRISMA 2020 template that the counts need and writes their text in the
 * template's words. Box ids are the PRISMA2020 R package's ({@code box1} … {@code box17}, {@code
 * newstud}, {@code othstud}, {@code prevstud}), so a box and its CSV rows share a name.
 */
final class DiagramContent {
  private final PrismaCounts counts;
  private final PrismaVariant variant;
  private final List<BoxPlan> boxes = new ArrayList<>();
  private final List<ArrowPlan> arrows = new ArrayList<>();

  private DiagramContent(PrismaCounts counts) {
    this.counts = counts;
    this.variant = counts.variant();
  }

  static DiagramPlan plan(PrismaCounts counts) {
    return new DiagramContent(counts).build();
  }

  private DiagramPlan build() {
    boolean update = variant.hasPreviousStudies();
    String studies = update ? "new studies" : "studies";
    List<Column> columns = new ArrayList<>();
    if (update) {
      columns.add(Column.PREVIOUS);
      header(
          "prevstud",
          BoxStyle.OPTIONAL_HEADER,
          Column.PREVIOUS,
          Column.PREVIOUS,
          "Previous studies");
      box("box1", BoxStyle.OPTIONAL, Row.IDENTIFICATION, Column.PREVIOUS)
          .count("Studies included in previous version of review", PREVIOUS_STUDIES)
          .count("Reports of studies included in previous version of review", PREVIOUS_REPORTS)
          .add();
    }
    columns.addAll(List.of(Column.DBR, Column.DBR_SIDE));
    header(
        "newstud",
        BoxStyle.MAIN_HEADER,
        Column.DBR,
        Column.DBR_SIDE,
        "Identification of " + studies + " via databases and registers");
    databasesAndRegisters();
    Column last = update ? Column.PREVIOUS : Column.DBR;
    if (variant.hasOtherMethods()) {
      columns.addAll(List.of(Column.OTHER, Column.OTHER_SIDE));
      otherMethods(studies);
    }
    if (update) {
      box("box16", BoxStyle.MAIN, Row.TOTAL, Column.PREVIOUS)
          .count("Total studies included in review", TOTAL_STUDIES)
          .count("Reports of total included studies", TOTAL_REPORTS)
          .add();
      arrow("box1", "box16", Shape.DOWN);
      arrow("box10", "box16", Shape.DOWN_THEN_LEFT);
    }
    if (counts.uses(PrismaField.Group.META_ANALYSIS)) {
      box("box17", BoxStyle.MAIN, Row.META_ANALYSIS, last)
          .count("Studies included in meta-analysis", TOTAL_STUDIES_MA)
          .count("Reports of studies included in meta-analysis", TOTAL_REPORTS_MA)
          .add();
      arrow(update ? "box16" : "box10", "box17", Shape.DOWN);
    }
    awaiting(columns);
    Row lastIncluded =
        counts.uses(PrismaField.Group.META_ANALYSIS)
            ? Row.META_ANALYSIS
            : update ? Row.TOTAL : Row.INCLUDED;
    List<PhasePlan> phases =
        List.of(
            new PhasePlan(
                "identification", "Identification", Row.IDENTIFICATION, Row.IDENTIFICATION),
            new PhasePlan("screening", "Screening", Row.SCREENED, Row.ASSESSED),
            new PhasePlan("included", "Included", Row.INCLUDED, lastIncluded));
    return new DiagramPlan(variant, columns, boxes, arrows, phases);
  }

  private void databasesAndRegisters() {
    box("box2", BoxStyle.MAIN, Row.IDENTIFICATION, Column.DBR)
        .line("Records identified from:")
        .count("Databases", DATABASE_RESULTS)
        .lines(DATABASE_SPECIFIC_RESULTS)
        .count("Registers", REGISTER_RESULTS)
        .lines(REGISTER_SPECIFIC_RESULTS)
        .add();
    box("box3", BoxStyle.MAIN, Row.IDENTIFICATION, Column.DBR_SIDE)
        .line("Records removed before screening:")
        .count("Duplicate records removed", DUPLICATES)
        .count("Records marked as ineligible by automation tools", EXCLUDED_AUTOMATIC)
        .count("Records removed for other reasons", EXCLUDED_OTHER)
        .add();
    single("box4", Row.SCREENED, Column.DBR, "Records screened", RECORDS_SCREENED);
    single("box5", Row.SCREENED, Column.DBR_SIDE, "Records excluded", RECORDS_EXCLUDED);
    single("box6", Row.SOUGHT, Column.DBR, "Reports sought for retrieval", DBR_SOUGHT_REPORTS);
    single("box7", Row.SOUGHT, Column.DBR_SIDE, "Reports not retrieved", DBR_NOTRETRIEVED_REPORTS);
    single("box8", Row.ASSESSED, Column.DBR, "Reports assessed for eligibility", DBR_ASSESSED);
    excluded("box9", BoxStyle.MAIN, Column.DBR_SIDE, DBR_EXCLUDED);
    boolean update = variant.hasPreviousStudies();
    box("box10", BoxStyle.MAIN, Row.INCLUDED, Column.DBR)
        .count(
            update ? "New studies included in review" : "Studies included in review", NEW_STUDIES)
        .count(
            update ? "Reports of new included studies" : "Reports of included studies", NEW_REPORTS)
        .add();
    arrow("box2", "box3", Shape.RIGHT);
    arrow("box2", "box4", Shape.DOWN);
    arrow("box4", "box5", Shape.RIGHT);
    arrow("box4", "box6", Shape.DOWN);
    arrow("box6", "box7", Shape.RIGHT);
    arrow("box6", "box8", Shape.DOWN);
    arrow("box8", "box9", Shape.RIGHT);
    arrow("box8", "box10", Shape.DOWN);
  }

  private void otherMethods(String studies) {
    header(
        "othstud",
        BoxStyle.OPTIONAL_HEADER,
        Column.OTHER,
        Column.OTHER_SIDE,
        "Identification of " + studies + " via other methods");
    box("box11", BoxStyle.OPTIONAL, Row.IDENTIFICATION, Column.OTHER)
        .line("Records identified from:")
        .count("Websites", WEBSITE_RESULTS)
        .count("Organisations", ORGANISATION_RESULTS)
        .count("Citation searching", CITATIONS_RESULTS)
        .add();
    box("box12", BoxStyle.OPTIONAL, Row.SOUGHT, Column.OTHER)
        .count("Reports sought for retrieval", OTHER_SOUGHT_REPORTS)
        .add();
    box("box13", BoxStyle.OPTIONAL, Row.SOUGHT, Column.OTHER_SIDE)
        .count("Reports not retrieved", OTHER_NOTRETRIEVED_REPORTS)
        .add();
    box("box14", BoxStyle.OPTIONAL, Row.ASSESSED, Column.OTHER)
        .count("Reports assessed for eligibility", OTHER_ASSESSED)
        .add();
    excluded("box15", BoxStyle.OPTIONAL, Column.OTHER_SIDE, OTHER_EXCLUDED);
    arrow("box11", "box12", Shape.DOWN);
    arrow("box12", "box13", Shape.RIGHT);
    arrow("box12", "box14", Shape.DOWN);
    arrow("box14", "box15", Shape.RIGHT);
    arrow("box14", "box10", Shape.DOWN_THEN_LEFT);
  }

  private void single(String id, Row row, Column column, String label, PrismaField field) {
    box(id, BoxStyle.MAIN, row, column).count(label, field).add();
  }

  /**
   * "Reports excluded (n = total):" then one line per reason; without reasons (an empty box, or a
   * total entered by hand) no colon is left dangling.
   */
  private void excluded(String id, BoxStyle style, Column column, PrismaField field) {
    Box b = box(id, style, Row.ASSESSED, column);
    b.fields.add(field.key());
    List<PrismaTally> reasons =
        counts.breakdown(field).map(PrismaBreakdown::tallies).orElse(List.of());
    b.line("Reports excluded " + n(counts.n(field)) + (reasons.isEmpty() ? "" : ":"));
    reasons.forEach(t -> b.item(t.label(), t.n()));
    b.add();
  }

  private void awaiting(List<Column> columns) {
    if (!counts.hasAwaiting()) {
      return;
    }
    Box b =
        new Box(
            "awaiting",
            BoxStyle.NOTE,
            Row.AWAITING,
            columns.get(0),
            columns.get(columns.size() - 1));
    b.line("Awaiting a decision (counted in the step they entered, in no box after it):");
    for (AwaitingStage s : AwaitingStage.values()) {
      counts
          .awaiting(s)
          .filter(c -> c.n() > 0)
          .ifPresent(
              c -> {
                b.fields.add(s.key());
                b.item(s.label(), c.n());
              });
    }
    b.add();
  }

  private void header(String id, BoxStyle style, Column first, Column last, String text) {
    new Box(id, style, Row.HEADER, first, last).line(text).add();
  }

  private Box box(String id, BoxStyle style, Row row, Column column) {
    return new Box(id, style, row, column, column);
  }

  private void arrow(String from, String to, Shape shape) {
    arrows.add(new ArrowPlan(from, to, shape));
  }

  /** "(n = 15,655)" with no-break spaces, so the count never splits across lines. */
  static String n(long n) {
    return "(n\u00A0=\u00A0" + String.format(Locale.UK, "%,d", n) + ")";
  }

  /** A box being written. */
  private final class Box {
    private final String id;
    private final BoxStyle style;
    private final Row row;
    private final Column first;
    private final Column last;
    private final List<String> fields = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();

    Box(String id, BoxStyle style, Row row, Column first, Column last) {
      this.id = id;
      this.style = style;
      this.row = row;
      this.first = first;
      this.last = last;
    }

    private boolean afterHeading = true;

    /** A heading ("Records identified from:"); its lines follow without a gap. */
    Box line(String text) {
      paragraphs.add(new Paragraph(text, false, false));
      afterHeading = true;
      return this;
    }

    Box count(String label, PrismaField field) {
      fields.add(field.key());
      paragraphs.add(new Paragraph(label + " " + n(counts.n(field)), false, !afterHeading));
      afterHeading = false;
      return this;
    }

    /** The field's breakdown, one indented line per label; nothing when absent. */
    Box lines(PrismaField field) {
      counts
          .breakdown(field)
          .ifPresent(
              b -> {
                fields.add(field.key());
                b.tallies().forEach(t -> item(t.label(), t.n()));
              });
      return this;
    }

    Box item(String label, long n) {
      paragraphs.add(new Paragraph(label + " " + n(n), true, false));
      return this;
    }

    void add() {
      boxes.add(new BoxPlan(id, style, row, first, last, fields, paragraphs));
    }
  }
}
