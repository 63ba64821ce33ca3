package org.winnow.core.prisma;

import java.util.List;
import java.util.Optional;

/** The laid-out diagram: every box, arrow and phase bar at its place, in points. */
record DiagramGeometry(
    double width, double height, List<PrismaBox> boxes, List<Arrow> arrows, List<PhaseBar> phases) {

  record Point(double x, double y) {}

  /** A polyline from one box to another; the head is at the last point. */
  record Arrow(String from, String to, List<Point> points) {
    Arrow {
      points = List.copyOf(points);
    }
  }

  /** A phase bar on the left; its label is drawn turned a quarter left. */
  record PhaseBar(String id, String label, DiagramRect bounds) {}

  DiagramGeometry {
    boxes = List.copyOf(boxes);
    arrows = List.copyOf(arrows);
    phases = List.copyOf(phases);
  }

  Optional<PrismaBox> box(String id) {
    return boxes.stream().filter(b -> b.id().equals(id)).findFirst();
  }
}
