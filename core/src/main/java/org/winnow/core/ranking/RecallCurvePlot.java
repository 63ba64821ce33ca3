package org.winnow.core.ranking;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.winnow.core.render.Figure;
import org.winnow.core.render.Fonts;

/**
 * The recall curve of a screening so far, one panel per stage: relevant items found against items
 * screened, as a step line, beside the diagonal a random order would follow on average if the
 * relevant items found so far were all there are (the reference of ASReview's recall plots; the
 * true total is unknown until screening ends). A curve well above the diagonal means the ranking
 * put relevant items first; a curve that has gone flat is what the stopping rule looks for.
 */
public final class RecallCurvePlot implements Figure {
  /** One stage's screening: its name, how many items it holds, and the screening so far. */
  public record Panel(String title, int records, ScreeningHistory history) {}

  static final double PANEL_WIDTH = 300;
  static final double PANEL_HEIGHT = 220;
  static final double MARGIN = 14;
  static final double AXIS_LEFT = 40;
  static final double AXIS_BOTTOM = 34;
  static final double TITLE_HEIGHT = 18;
  static final double LEGEND_HEIGHT = 18;
  static final Color CURVE = new Color(0x1F77B4);
  static final Color DIAGONAL = new Color(0x999999);

  private static final Font TITLE = Fonts.bold(10);
  private static final Font TEXT = Fonts.plain(8);

  private final List<Panel> panels;

  public RecallCurvePlot(List<Panel> panels) {
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("a recall curve needs at least one stage");
    }
    this.panels = List.copyOf(panels);
  }

  /** Equal when every panel is: the same figure (a view draws it again only when it changed). */
  @Override
  public boolean equals(Object o) {
    return o instanceof RecallCurvePlot p && p.panels.equals(panels);
  }

  @Override
  public int hashCode() {
    return panels.hashCode();
  }

  @Override
  public double width() {
    return MARGIN + panels.size() * (PANEL_WIDTH + MARGIN);
  }

  @Override
  public double height() {
    return 2 * MARGIN + TITLE_HEIGHT + PANEL_HEIGHT + LEGEND_HEIGHT;
  }

  @Override
  public void paint(Graphics2D g) {
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, width(), height()));
    for (int i = 0; i < panels.size(); i++) {
      paintPanel(g, panels.get(i), MARGIN + i * (PANEL_WIDTH + MARGIN), MARGIN);
    }
    double y = MARGIN + TITLE_HEIGHT + PANEL_HEIGHT + 12;
    g.setFont(TEXT);
    g.setStroke(new BasicStroke(1.6f));
    g.setColor(CURVE);
    g.draw(new Line2D.Double(MARGIN, y - 3, MARGIN + 18, y - 3));
    g.setColor(Color.BLACK);
    g.drawString("relevant found", (float) (MARGIN + 22), (float) y);
    double x = MARGIN + 110;
    g.setColor(DIAGONAL);
    g.setStroke(dashed());
    g.draw(new Line2D.Double(x, y - 3, x + 18, y - 3));
    g.setColor(Color.BLACK);
    g.drawString("random order (expected)", (float) (x + 22), (float) y);
  }

  private void paintPanel(Graphics2D g, Panel p, double left, double top) {
    ScreeningHistory h = p.history();
    g.setColor(Color.BLACK);
    g.setFont(TITLE);
    g.drawString(
        String.format(
            Locale.ROOT,
            "%s: %,d relevant in %,d of %,d screened",
            p.title(),
            h.relevantFound(),
            h.screened(),
            p.records()),
        (float) left,
        (float) (top + 11));
    double x0 = left + AXIS_LEFT;
    double y0 = top + TITLE_HEIGHT + PANEL_HEIGHT - AXIS_BOTTOM;
    double w = PANEL_WIDTH - AXIS_LEFT - 8;
    double hgt = PANEL_HEIGHT - AXIS_BOTTOM - 6;
    int xMax = Math.max(1, p.records());
    int yMax = Math.max(1, h.relevantFound());
    g.setStroke(new BasicStroke(0.8f));
    g.draw(new Line2D.Double(x0, y0, x0 + w, y0));
    g.draw(new Line2D.Double(x0, y0, x0, y0 - hgt));
    g.setFont(TEXT);
    g.drawString("0", (float) (x0 - 8), (float) (y0 + 10));
    String xEnd = String.format(Locale.ROOT, "%,d", xMax);
    g.drawString(xEnd, (float) (x0 + w - g.getFontMetrics().stringWidth(xEnd)), (float) (y0 + 10));
    String yEnd = String.format(Locale.ROOT, "%,d", yMax);
    g.drawString(
        yEnd, (float) (x0 - 4 - g.getFontMetrics().stringWidth(yEnd)), (float) (y0 - hgt + 6));
    g.drawString("records screened", (float) (x0 + w / 2 - 34), (float) (y0 + 24));
    g.drawString("relevant", (float) left, (float) (y0 - hgt / 2));
    // a random order finds the relevant items evenly: found/records of them per item screened
    g.setColor(DIAGONAL);
    g.setStroke(dashed());
    g.draw(new Line2D.Double(x0, y0, x0 + w, y0 - hgt * h.relevantFound() / (double) yMax));
    g.setColor(CURVE);
    g.setStroke(new BasicStroke(1.6f));
    Path2D.Double curve = new Path2D.Double();
    curve.moveTo(x0, y0);
    for (int i = 0; i < h.relevantFound(); i++) {
      double x = x0 + w * (h.relevantPosition(i) + 1) / (double) xMax;
      curve.lineTo(x, y0 - hgt * i / (double) yMax);
      curve.lineTo(x, y0 - hgt * (i + 1) / (double) yMax);
    }
    curve.lineTo(x0 + w * h.screened() / (double) xMax, y0 - hgt * h.relevantFound() / yMax);
    g.draw(curve);
  }

  private static BasicStroke dashed() {
    return new BasicStroke(
        1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
  }
}
