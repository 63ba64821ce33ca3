package org.winnow.core.model;

import java.util.Locale;

/**
 * A person or organisation credited as author.
 *
 * @param family family name, or the whole name of an organisation
 * @param given given names or initials as the file gave them ("Qing-Jun", "Q. J.", "QJ"); empty for
 *     organisations
 */
public record Author(String family, String given) {

  public Author {
    family = family == null ? "" : family.strip();
    given = given == null ? "" : given.strip();
  }

  /** Initials of the given names without dots or spaces: "Qing-Jun" and "Q. J." both give "QJ". */
  public String initials() {
    if (given.isEmpty()) {
      return "";
    }
    // written out rather than with regular expressions: indexing and deduplication ask every
    // author for them (AuthorTest holds this to the expressions [.\s] and [\s.\-]+)
    StringBuilder compact = new StringBuilder(given.length());
    for (int i = 0; i < given.length(); i++) {
      char c = given.charAt(i);
      if (c != '.' && !isSpace(c)) {
        compact.append(c);
      }
    }
    String dense = compact.toString();
    if (dense.length() <= 3 && dense.equals(dense.toUpperCase(Locale.ROOT))) {
      return dense;
    }
    StringBuilder out = new StringBuilder();
    boolean atStart = true;
    for (int i = 0; i < given.length(); i++) {
      char c = given.charAt(i);
      if (c == '.' || c == '-' || isSpace(c)) {
        atStart = true;
      } else if (atStart) {
        out.appendCodePoint(Character.toUpperCase(given.codePointAt(i)));
        atStart = false;
      }
    }
    return out.toString();
  }

  /** The white space of regular expressions' {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** "Family, Given" as RIS and BibTeX write it; the family name alone for organisations. */
  public String display() {
    return given.isEmpty() ? family : family + ", " + given;
  }

  /** "Family INITIALS" as MEDLINE writes it; used for comparison and indexing. */
  public String shortForm() {
    String i = initials();
    return i.isEmpty() ? family : family + " " + i;
  }
}
