package org.winnow.core.stats.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.winnow.core.render.Figure;
import org.winnow.core.render.Fonts;
import org.winnow.core.stats.Appraisal;
import org.winnow.core.stats.direction.EffectDirectionSynthesis;
import org.winnow.core.stats.direction.SizeBand;
import org.winnow.core.stats.direction.StudyRow;
import org.winnow.core.stats.report.EffectDirectionTable;

/**
 * The effect-direction plot (Thomson &amp; Thomas 2013, revised by Boon &amp; Thomson 2021): one
 * row per study, one column per outcome domain, ▲ ▼ ◄► sized by the study's sample size, rows
 * shaded by appraisal, the sign test per domain underneath and the key below. It draws the grid of
 * {@link EffectDirectionTable}, so table and plot always agree.
 */
public final class EffectDirectionPlot implements Figure {
  static final double MARGIN = 12;
  static final double ROW = 22;
  static final double PAD = 8;
  static final double LEGEND_LINE = 11;
  static final double MIN_DOMAIN_WIDTH = 56;

  /** The key wraps at the table's width, but never narrower than this. */
  static final double MIN_LEGEND_WIDTH = 360;

  static final Map<SizeBand, Float> SYMBOL_SIZE =
      Map.of(SizeBand.SMALL, 8f, SizeBand.MEDIUM, 12f, SizeBand.LARGE, 17f);
  static final Map<Appraisal, Color> SHADE =
      Map.of(
          Appraisal.HIGH, Color.WHITE,
          Appraisal.MODERATE, new Color(0xE6E6E6),
          Appraisal.LOW, new Color(0xC8C8C8));

  private static final Font TEXT = Fonts.plain(9);
  private static final Font HEAD = Fonts.bold(9);
  private static final Font NOTE = Fonts.plain(7.5f);

  private final EffectDirectionSynthesis synthesis;
  private final List<List<String>> grid;
  private final List<String> legend;
  private final int firstDomain;
  private final List<Double> columnWidths = new ArrayList<>();
  private final double tableWidth;
  private final double width;
  private final double height;

  public EffectDirectionPlot(EffectDirectionSynthesis synthesis) {
    this.synthesis = synthesis;
    this.grid = EffectDirectionTable.grid(synthesis);
    List<String> header = grid.get(0);
    this.firstDomain = header.size() - synthesis.domains().size();
    for (int col = 0; col < header.size(); col++) {
      double w = 0;
      for (int row = 0; row < grid.size(); row++) {
        String cell = grid.get(row).get(col);
        boolean symbol = col >= firstDomain && row > 0 && row <= synthesis.studies().size();
        w = Math.max(w, symbol ? 0 : PlotText.width(cell, row == 0 ? HEAD : TEXT));
      }
      columnWidths.add(col >= firstDomain ? Math.max(MIN_DOMAIN_WIDTH, w + 2 * PAD) : w + 2 * PAD);
    }
    this.tableWidth = columnWidths.stream().mapToDouble(Double::doubleValue).sum();
    double legendWidth = Math.max(tableWidth, MIN_LEGEND_WIDTH);
    this.legend =
        EffectDirectionTable.legend(synthesis).stream()
            .flatMap(l -> PlotText.wrap(l, NOTE, legendWidth).stream())
            .toList();
    this.width = 2 * MARGIN + legendWidth;
    this.height = 2 * MARGIN + grid.size() * ROW + PAD + legend.size() * LEGEND_LINE;
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public double height() {
    return height;
  }

  @Override
  public void paint(Graphics2D g) {
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, width, height));
    int studies = synthesis.studies().size();
    double y = MARGIN;
    for (int row = 0; row < grid.size(); row++) {
      StudyRow study = row >= 1 && row <= studies ? synthesis.studies().get(row - 1) : null;
      if (study != null && study.appraisal() != null) {
        g.setColor(SHADE.get(study.appraisal()));
        g.fill(new Rectangle2D.Double(MARGIN, y, tableWidth, ROW));
      }
      drawRow(g, grid.get(row), y, row == 0 ? HEAD : TEXT, study);
      y += ROW;
      if (row == 0 || row == studies || row == grid.size() - 1) {
        rule(g, y);
      }
    }
    g.setColor(Color.BLACK);
    g.setFont(NOTE);
    y += PAD;
    for (String l : legend) {
      y += LEGEND_LINE;
      PlotText.left(g, l, MARGIN, y - 2);
    }
  }

  private void drawRow(Graphics2D g, List<String> cells, double top, Font font, StudyRow study) {
    g.setColor(Color.BLACK);
    double x = MARGIN;
    for (int i = 0; i < cells.size(); i++) {
      double w = columnWidths.get(i);
      Font f = font;
      if (study != null && i >= firstDomain) {
        f = Fonts.plain(SYMBOL_SIZE.get(study.size() == null ? SizeBand.MEDIUM : study.size()));
      }
      g.setFont(f);
      double baseline = PlotText.baseline(f, top + ROW / 2);
      if (i == 0) {
        PlotText.left(g, cells.get(i), x + PAD, baseline);
      } else {
        PlotText.centre(g, cells.get(i), x + w / 2, baseline);
      }
      x += w;
    }
  }

  private void rule(Graphics2D g, double y) {
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(0.8f));
    g.draw(new Line2D.Double(MARGIN, y, MARGIN + tableWidth, y));
  }
}
