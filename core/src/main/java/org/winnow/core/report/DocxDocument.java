package org.winnow.core.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.winnow.core.render.FigureExporter;

/**
 * The pack as one Word document (Apache POI): the same tables as real Word tables, the figures as
 * PNG, headings as Word's Heading 1 and 2 so the navigation pane lists the sections. A4 landscape,
 * since TIDieR and characteristics tables are wide.
 */
public final class DocxDocument {
  /** Resolution of the figures placed in the document. */
  static final int FIGURE_DPI = 200;

  /** A4 landscape in twentieths of a point, with 2 cm margins. */
  private static final int PAGE_WIDTH = 16838;

  private static final int PAGE_HEIGHT = 11906;
  private static final int MARGIN = 1134;
  private static final int HEADER_FOOTER = 708;

  /** The room a figure may take, in points (page less margins, and a line for the caption). */
  private static final double MAX_FIGURE_WIDTH = (PAGE_WIDTH - 2.0 * MARGIN) / 20;

  private static final double MAX_FIGURE_HEIGHT = (PAGE_HEIGHT - 2.0 * MARGIN) / 20 - 40;

  private static final String HEADING_1 = "Heading1";
  private static final String HEADING_2 = "Heading2";

  private DocxDocument() {}

  public static void write(ReviewPack pack, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc);
      styles(doc);
      heading(doc, HEADING_1, pack.project());
      for (ReportSection s : pack.sections()) {
        heading(doc, HEADING_1, s.title());
        if (s.empty()) {
          paragraph(doc, s.missing(), true);
        }
        for (ReportFigure f : s.figures()) {
          figure(doc, f);
        }
        for (PackTable t : s.tables()) {
          table(doc, t);
        }
        s.notes().forEach(n -> paragraph(doc, n, false));
      }
      doc.write(out);
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.LANDSCAPE);
    CTPageMar margin = sect.addNewPgMar();
    BigInteger m = BigInteger.valueOf(MARGIN);
    margin.setTop(m);
    margin.setBottom(m);
    margin.setLeft(m);
    margin.setRight(m);
    // required by the schema; Word reports a damaged file without them
    margin.setHeader(BigInteger.valueOf(HEADER_FOOTER));
    margin.setFooter(BigInteger.valueOf(HEADER_FOOTER));
    margin.setGutter(BigInteger.ZERO);
  }

  /** Word's built-in heading styles, declared so Word lists the sections in its navigation. */
  private static void styles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    styles.addStyle(new XWPFStyle(heading(HEADING_1, "heading 1", 0, 32), styles));
    styles.addStyle(new XWPFStyle(heading(HEADING_2, "heading 2", 1, 26), styles));
  }

  private static CTStyle heading(String id, String name, int level, int halfPoints) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    s.addNewQFormat();
    s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    s.getPPr().addNewKeepNext();
    s.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
    CTRPr r = s.addNewRPr();
    r.addNewB();
    r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    return s;
  }

  private static void heading(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    p.createRun().setText(text);
  }

  private static void paragraph(XWPFDocument doc, String text, boolean italic) {
    XWPFParagraph p = doc.createParagraph();
    XWPFRun r = p.createRun();
    r.setItalic(italic);
    r.setFontSize(9);
    r.setText(text);
  }

  private static void figure(XWPFDocument doc, ReportFigure f) throws IOException {
    heading(doc, HEADING_2, f.title());
    BufferedImage image = FigureExporter.image(f.figure(), FIGURE_DPI);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    double width = f.figure().width();
    double height = f.figure().height();
    double scale = Math.min(1, Math.min(MAX_FIGURE_WIDTH / width, MAX_FIGURE_HEIGHT / height));
    XWPFRun r = doc.createParagraph().createRun();
    try {
      r.addPicture(
          new ByteArrayInputStream(png.toByteArray()),
          PictureType.PNG,
          f.id() + ".png",
          Units.toEMU(width * scale),
          Units.toEMU(height * scale));
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException("cannot place the figure " + f.id() + ": " + e.getMessage(), e);
    }
    f.notes().forEach(n -> paragraph(doc, n, false));
  }

  private static void table(XWPFDocument doc, PackTable t) {
    heading(doc, HEADING_2, t.title());
    XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
    table.setWidth("100%");
    cells(table.getRow(0), t.header(), true);
    for (int i = 0; i < t.rows().size(); i++) {
      cells(table.getRow(i + 1), t.rows().get(i), false);
    }
    t.notes().forEach(n -> paragraph(doc, n, false));
  }

  private static void cells(XWPFTableRow row, List<String> texts, boolean header) {
    if (header) {
      row.setRepeatHeader(true);
    }
    for (int i = 0; i < texts.size(); i++) {
      XWPFTableCell cell = row.getCell(i);
      XWPFRun r = cell.getParagraphs().get(0).createRun();
      r.setBold(header);
      r.setFontSize(8);
      String[] lines = texts.get(i).split("\\R", -1);
      for (int j = 0; j < lines.length; j++) {
        if (j > 0) {
          r.addBreak();
        }
        r.setText(lines[j], j);
      }
    }
  }
}
