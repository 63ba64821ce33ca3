package org.winnow.ui.app;

import java.util.List;
import org.winnow.ui.shell.Feature;

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
    return s.toString();
  }
}
