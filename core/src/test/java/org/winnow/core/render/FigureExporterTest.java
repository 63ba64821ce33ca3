package org.winnow.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureExporterTest {
  @TempDir Path tmp;

  private static final Figure BOX =
      new Figure() {
        @Override
        public double width() {
          return 200;
        }

        @Override
        public double height() {
          return 100;
        }

        @Override
        public void paint(Graphics2D g) {
          g.setColor(Color.BLACK);
          g.drawRect(10, 10, 180, 80);
          g.setFont(Fonts.plain(12));
          g.drawString("Records identified (n = 15655)", 20, 50);
        }
      };

  @Test
  void svgIsWellFormedXmlWithTheText() throws Exception {
    String svg = FigureExporter.svg(BOX);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc =
        factory
            .newDocumentBuilder()
            .parse(
                new java.io.ByteArrayInputStream(
                    svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(
        "svg",
        doc.getDocumentElement().getLocalName() == null
            ? doc.getDocumentElement().getTagName()
            : doc.getDocumentElement().getLocalName());
    assertTrue(svg.contains("15655"), svg);
  }

  @Test
  void pngHasThePrintSize() throws Exception {
    Path f = tmp.resolve("box.png");
    FigureExporter.write(BOX, FigureFormat.PNG, f);
    BufferedImage img = ImageIO.read(f.toFile());
    assertEquals(Math.ceil(200 * 300 / 72.0), img.getWidth());
    assertEquals(Math.ceil(100 * 300 / 72.0), img.getHeight());
  }

  @Test
  void pdfTextCanBeExtracted() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FigureExporter.pdf(BOX, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("15655"), "text: [" + text + "] fonts " + Fonts.files());
    }
    Path f = tmp.resolve("box.pdf");
    FigureExporter.write(BOX, FigureFormat.PDF, f);
    assertTrue(Files.size(f) > 500);
  }
}
