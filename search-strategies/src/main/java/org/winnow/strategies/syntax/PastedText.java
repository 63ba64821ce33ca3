package org.winnow.strategies.syntax;

import java.text.Normalizer;

/**
 * Text copied from a PDF or a web page, read as the characters it stands for: non-breaking and
 * other wide spaces are spaces, soft hyphens and zero-width characters are nothing, dashes and the
 * minus sign are hyphens, curly quotes are straight ones, ligatures ({@code ﬁ}) are their letters.
 * Keeps, for every character of the reading, the offset of the character it came from, so that
 * errors point into the text as pasted.
 */
final class PastedText {
  private final String text;
  private final int[] origin;
  private final int changed;
  private final int firstChange;

  private PastedText(String text, int[] origin, int changed, int firstChange) {
    this.text = text;
    this.origin = origin;
    this.changed = changed;
    this.firstChange = firstChange;
  }

  static PastedText read(String pasted) {
    StringBuilder out = new StringBuilder(pasted.length());
    int[] origin = new int[pasted.length() + 1];
    int changed = 0;
    int firstChange = -1;
    for (int i = 0; i < pasted.length(); i++) {
      char c = pasted.charAt(i);
      String reading = reading(c);
      if (!reading.equals(String.valueOf(c))) {
        changed++;
        if (firstChange < 0) {
          firstChange = i;
        }
      }
      for (int k = 0; k < reading.length(); k++) {
        if (out.length() + 1 >= origin.length) {
          origin = java.util.Arrays.copyOf(origin, origin.length * 2 + 2);
        }
        origin[out.length()] = i;
        out.append(reading.charAt(k));
      }
    }
    origin[out.length()] = pasted.length();
    return new PastedText(out.toString(), origin, changed, firstChange);
  }

  /** What one pasted character stands for in search syntax. */
  private static String reading(char c) {
    switch (c) {
      case '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000' -> {
        return " ";
      }
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
        return "";
      }
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
        return "-";
      }
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> {
        return "'";
      }
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> {
        return "\"";
      }
      default -> {
        if (c >= '\u2000' && c <= '\u200A') {
          return " ";
        }
        if (c >= '\uFB00' && c <= '\uFB06') {
          return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        }
        return String.valueOf(c);
      }
    }
  }

  /** The text as read. */
  String text() {
    return text;
  }

  /** The offset in the pasted text of the character at {@code offset} of the reading. */
  int origin(int offset) {
    return origin[Math.min(Math.max(0, offset), text.length())];
  }

  /** How many pasted characters were read as something else. */
  int changed() {
    return changed;
  }

  /** Offset in the pasted text of the first character read as something else, or -1. */
  int firstChange() {
    return firstChange;
  }
}
