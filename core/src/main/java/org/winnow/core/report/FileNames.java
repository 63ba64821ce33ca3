package org.winnow.core.report;

import java.text.Normalizer;
import java.util.Locale;

/** File names made from titles: lower-case ASCII words joined by hyphens. */
final class FileNames {
  /** Longest name part taken from a title, so paths stay short on every system. */
  static final int MAX_SLUG = 60;

  private FileNames() {}

  /** "1. Qualitative" → "1-qualitative"; "Pain / 12 weeks" → "pain-12-weeks". */
  static String slug(String title) {
    String ascii =
        Normalizer.normalize(title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_SLUG) {
      ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "untitled" : ascii;
  }
}
