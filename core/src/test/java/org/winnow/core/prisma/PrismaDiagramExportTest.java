package org.winnow.core.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.winnow.core.render.FigureExporter;
import org.winnow.core.render.FigureFormat;

class PrismaDiagramExportTest {
  @TempDir Path tmp;

  static Stream<PrismaCounts> examples() {
    return Stream.of(
        PrismaExamples.newReview(), PrismaExamples.update(), PrismaExamples.everything());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void svgIsXmlWithEveryCountAsText(PrismaCounts counts) throws Exception {
    String svg = FigureExporter.svg(new PrismaDiagram(counts));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(true);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    NodeList texts = doc.getElementsByTagNameNS("*", "text");
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < texts.getLength(); i++) {
      all.append(texts.item(i).getTextContent()).append('\n');
    }
    for (String n : PrismaDiagramTest.shownCounts(counts)) {
      assertTrue(all.toString().contains(n), n + " not in the SVG text");
    }
    assertTrue(all.toString().contains("Identification"), "phase label drawn as text");
  }

  @Test
  void pngIsRenderedAt300Dpi() throws Exception {
    PrismaDiagram d = new PrismaDiagram(PrismaExamples.newReview());
    Path file = tmp.resolve("prisma.png");
    FigureExporter.write(d, FigureFormat.PNG, file);
    ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
    try (var in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in);
      BufferedImage image = reader.read(0);
      assertEquals((int) Math.ceil(d.width() * 300 / 72), image.getWidth());
      assertEquals((int) Math.ceil(d.height() * 300 / 72), image.getHeight());
      assertTrue(darkPixels(image) > 10_000, "the diagram is drawn");
    } finally {
      reader.dispose();
    }
  }

  /**
   * The file should also say it is 300 dpi. It does not yet: FigureExporter merges
   * HorizontalPixelSize (mm per pixel) into the standard metadata tree, and the JDK's PNG writer
   * turns that value times 1000 into pixels per metre, so pHYs says 85 px/m (about 2 dpi). Writing
   * pHYs through the native "javax_imageio_png_1.0" tree (pixelsPerUnitXAxis = round(dpi / 0.0254),
   * unitSpecifier "meter") gives 300 dpi. Enable this test with that fix in render.
   */
  @Test
  void pngRecordsItsResolution() throws Exception {
    Path file = tmp.resolve("prisma.png");
    FigureExporter.write(new PrismaDiagram(PrismaExamples.update()), FigureFormat.PNG, file);
    ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
    try (var in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in);
      IIOMetadataNode root =
          (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_1.0");
      IIOMetadataNode size =
          (IIOMetadataNode) root.getElementsByTagName("HorizontalPixelSize").item(0);
      assertEquals(25.4 / 300, Double.parseDouble(size.getAttribute("value")), 1e-4, "mm/pixel");
    } finally {
      reader.dispose();
    }
  }

  private static int darkPixels(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        if ((image.getRGB(x, y) & 0xFF) < 100) {
          dark++;
        }
      }
    }
    return dark;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void pdfTextHasEveryCount(PrismaCounts counts) throws Exception {
    PrismaDiagram d = new PrismaDiagram(counts);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FigureExporter.pdf(d, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      PDRectangle page = doc.getPage(0).getMediaBox();
      assertEquals(d.width(), page.getWidth(), 0.01);
      assertEquals(d.height(), page.getHeight(), 0.01);
      String text = new PDFTextStripper().getText(doc);
      for (String n : PrismaDiagramTest.shownCounts(counts)) {
        assertTrue(text.contains(n), n + " not in the PDF text:\n" + text);
      }
      assertTrue(text.contains("Reports assessed"), text);
    }
  }
}
