package org.winnow.core.stats.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import org.winnow.core.render.TextWrapper;

/** Measuring and placing text the same way for layout (before painting) and for painting. */
final class PlotText {
  /** Layout measures with fractional metrics, as the exporters paint. */
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private PlotText() {}

  static double width(String text, Font font) {
    return text.isEmpty() ? 0 : font.getStringBounds(text, CONTEXT).getWidth();
  }

  /** Draws text with its baseline at y: left-aligned at x. */
  static void left(Graphics2D g, String text, double x, double y) {
    g.drawString(text, (float) x, (float) y);
  }

  static void right(Graphics2D g, String text, double x, double y) {
    g.drawString(text, (float) (x - width(text, g.getFont())), (float) y);
  }

  static void centre(Graphics2D g, String text, double x, double y) {
    g.drawString(text, (float) (x - width(text, g.getFont()) / 2), (float) y);
  }

  /** Baseline that centres a line of the font vertically on y. */
  static double baseline(Font font, double y) {
    var metrics = font.getLineMetrics("Ag", CONTEXT);
    return y + (metrics.getAscent() - metrics.getDescent()) / 2;
  }

  /** Breaks text into lines no wider than width, as every figure does ({@link TextWrapper}). */
  static java.util.List<String> wrap(String text, Font font, double width) {
    try (TextWrapper wrapper = new TextWrapper()) {
      return wrapper.wrap(font, text, width);
    }
  }
}
