package org.winnow.ui.app;

import java.util.List;
import org.winnow.ui.appraisal.AppraisalView;
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

  private Shortcuts() {}

  static String text(List<Feature> features) {
    StringBuilder s = new StringBuilder();
    for (Feature f : features) {
      if (f.available()) {
        s.append(f.shortcut().getDisplayText()).append("  ").append(f.title()).append('\n');
      }
    }
    s.append("Ctrl+W  close project\nCtrl+Q  quit\nF1  this help\n\nScreening:\n");
    SCREENING.forEach(k -> s.append(k).append('\n'));
    s.append("\nConflicts:\n");
    CONFLICTS.forEach(k -> s.append(k).append('\n'));
    s.append("\nImport and deduplication review:\n");
    IMPORT_AND_DEDUP.forEach(k -> s.append(k).append('\n'));
    s.append("\nPRISMA:\n");
    PRISMA.forEach(k -> s.append(k).append('\n'));
    s.append("\nAppraisal (MMAT 2018):\n");
    AppraisalView.KEYS.forEach(k -> s.append(k).append('\n'));
    s.append("\nSearch strategies:\n");
    StrategiesView.KEYS.forEach(k -> s.append(k).append('\n'));
    return s.toString();
  }
}
