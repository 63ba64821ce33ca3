package org.winnow.core.prisma;

import java.awt.Color;

/** Every size and colour of the PRISMA diagram, named once. Sizes in points. */
final class DiagramStyle {
  /** Body text; headers and phase labels use the same size in bold. */
  static final float TEXT_SIZE = 10f;

  /**
   * Printed width the diagram must stay readable at: the width of an A4 page (210 mm). The diagram
   * is never wider than what keeps {@link #TEXT_SIZE} at {@link #MIN_PRINT_SIZE} when scaled to it.
   * (In a 170 mm text block the four- and five-column layouts print at 6.5 pt or more.)
   */
  static final double PRINT_WIDTH = 210 / 25.4 * 72;

  static final double MIN_PRINT_SIZE = 8;
  static final double MAX_WIDTH = PRINT_WIDTH * TEXT_SIZE / MIN_PRINT_SIZE;

  /** A column's width when there is room; narrower when the layout has many columns. */
  static final double PREFERRED_COLUMN_WIDTH = 165;

  static final double MARGIN = 6;
  static final double PHASE_BAR_WIDTH = 20;
  static final double COLUMN_GAP = 14;
  static final double ROW_GAP = 16;
  static final double PADDING = 5;
  static final double INDENT = 9;
  static final double PARAGRAPH_GAP = 3;
  static final double CORNER = 8;
  static final float LINE_WIDTH = 0.8f;
  static final double ARROW_HEAD = 5.5;

  // Colours of the official template: yellow header over the databases column, grey header and
  // grey boxes for the optional columns, blue phase bars.
  static final Color INK = Color.BLACK;
  static final Color BOX_FILL = Color.WHITE;
  static final Color OPTIONAL_FILL = new Color(0xF2F2F2);
  static final Color MAIN_HEADER_FILL = new Color(0xFFC000);
  static final Color OPTIONAL_HEADER_FILL = new Color(0xD9D9D9);
  static final Color PHASE_FILL = new Color(0x9DC3E6);

  private DiagramStyle() {}
}
