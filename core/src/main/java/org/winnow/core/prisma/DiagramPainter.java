package org.winnow.core.prisma;

import static org.winnow.core.prisma.DiagramStyle.ARROW_HEAD;
import static org.winnow.core.prisma.DiagramStyle.CORNER;
import static org.winnow.core.prisma.DiagramStyle.LINE_WIDTH;
import static org.winnow.core.prisma.DiagramStyle.TEXT_SIZE;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.winnow.core.prisma.DiagramGeometry.Arrow;
import org.winnow.core.prisma.DiagramGeometry.PhaseBar;
import org.winnow.core.prisma.DiagramGeometry.Point;
import org.winnow.core.render.Fonts;

/** Draws laid-out geometry with Java2D; knows nothing of PRISMA fields. */
final class DiagramPainter {
  private static final Stroke SOLID = new BasicStroke(LINE_WIDTH);
  private static final Stroke DASHED =
      new BasicStroke(
          LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);

  private DiagramPainter() {}

  static void paint(Graphics2D g, DiagramGeometry geometry) {
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, geometry.width(), geometry.height()));
    geometry.phases().forEach(p -> phase(g, p));
    geometry.arrows().forEach(a -> arrow(g, a));
    geometry.boxes().forEach(b -> box(g, b));
  }

  private static void box(Graphics2D g, PrismaBox box) {
    DiagramRect r = box.bounds();
    var shape = new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
    g.setColor(fill(box.style()));
    g.fill(shape);
    g.setColor(DiagramStyle.INK);
    g.setStroke(box.style() == BoxStyle.NOTE ? DASHED : SOLID);
    g.draw(shape);
    Font plain = Fonts.plain(TEXT_SIZE);
    Font bold = Fonts.bold(TEXT_SIZE);
    for (PrismaBox.Line line : box.lines()) {
      g.setFont(line.bold() ? bold : plain);
      g.drawString(line.text(), (float) line.bounds().x(), (float) line.baseline());
    }
  }

  private static Color fill(BoxStyle style) {
    return switch (style) {
      case MAIN, NOTE -> DiagramStyle.BOX_FILL;
      case OPTIONAL -> DiagramStyle.OPTIONAL_FILL;
      case MAIN_HEADER -> DiagramStyle.MAIN_HEADER_FILL;
      case OPTIONAL_HEADER -> DiagramStyle.OPTIONAL_HEADER_FILL;
    };
  }

  private static void phase(Graphics2D g, PhaseBar bar) {
    DiagramRect r = bar.bounds();
    g.setColor(DiagramStyle.PHASE_FILL);
    g.fill(new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), CORNER, CORNER));
    g.setColor(DiagramStyle.INK);
    Font font = Fonts.bold(TEXT_SIZE);
    g.setFont(font);
    var fm = g.getFontMetrics(font);
    double textWidth = fm.getStringBounds(bar.label(), g).getWidth();
    AffineTransform saved = g.getTransform();
    // Read bottom to top, as in the template.
    g.translate(r.centerX(), r.centerY());
    g.rotate(-Math.PI / 2);
    g.drawString(
        bar.label(), (float) (-textWidth / 2), (float) ((fm.getAscent() - fm.getDescent()) / 2.0));
    g.setTransform(saved);
  }

  private static void arrow(Graphics2D g, Arrow arrow) {
    List<Point> p = arrow.points();
    g.setColor(DiagramStyle.INK);
    g.setStroke(SOLID);
    Point tip = p.get(p.size() - 1);
    Point before = p.get(p.size() - 2);
    double angle = Math.atan2(tip.y() - before.y(), tip.x() - before.x());
    // The shaft stops where the head begins, so no line pokes out of the point.
    double shaftEndX = tip.x() - Math.cos(angle) * ARROW_HEAD;
    double shaftEndY = tip.y() - Math.sin(angle) * ARROW_HEAD;
    for (int i = 0; i < p.size() - 1; i++) {
      Point a = p.get(i);
      boolean last = i == p.size() - 2;
      g.draw(
          new Line2D.Double(
              a.x(),
              a.y(),
              last ? shaftEndX : p.get(i + 1).x(),
              last ? shaftEndY : p.get(i + 1).y()));
    }
    Path2D head = new Path2D.Double();
    head.moveTo(tip.x(), tip.y());
    head.lineTo(
        tip.x() - ARROW_HEAD * Math.cos(angle - 0.45),
        tip.y() - ARROW_HEAD * Math.sin(angle - 0.45));
    head.lineTo(
        tip.x() - ARROW_HEAD * Math.cos(angle + 0.45),
        tip.y() - ARROW_HEAD * Math.sin(angle + 0.45));
    head.closePath();
    g.fill(head);
  }
}
