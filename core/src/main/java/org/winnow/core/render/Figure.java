package org.winnow.core.render;

import java.awt.Graphics2D;

/**
 * A drawing made once with Java2D and exported as SVG, PNG or PDF by {@link FigureExporter}
 * (diagrams and plots; the desktop view shows the same drawing). Sizes are in points (1/72 inch).
 */
public interface Figure {
  double width();

  double height();

  /** Draws the figure at 1 unit = 1 point, origin top left. */
  void paint(Graphics2D g);
}
