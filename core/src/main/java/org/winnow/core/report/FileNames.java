package org.winnow.core.report;

import org.winnow.core.normalise.Text;

/** File names made from titles: lower-case ASCII words joined by hyphens. */
final class FileNames {
  /** Longest name part taken from a title, so paths stay short on every system. */
  static final int MAX_SLUG = 60;

  private FileNames() {}

  /** "1. Qualitative" → "1-qualitative"; "Pain / 12 weeks" → "pain-12-weeks". */
  static String slug(String title) {
    String ascii = Text.asciiWords(title, "-");
    if (ascii.length() > MAX_SLUG) {
      ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "untitled" : ascii;
  }
}
