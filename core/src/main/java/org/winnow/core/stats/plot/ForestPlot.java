package org.winnow.core.stats.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.winnow.core.render.Figure;
import org.winnow.core.render.Fonts;
import org.winnow.core.stats.Intervals;
import org.winnow.core.stats.effect.Desirable;
import org.winnow.core.stats.pooling.PooledEffect;
import org.winnow.core.stats.pooling.StudyEffect;
import org.winnow.core.stats.report.Numbers;

/**
 * A forest plot of a meta-analysis: per study its effect with 95% CI (square area by weight), the
 * pooled estimate as a diamond, the prediction interval for random-effects models, and the
 * heterogeneity statistics underneath; the columns beside give the numbers drawn.
 */
public final class ForestPlot implements Figure {
  static final double MARGIN = 14;
  static final double ROW = 16;
  static final double GAP = 12;
  static final double AXIS_WIDTH = 230;
  static final double MAX_SQUARE = 11;
  static final double MIN_SQUARE = 3;
  static final int DECIMALS = 2;

  private static final Font TEXT = Fonts.plain(9);
  private static final Font HEAD = Fonts.bold(9);
  private static final Font NOTE = Fonts.plain(8);
  private static final Color GREY = new Color(0x777777);

  private final PooledEffect pooled;
  private final String measure;
  private final Desirable desirable;
  private final List<String> estimates = new ArrayList<>();
  private final List<String> weights = new ArrayList<>();
  private final String pooledLabel;
  private final String pooledText;
  private final List<String> footer = new ArrayList<>();
  private final double labelWidth;
  private final double estimateWidth;
  private final double weightWidth;
  private final Axis axis;
  private final double width;
  private final double height;

  /**
   * @param measure axis label, e.g. "Hedges' g"
   * @param desirable when every study's outcome is better in the same direction, which one (adds
   *     "favours" labels under the axis); null otherwise
   */
  public ForestPlot(PooledEffect pooled, String measure, Desirable desirable) {
    this.pooled = pooled;
    this.measure = measure;
    this.desirable = desirable;
    double low = Math.min(0, pooled.ci().lower());
    double high = Math.max(0, pooled.ci().upper());
    for (int i = 0; i < pooled.k(); i++) {
      StudyEffect s = pooled.studies().get(i);
      double half = Intervals.Z * Math.sqrt(s.vi());
      low = Math.min(low, s.yi() - half);
      high = Math.max(high, s.yi() + half);
      estimates.add(interval(s.yi(), s.yi() - half, s.yi() + half));
      weights.add(Numbers.fixed(pooled.weights().get(i), 1) + "%");
    }
    if (pooled.method().randomEffects()) {
      low = Math.min(low, pooled.prediction().lower());
      high = Math.max(high, pooled.prediction().upper());
    }
    this.axis = Axis.of(low, high);
    this.pooledLabel =
        pooled.method().randomEffects()
            ? "Random effects (" + pooled.method().name() + ")"
            : "Fixed effect (inverse variance)";
    this.pooledText = interval(pooled.estimate(), pooled.ci().lower(), pooled.ci().upper());
    footer.add(heterogeneity(pooled));
    if (pooled.method().randomEffects()) {
      footer.add(
          "95% prediction interval "
              + interval(pooled.prediction().lower(), pooled.prediction().upper())
              + " (dotted line)");
    }
    this.labelWidth =
        Math.max(
            PlotText.width(pooledLabel, HEAD),
            pooled.studies().stream()
                .mapToDouble(s -> PlotText.width(s.label(), TEXT))
                .max()
                .orElse(0));
    this.estimateWidth =
        Math.max(
            PlotText.width(measure + " [95% CI]", HEAD),
            estimates.stream().mapToDouble(e -> PlotText.width(e, TEXT)).max().orElse(0));
    this.weightWidth = PlotText.width("Weight", HEAD);
    double table = labelWidth + GAP + AXIS_WIDTH + GAP + estimateWidth + GAP + weightWidth;
    double notes = footer.stream().mapToDouble(f -> PlotText.width(f, NOTE)).max().orElse(0);
    this.width = 2 * MARGIN + Math.max(table, notes);
    int rows = 1 + pooled.k() + 1 + 1;
    double axisBlock = 34 + (desirable == null ? 0 : 12);
    this.height = 2 * MARGIN + rows * ROW + axisBlock + footer.size() * 11;
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
    double axisLeft = MARGIN + labelWidth + GAP;
    double estimateRight = axisLeft + AXIS_WIDTH + GAP + estimateWidth;
    double weightRight = estimateRight + GAP + weightWidth;
    double y = MARGIN;
    g.setColor(Color.BLACK);
    g.setFont(HEAD);
    double base = PlotText.baseline(HEAD, y + ROW / 2);
    PlotText.left(g, "Study", MARGIN, base);
    PlotText.right(g, measure + " [95% CI]", estimateRight, base);
    PlotText.right(g, "Weight", weightRight, base);
    y += ROW;
    double top = y;
    double maxWeight = pooled.weights().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    for (int i = 0; i < pooled.k(); i++) {
      StudyEffect s = pooled.studies().get(i);
      double mid = y + ROW / 2;
      g.setColor(Color.BLACK);
      g.setFont(TEXT);
      base = PlotText.baseline(TEXT, mid);
      PlotText.left(g, s.label(), MARGIN, base);
      PlotText.right(g, estimates.get(i), estimateRight, base);
      PlotText.right(g, weights.get(i), weightRight, base);
      double half = Intervals.Z * Math.sqrt(s.vi());
      stroke(g, 0.8f);
      g.draw(new Line2D.Double(x(axisLeft, s.yi() - half), mid, x(axisLeft, s.yi() + half), mid));
      // square area proportional to weight (side ∝ √weight)
      double side =
          Math.max(MIN_SQUARE, MAX_SQUARE * Math.sqrt(pooled.weights().get(i) / maxWeight));
      g.fill(new Rectangle2D.Double(x(axisLeft, s.yi()) - side / 2, mid - side / 2, side, side));
      y += ROW;
    }
    y += ROW / 2;
    double mid = y + ROW / 2;
    g.setFont(HEAD);
    base = PlotText.baseline(HEAD, mid);
    PlotText.left(g, pooledLabel, MARGIN, base);
    PlotText.right(g, pooledText, estimateRight, base);
    PlotText.right(g, "100%", weightRight, base);
    if (pooled.method().randomEffects()) {
      g.setStroke(
          new BasicStroke(
              0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 2}, 0));
      g.draw(
          new Line2D.Double(
              x(axisLeft, pooled.prediction().lower()),
              mid,
              x(axisLeft, pooled.prediction().upper()),
              mid));
    }
    Path2D diamond = new Path2D.Double();
    diamond.moveTo(x(axisLeft, pooled.ci().lower()), mid);
    diamond.lineTo(x(axisLeft, pooled.estimate()), mid - 5);
    diamond.lineTo(x(axisLeft, pooled.ci().upper()), mid);
    diamond.lineTo(x(axisLeft, pooled.estimate()), mid + 5);
    diamond.closePath();
    g.setColor(Color.BLACK);
    g.fill(diamond);
    y += ROW + ROW / 2;
    // the line of no effect, then the axis
    g.setColor(GREY);
    stroke(g, 0.6f);
    g.draw(new Line2D.Double(x(axisLeft, 0), top, x(axisLeft, 0), y));
    g.setColor(Color.BLACK);
    stroke(g, 0.8f);
    g.draw(new Line2D.Double(axisLeft, y, axisLeft + AXIS_WIDTH, y));
    g.setFont(TEXT);
    for (double tick : axis.ticks()) {
      double tx = x(axisLeft, tick);
      g.draw(new Line2D.Double(tx, y, tx, y + 3));
      PlotText.centre(g, Numbers.fixed(tick, axis.decimals()), tx, y + 13);
    }
    PlotText.centre(g, measure, axisLeft + AXIS_WIDTH / 2, y + 26);
    y += 34;
    g.setFont(NOTE);
    if (desirable != null) {
      String left = desirable == Desirable.HIGHER ? "Favours control" : "Favours intervention";
      String right = desirable == Desirable.HIGHER ? "Favours intervention" : "Favours control";
      double zero = x(axisLeft, 0);
      PlotText.right(g, "← " + left, zero - 4, y + 4);
      PlotText.left(g, right + " →", zero + 4, y + 4);
      y += 12;
    }
    for (String f : footer) {
      y += 11;
      PlotText.left(g, f, MARGIN, y - 2);
    }
  }

  private double x(double axisLeft, double value) {
    return axisLeft + (value - axis.low()) / (axis.high() - axis.low()) * AXIS_WIDTH;
  }

  private static void stroke(Graphics2D g, float w) {
    g.setStroke(new BasicStroke(w));
  }

  static String interval(double estimate, double lower, double upper) {
    return Numbers.fixed(estimate, DECIMALS) + " " + interval(lower, upper);
  }

  static String interval(double lower, double upper) {
    return "[" + Numbers.fixed(lower, DECIMALS) + ", " + Numbers.fixed(upper, DECIMALS) + "]";
  }

  /** The heterogeneity line under the plot; tables of the same pooling repeat it. */
  public static String heterogeneity(PooledEffect p) {
    if (p.k() < 2) {
      return "One study: no heterogeneity statistics";
    }
    return "Heterogeneity: τ² = "
        + Numbers.fixed(p.tau2(), 4)
        + ", I² = "
        + Numbers.fixed(p.i2(), 1)
        + "%, Q = "
        + Numbers.fixed(p.q(), 2)
        + " (df = "
        + p.df()
        + ", p = "
        + Numbers.p(p.qp())
        + "); test of effect: z = "
        + Numbers.fixed(p.z(), 2)
        + ", p = "
        + Numbers.p(p.p());
  }

  /** An axis range with round tick marks that covers [low, high]. */
  record Axis(double low, double high, double step, int decimals) {
    static final int TARGET_TICKS = 6;

    static Axis of(double low, double high) {
      if (high - low < 1e-9) {
        low -= 1;
        high += 1;
      }
      double raw = (high - low) / TARGET_TICKS;
      double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
      double step = magnitude;
      for (double m : new double[] {1, 2, 2.5, 5, 10}) {
        if (m * magnitude >= raw) {
          step = m * magnitude;
          break;
        }
      }
      double lo = Math.floor(low / step) * step;
      double hi = Math.ceil(high / step) * step;
      int decimals = 0;
      while (decimals < 4
          && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals)))
              > 1e-9) {
        decimals++;
      }
      return new Axis(lo, hi, step, decimals);
    }

    List<Double> ticks() {
      List<Double> t = new ArrayList<>();
      int n = (int) Math.round((high - low) / step);
      for (int i = 0; i <= n; i++) {
        t.add(low + i * step);
      }
      return t;
    }
  }
}
