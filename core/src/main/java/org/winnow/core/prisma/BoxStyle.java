package org.winnow.core.prisma;

/** How a box of the diagram looks; the desktop view may use it to style selections. */
public enum BoxStyle {
  /** A white box of the main flow. */
  MAIN,
  /** A grey box of an optional column (previous studies, other methods). */
  OPTIONAL,
  /** The yellow header over the databases and registers column. */
  MAIN_HEADER,
  /** A grey header over an optional column. */
  OPTIONAL_HEADER,
  /** A dashed note outside the flow (items awaiting a decision). */
  NOTE;

  boolean isHeader() {
    return this == MAIN_HEADER || this == OPTIONAL_HEADER;
  }
}
