package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Lines split at CRLF, LF and a bare CR, as a character-by-character reading splits them. */
class ImportTextLinesTest {

  @Property(tries = 2000)
  void splitsAsACharacterScanDoes(@ForAll("texts") String text) throws Exception {
    assertEquals(byCharacters(text), new ImportText("f", text, "UTF-8").lines());
  }

  @Example
  void everyLineEnding() throws Exception {
    assertEquals(
        List.of("a", "b", "c", "", "d"),
        new ImportText("f", "a\r\nb\nc\r\n\rd\n", "UTF-8").lines());
    assertEquals(List.of(), new ImportText("f", "", "UTF-8").lines());
    assertEquals(List.of("", ""), new ImportText("f", "\n\r", "UTF-8").lines());
  }

  private static List<String> byCharacters(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start < n) {
      int i = start;
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      out.add(text.substring(start, i));
      start =
          i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n'
              ? i + 2
              : i + 1;
    }
    return out;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("a", "TY  - JOUR", "\r", "\n", "\r\n", "\n\r", " ", "\u2028")
        .list()
        .ofMaxSize(12)
        .map(l -> String.join("", l));
  }
}
