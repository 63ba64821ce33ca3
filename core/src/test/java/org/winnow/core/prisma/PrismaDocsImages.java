package org.winnow.core.prisma;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.winnow.core.render.FigureExporter;
import org.winnow.core.render.FigureFormat;

/**
 * Renders the documentation's example diagrams into {@code target/prisma-examples}, and into the
 * folder named by {@code -Dwinnow.prisma.docs=...} (e.g. {@code ../docs/images}) to refresh them.
 */
class PrismaDocsImages {
  @Test
  void renderExamples() throws Exception {
    String docs = System.getProperty("winnow.prisma.docs");
    Path dir = Path.of(docs != null ? docs : "target/prisma-examples");
    PrismaDiagram example = new PrismaDiagram(PrismaExamples.newReview());
    FigureExporter.write(example, FigureFormat.SVG, dir.resolve("prisma-example.svg"));
    FigureExporter.write(example, FigureFormat.PNG, dir.resolve("prisma-example.png"));
    PrismaDiagram update = new PrismaDiagram(PrismaExamples.update());
    FigureExporter.write(update, FigureFormat.SVG, dir.resolve("prisma-update-example.svg"));
    if (docs == null) {
      FigureExporter.write(update, FigureFormat.PNG, dir.resolve("prisma-update-example.png"));
      FigureExporter.write(example, FigureFormat.PDF, dir.resolve("prisma-example.pdf"));
      FigureExporter.write(
          new PrismaDiagram(PrismaExamples.everything()),
          FigureFormat.PNG,
          dir.resolve("prisma-everything.png"));
      FigureExporter.write(
          new PrismaDiagram(PrismaDiagramTest.stress()),
          FigureFormat.PNG,
          dir.resolve("prisma-stress.png"));
    }
  }
}
