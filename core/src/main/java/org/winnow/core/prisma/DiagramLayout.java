package org.winnow.core.prisma;

import static org.winnow.core.prisma.DiagramStyle.COLUMN_GAP;
import static org.winnow.core.prisma.DiagramStyle.INDENT;
import static org.winnow.core.prisma.DiagramStyle.MARGIN;
import static org.winnow.core.prisma.DiagramStyle.MAX_WIDTH;
import static org.winnow.core.prisma.DiagramStyle.PADDING;
import static org.winnow.core.prisma.DiagramStyle.PARAGRAPH_GAP;
import static org.winnow.core.prisma.DiagramStyle.PHASE_BAR_WIDTH;
import static org.winnow.core.prisma.DiagramStyle.PREFERRED_COLUMN_WIDTH;
import static org.winnow.core.prisma.DiagramStyle.ROW_GAP;
import static org.winnow.core.prisma.DiagramStyle.TEXT_SIZE;

import java.awt.Font;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.prisma.DiagramGeometry.Arrow;
import org.winnow.core.prisma.DiagramGeometry.PhaseBar;
import org.winnow.core.prisma.DiagramGeometry.Point;
import org.winnow.core.prisma.DiagramPlan.ArrowPlan;
import org.winnow.core.prisma.DiagramPlan.BoxPlan;
import org.winnow.core.prisma.DiagramPlan.Column;
import org.winnow.core.prisma.DiagramPlan.Paragraph;
import org.winnow.core.prisma.DiagramPlan.PhasePlan;
import org.winnow.core.prisma.DiagramPlan.Row;
import org.winnow.core.render.Fonts;
import org.winnow.core.render.TextWrapper;

/**
 * Measures and places the planned boxes: columns share the width the print size allows, each box is
 * as tall as its wrapped text, each row as tall as its tallest box, and a phase's rows grow when
 * its vertical label needs more room. Boxes in a row are aligned at the top.
 */
final class DiagramLayout {
  private final DiagramPlan plan;
  private final TextWrapper wrapper;
  private final Font plain = Fonts.plain(TEXT_SIZE);
  private final Font bold = Fonts.bold(TEXT_SIZE);
  private final double columnWidth;
  private final Map<Column, Double> columnX = new EnumMap<>(Column.class);
  private final Map<Row, Double> rowHeight = new EnumMap<>(Row.class);
  private final Map<Row, Double> rowY = new EnumMap<>(Row.class);

  private DiagramLayout(DiagramPlan plan, TextWrapper wrapper) {
    this.plan = plan;
    this.wrapper = wrapper;
    int n = plan.columns().size();
    double left = MARGIN + PHASE_BAR_WIDTH + COLUMN_GAP;
    columnWidth = Math.min(PREFERRED_COLUMN_WIDTH, (MAX_WIDTH - left - MARGIN) / n - COLUMN_GAP);
    for (int i = 0; i < n; i++) {
      columnX.put(plan.columns().get(i), left + i * (columnWidth + COLUMN_GAP));
    }
  }

  static DiagramGeometry layout(DiagramPlan plan) {
    try (TextWrapper wrapper = new TextWrapper()) {
      return new DiagramLayout(plan, wrapper).place();
    }
  }

  private DiagramGeometry place() {
    List<Measured> measured = plan.boxes().stream().map(this::measure).toList();
    for (Measured m : measured) {
      rowHeight.merge(m.plan.row(), m.height, Math::max);
    }
    plan.phases().forEach(this::growForLabel);
    double y = MARGIN;
    for (Row r : Row.values()) {
      if (rowHeight.containsKey(r)) {
        rowY.put(r, y);
        y += rowHeight.get(r) + ROW_GAP;
      }
    }
    double height = y - ROW_GAP + MARGIN;
    int n = plan.columns().size();
    double width = 2 * MARGIN + PHASE_BAR_WIDTH + n * (COLUMN_GAP + columnWidth);
    List<PrismaBox> boxes = measured.stream().map(this::position).toList();
    DiagramGeometry partial = new DiagramGeometry(width, height, boxes, List.of(), List.of());
    List<Arrow> arrows = plan.arrows().stream().map(a -> arrow(partial, a)).toList();
    List<PhaseBar> phases = plan.phases().stream().map(this::phaseBar).toList();
    return new DiagramGeometry(width, height, boxes, arrows, phases);
  }

  /** A box's wrapped lines and height, before it has a place. */
  private record Measured(
      BoxPlan plan, List<List<String>> lines, double x, double width, double height) {}

  private Measured measure(BoxPlan box) {
    double x = columnX.get(box.first());
    double width = columnX.get(box.last()) + columnWidth - x;
    Font font = font(box);
    List<List<String>> lines = new ArrayList<>();
    double textHeight = 0;
    for (Paragraph p : box.paragraphs()) {
      List<String> l = wrapper.wrap(font, p.text(), textWidth(width, p));
      lines.add(l);
      textHeight += (p.spaced() ? PARAGRAPH_GAP : 0) + l.size() * lineHeight(font);
    }
    double height = 2 * PADDING + textHeight;
    return new Measured(box, lines, x, width, height);
  }

  private PrismaBox position(Measured m) {
    BoxPlan box = m.plan;
    double top = rowY.get(box.row());
    // Headers of one row share its height, so the coloured bands line up.
    double height = box.style().isHeader() ? rowHeight.get(box.row()) : m.height;
    DiagramRect bounds = new DiagramRect(m.x, top, m.width, height);
    Font font = font(box);
    FontMetrics fm = wrapper.metrics(font);
    double lineHeight = lineHeight(font);
    double y = top + (height - (m.height - 2 * PADDING)) / 2;
    List<PrismaBox.Line> lines = new ArrayList<>();
    for (int p = 0; p < box.paragraphs().size(); p++) {
      Paragraph para = box.paragraphs().get(p);
      y += para.spaced() ? PARAGRAPH_GAP : 0;
      for (String text : m.lines.get(p)) {
        double w = wrapper.width(font, text);
        double x =
            box.style().isHeader()
                ? bounds.centerX() - w / 2
                : m.x + PADDING + (para.indented() ? INDENT : 0);
        double baseline = y + fm.getAscent();
        DiagramRect extent =
            new DiagramRect(x, baseline - fm.getAscent(), w, fm.getAscent() + fm.getDescent());
        lines.add(new PrismaBox.Line(text, font.isBold(), baseline, extent));
        y += lineHeight;
      }
    }
    return new PrismaBox(box.id(), box.style(), box.fieldNames(), box.text(), bounds, lines);
  }

  private void growForLabel(PhasePlan phase) {
    double needed = wrapper.width(bold, phase.label()) + 4 * PADDING;
    List<Row> rows = rowsOf(phase);
    if (rows.isEmpty()) {
      return;
    }
    double have = (rows.size() - 1) * ROW_GAP;
    for (Row r : rows) {
      have += rowHeight.get(r);
    }
    if (have < needed) {
      rowHeight.merge(rows.get(rows.size() - 1), needed - have, Double::sum);
    }
  }

  private PhaseBar phaseBar(PhasePlan phase) {
    List<Row> rows = rowsOf(phase);
    Row first = rows.get(0);
    Row last = rows.get(rows.size() - 1);
    double top = rowY.get(first);
    double bottom = rowY.get(last) + rowHeight.get(last);
    return new PhaseBar(
        phase.id(), phase.label(), new DiagramRect(MARGIN, top, PHASE_BAR_WIDTH, bottom - top));
  }

  private List<Row> rowsOf(PhasePlan phase) {
    List<Row> rows = new ArrayList<>();
    for (Row r : Row.values()) {
      if (r.compareTo(phase.first()) >= 0
          && r.compareTo(phase.last()) <= 0
          && rowHeight.containsKey(r)) {
        rows.add(r);
      }
    }
    return rows;
  }

  private static Arrow arrow(DiagramGeometry g, ArrowPlan a) {
    DiagramRect from = g.box(a.from()).orElseThrow().bounds();
    DiagramRect to = g.box(a.to()).orElseThrow().bounds();
    List<Point> points =
        switch (a.shape()) {
          case DOWN ->
              List.of(new Point(from.centerX(), from.bottom()), new Point(from.centerX(), to.y()));
          case RIGHT -> {
            double y = from.y() + Math.min(from.height(), to.height()) / 2;
            yield List.of(new Point(from.right(), y), new Point(to.x(), y));
          }
          case DOWN_THEN_LEFT ->
              List.of(
                  new Point(from.centerX(), from.bottom()),
                  new Point(from.centerX(), to.centerY()),
                  new Point(to.right(), to.centerY()));
        };
    return new Arrow(a.from(), a.to(), points);
  }

  private Font font(BoxPlan box) {
    return box.style().isHeader() ? bold : plain;
  }

  private double textWidth(double boxWidth, Paragraph p) {
    return boxWidth - 2 * PADDING - (p.indented() ? INDENT : 0);
  }

  private double lineHeight(Font font) {
    FontMetrics fm = wrapper.metrics(font);
    return fm.getAscent() + fm.getDescent() + fm.getLeading();
  }
}
