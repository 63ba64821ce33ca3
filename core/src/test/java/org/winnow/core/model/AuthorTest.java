package org.winnow.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AuthorTest {

  @Example
  void initialsOfTheShapesExportsUse() {
    assertEquals("QJ", new Author("Zhai", "Qing-Jun").initials());
    assertEquals("QJ", new Author("Zhai", "Q. J.").initials());
    assertEquals("QJ", new Author("Zhai", "QJ").initials());
    assertEquals("EMP", new Author("van Loon", "Ellen M. P.").initials());
    assertEquals("", new Author("World Health Organization", "").initials());
  }

  @Property(tries = 3000)
  void initialsAsTheRegularExpressionsGaveThem(@ForAll("givenNames") String given) {
    Author a = new Author("Family", given);
    assertEquals(byExpressions(a.given()), a.initials(), given);
  }

  /** The rule as first written, with regular expressions. */
  private static String byExpressions(String given) {
    if (given.isEmpty()) {
      return "";
    }
    String compact = given.replaceAll("[.\\s]", "");
    if (compact.length() <= 3 && compact.equals(compact.toUpperCase(Locale.ROOT))) {
      return compact;
    }
    StringBuilder out = new StringBuilder();
    for (String part : given.split("[\\s.\\-]+")) {
      if (!part.isEmpty()) {
        out.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
      }
    }
    return out.toString();
  }

  @Provide
  Arbitrary<String> givenNames() {
    return Arbitraries.of(
            "Q",
            "q",
            "ing",
            "J",
            ".",
            "-",
            " ",
            "\t",
            "\u000B",
            "\u00A0",
            "é",
            "ß",
            "\uD835\uDC00",
            "\uD800",
            "ı",
            "Łu",
            "1")
        .list()
        .ofMaxSize(7)
        .map(l -> String.join("", l));
  }
}
