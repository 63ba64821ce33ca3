package org.winnow.core.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person or organisation credited as author.
 *
 * @param family family name, or the whole name of an organisation
 * @param given given names or initials as the file gave them ("Qing-Jun", "Q. J.", "QJ"); empty for
 *     organisations
 */
public record Author(String family, String given) {
  private static final Pattern DOTS_AND_SPACES = Pattern.compile("[.\\s]");
  private static final Pattern NAME_PARTS = Pattern.compile("[\\s.\\-]+");

  public Author {
    family = family == null ? "" : family.strip();
    given = given == null ? "" : given.strip();
  }

  /** Initials of the given names without dots or spaces: "Qing-Jun" and "Q. J." both give "QJ". */
  public String initials() {
    if (given.isEmpty()) {
      return "";
    }
    String compact = DOTS_AND_SPACES.matcher(given).replaceAll("");
    if (compact.length() <= 3 && compact.equals(compact.toUpperCase(Locale.ROOT))) {
      return compact;
    }
    StringBuilder out = new StringBuilder();
    for (String part : NAME_PARTS.split(given)) {
      if (!part.isEmpty()) {
        out.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
      }
    }
    return out.toString();
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
