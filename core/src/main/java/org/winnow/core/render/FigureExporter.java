package org.winnow.core.render;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.winnow.core.io.AtomicFiles;

/**
 * Writes a {@link Figure} as SVG (vector, text as text), PNG (raster at a given dpi, with the dpi
 * recorded in the file) or PDF (vector, text as real text so it can be searched and extracted).
 * Files are written beside the target and moved into place, so a failure leaves no half file.
 */
public final class FigureExporter {
  /** Print resolution for PNG unless asked otherwise. */
  public static final int DEFAULT_DPI = 300;

  private FigureExporter() {}

  public static void write(Figure figure, FigureFormat format, Path target) throws IOException {
    AtomicFiles.write(target, out -> write(figure, format, out));
  }

  public static void write(Figure figure, FigureFormat format, OutputStream out)
      throws IOException {
    switch (format) {
      case SVG -> out.write(svg(figure).getBytes(StandardCharsets.UTF_8));
      case PNG -> png(figure, DEFAULT_DPI, out);
      case PDF -> pdf(figure, out);
    }
  }

  public static String svg(Figure figure) {
    SVGGraphics2D g = new SVGGraphics2D(figure.width(), figure.height(), SVGUnits.PT);
    hints(g);
    figure.paint(g);
    return g.getSVGDocument();
  }

  /** A raster image of the figure at the given resolution. */
  public static BufferedImage image(Figure figure, int dpi) {
    double scale = dpi / 72.0;
    int w = (int) Math.ceil(figure.width() * scale);
    int h = (int) Math.ceil(figure.height() * scale);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      hints(g);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.scale(scale, scale);
      figure.paint(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  public static void png(Figure figure, int dpi, OutputStream out) throws IOException {
    BufferedImage image = image(figure, dpi);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try {
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata meta =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      // the PNG pHYs chunk: pixels per metre, so viewers and print layouts know the resolution
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      String perMetre = Long.toString(Math.round(dpi / 0.0254));
      phys.setAttribute("pixelsPerUnitXAxis", perMetre);
      phys.setAttribute("pixelsPerUnitYAxis", perMetre);
      phys.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
      root.appendChild(phys);
      meta.mergeTree("javax_imageio_png_1.0", root);
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      try (var ios = ImageIO.createImageOutputStream(buffer)) {
        writer.setOutput(ios);
        writer.write(null, new IIOImage(image, null, meta), param);
      }
      out.write(buffer.toByteArray());
    } finally {
      writer.dispose();
    }
  }

  public static void pdf(Figure figure, OutputStream out) throws IOException {
    try (PdfBoxGraphics2DFontTextDrawer fonts = textDrawer();
        PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle((float) figure.width(), (float) figure.height()));
      doc.addPage(page);
      PdfBoxGraphics2D g =
          new PdfBoxGraphics2D(doc, (float) figure.width(), (float) figure.height());
      g.setFontTextDrawer(fonts);
      try {
        hints(g);
        figure.paint(g);
      } finally {
        g.dispose();
      }
      PDFormXObject form = g.getXFormObject();
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawForm(form);
      }
      doc.save(out);
    }
  }

  /** Text in the figure's font becomes real PDF text with the font embedded (searchable). */
  private static PdfBoxGraphics2DFontTextDrawer textDrawer() {
    PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
    for (Path font : Fonts.files()) {
      drawer.registerFont(font.toFile());
    }
    return drawer;
  }

  private static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }
}
