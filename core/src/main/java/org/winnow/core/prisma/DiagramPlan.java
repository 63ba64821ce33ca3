package org.winnow.core.prisma;

import java.util.List;

/**
 * What the diagram shows, before any measuring: boxes placed on a grid of columns and rows, with
 * their paragraphs, the arrows between them and the phase bars on the left.
 */
record DiagramPlan(
    PrismaVariant variant,
    List<Column> columns,
    List<BoxPlan> boxes,
    List<ArrowPlan> arrows,
    List<PhasePlan> phases) {

  /** Columns left to right; only those of the variant are used. */
  enum Column {
    PREVIOUS,
    DBR,
    DBR_SIDE,
    OTHER,
    OTHER_SIDE
  }

  /** Rows top to bottom; a row without boxes takes no height. */
  enum Row {
    HEADER,
    IDENTIFICATION,
    SCREENED,
    SOUGHT,
    ASSESSED,
    INCLUDED,
    TOTAL,
    META_ANALYSIS,
    AWAITING
  }

  /**
   * One paragraph of a box; wrapped to the box width when laid out. {@code spaced} puts a little
   * room above it, between the counts of a box (not between a heading and its first line).
   */
  record Paragraph(String text, boolean indented, boolean spaced) {}

  /** A box spanning columns {@code first..last} of one row. */
  record BoxPlan(
      String id,
      BoxStyle style,
      Row row,
      Column first,
      Column last,
      List<String> fieldNames,
      List<Paragraph> paragraphs) {
    BoxPlan {
      fieldNames = List.copyOf(fieldNames);
      paragraphs = List.copyOf(paragraphs);
    }

    String text() {
      return String.join(
          "\n", paragraphs.stream().map(p -> p.text().replace('\u00A0', ' ')).toList());
    }
  }

  /** How an arrow runs between two boxes. */
  enum Shape {
    /** Straight down within a column. */
    DOWN,
    /** Straight right to the side box of the same row. */
    RIGHT,
    /** Down from the source, then left into the target's right side. */
    DOWN_THEN_LEFT
  }

  record ArrowPlan(String from, String to, Shape shape) {}

  /** A blue bar with a vertical label over rows {@code first..last}. */
  record PhasePlan(String id, String label, Row first, Row last) {}

  DiagramPlan {
    columns = List.copyOf(columns);
    boxes = List.copyOf(boxes);
    arrows = List.copyOf(arrows);
    phases = List.copyOf(phases);
  }
}
