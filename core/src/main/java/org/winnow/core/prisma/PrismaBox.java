package org.winnow.core.prisma;

import java.util.List;

/**
 * One box of the laid-out diagram: the PRISMA fields it shows (so a view can list the items behind
 * a clicked box), its text and where it is.
 *
 * @param id the PRISMA2020 R package's box id ({@code box2}, {@code newstud}, …) or {@code
 *     awaiting}
 * @param fieldNames PRISMA2020 field names (or awaiting keys) shown in the box, in order; empty for
 *     headers
 * @param text the box's paragraphs, one per line, before wrapping
 * @param lines the wrapped lines as drawn
 */
public record PrismaBox(
    String id,
    BoxStyle style,
    List<String> fieldNames,
    String text,
    DiagramRect bounds,
    List<Line> lines) {

  public PrismaBox {
    fieldNames = List.copyOf(fieldNames);
    lines = List.copyOf(lines);
  }

  /** A line of text with its baseline; {@code bounds} is the measured extent of the text. */
  public record Line(String text, boolean bold, double baseline, DiagramRect bounds) {}
}
