package org.winnow.ui.app;

import java.util.List;
import org.winnow.ui.appraisal.AppraisalView;
import org.winnow.ui.extraction.ExtractionView;
import org.winnow.ui.shell.Feature;
import org.winnow.ui.strategies.StrategiesView;

/** The help text listing every shortcut. */
final class Shortcuts {
  /** Keys of the screening view, shown in help. */
  static final List<String> SCREENING =
      List.of(
          "I  include",
          "E  exclude (at full text: pick a reason with 1–9 or ↑ ↓ Enter)",
          "M  maybe",
          "N / →  next item",
          "P / ←  previous item",
          "Ctrl+Z  undo last decision",
          "T  note,  L  labels  (Enter or Esc returns to the item)",
          "Ctrl+F or /  search screened items (Enter reopens one)",
          "K  edit highlighted keywords",
          "Page Up / Page Down  PDF pages (full text)",
          "F5  reload the queue");

  /** Keys of the conflicts view, shown in help. */
  static final List<String> CONFLICTS =
      List.of(
          "I / E  resolve as include / exclude",
          "↑ ↓ or N / P  move through the conflicts",
          "T  note on the resolution",
          "F5  reload");

  /** Keys of the import and deduplication views, shown in help. */
  static final List<String> IMPORT_AND_DEDUP =
      List.of(
          "Ctrl+O  choose files to import",
          "Ctrl+Enter  import the listed files",
          "Ctrl+R  find duplicates",
          "S  same work (merge)",
          "D  different works",
          "K / →  skip the pair",
          "Ctrl+Z  undo the last decision or skip");

  /** Keys of the PRISMA view, shown in help. */
  static final List<String> PRISMA =
      List.of(
          "Ctrl+=  zoom in",
          "Ctrl+-  zoom out",
          "Ctrl+Shift+F  fit the diagram",
          "Ctrl+E  export (SVG, PNG, PDF, CSV, JSON)",
          "Ctrl+S  save the manual fields",
          "F5  recount");

  /** Keys of the synthesis view, shown in help (and in its Actions menu). */
  static final List<String> SYNTHESIS =
      List.of(
          "F5  compute the synthesis",
          "Alt+O  outcome list: ↑ ↓, Enter keeps an outcome or domain, Esc shows all",
          "Alt+C  clear the filters",
          "Alt+1 / Alt+2 / Alt+3  effect sizes / effect direction / meta-analysis",
          "Ctrl+P  pool the chosen outcome",
          "Ctrl+E  export the shown figure (SVG, PNG, PDF) or table (CSV, Markdown, HTML)");

  /**
   * Keys of the studies and extraction view, shown in help (the view's Actions menu lists them).
   */
  static final List<String> EXTRACTION = extractionKeys();

  private static List<String> extractionKeys() {
    List<String> out = new java.util.ArrayList<>();
    for (ExtractionView.Key k : ExtractionView.keys()) {
      out.add(k.combination().getDisplayText() + "  " + k.label());
    }
    out.add("Tab / Shift+Tab  next / previous field, in the form's order");
    out.addAll(ExtractionView.TABLE_KEYS);
    return List.copyOf(out);
  }

  private Shortcuts() {}

  static String text(List<Feature> features) {
    StringBuilder s = new StringBuilder();
    for (Feature f : features) {
      if (f.available()) {
        s.append(f.shortcut().getDisplayText()).append("  ").append(f.title()).append('\n');
      }
    }
    s.append(
        "Ctrl+Shift+E  export the review pack (File menu)\nCtrl+W  close project\nCtrl+Q  quit\n"
            + "F1  this help\n\nScreening:\n");
    SCREENING.forEach(k -> s.append(k).append('\n'));
    s.append("\nConflicts:\n");
    CONFLICTS.forEach(k -> s.append(k).append('\n'));
    s.append("\nImport and deduplication review:\n");
    IMPORT_AND_DEDUP.forEach(k -> s.append(k).append('\n'));
    s.append("\nPRISMA:\n");
    PRISMA.forEach(k -> s.append(k).append('\n'));
    s.append("\nStudies & extraction:\n");
    EXTRACTION.forEach(k -> s.append(k).append('\n'));
    s.append("\nAppraisal (MMAT 2018):\n");
    AppraisalView.KEYS.forEach(k -> s.append(k).append('\n'));
    s.append("\nSynthesis:\n");
    SYNTHESIS.forEach(k -> s.append(k).append('\n'));
    s.append("\nSearch strategies:\n");
    StrategiesView.KEYS.forEach(k -> s.append(k).append('\n'));
    return s.toString();
  }
}
