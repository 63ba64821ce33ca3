package org.winnow.core.prisma;

/** An axis-aligned rectangle in diagram points, origin top left. */
public record DiagramRect(double x, double y, double width, double height) {
  public double right() {
    return x + width;
  }

  public double bottom() {
    return y + height;
  }

  public double centerX() {
    return x + width / 2;
  }

  public double centerY() {
    return y + height / 2;
  }

  public boolean contains(double px, double py) {
    return px >= x && px <= right() && py >= y && py <= bottom();
  }

  /** True when {@code other} lies wholly inside this rectangle (with a tolerance for rounding). */
  public boolean encloses(DiagramRect other) {
    double e = 1e-6;
    return other.x >= x - e
        && other.y >= y - e
        && other.right() <= right() + e
        && other.bottom() <= bottom() + e;
  }
}
