package org.winnow.core.report;

import java.util.List;
import org.winnow.core.render.Figure;

/**
 * One figure of the pack: inline SVG in the HTML page, PNG in the DOCX, and both as files.
 *
 * @param id the files' name without extension ("prisma")
 * @param title the caption
 * @param figure what is drawn
 * @param notes what the reader needs beside the figure
 */
public record ReportFigure(String id, String title, Figure figure, List<String> notes) {
  public ReportFigure {
    notes = List.copyOf(notes);
  }
}
