package org.winnow.core.prisma;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Optional;
import org.winnow.core.render.Figure;

/**
 * The PRISMA 2020 flow diagram of a set of counts, in the official template's layout for its {@link
 * PrismaVariant}: phase bars on the left (Identification, Screening, Included), a header over each
 * column, the databases-and-registers flow with its side boxes of removed and excluded items, the
 * other-methods column and the previous-studies column when they apply, and a note of the items
 * awaiting a decision. Laid out once on construction; export with {@code FigureExporter}.
 */
public final class PrismaDiagram implements Figure {
  private final PrismaCounts counts;
  private final DiagramGeometry geometry;

  public PrismaDiagram(PrismaCounts counts) {
    this.counts = counts;
    this.geometry = DiagramLayout.layout(DiagramContent.plan(counts));
  }

  public PrismaCounts counts() {
    return counts;
  }

  public PrismaVariant variant() {
    return counts.variant();
  }

  @Override
  public double width() {
    return geometry.width();
  }

  @Override
  public double height() {
    return geometry.height();
  }

  @Override
  public void paint(Graphics2D g) {
    DiagramPainter.paint(g, geometry);
  }

  /** Every box with its fields, text and place (headers included), in drawing order. */
  public List<PrismaBox> boxes() {
    return geometry.boxes();
  }

  /** The box under a point of the figure (in points), e.g. the one a user clicked. */
  public Optional<PrismaBox> boxAt(double x, double y) {
    return geometry.boxes().stream().filter(b -> b.bounds().contains(x, y)).findFirst();
  }

  /** The box showing a field, e.g. "dbr_excluded" → box9. */
  public Optional<PrismaBox> boxOf(String fieldName) {
    return geometry.boxes().stream().filter(b -> b.fieldNames().contains(fieldName)).findFirst();
  }

  DiagramGeometry geometry() {
    return geometry;
  }
}
