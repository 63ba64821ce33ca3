package org.winnow.core.io.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.winnow.core.io.ris.TagSyntax.TagValue;

/** The hand-written tag-line reading agrees with the patterns that define it. */
class RisSyntaxTest {
  private static final RisSyntax SYNTAX = new RisSyntax();
  private static final Pattern RUN_TOGETHER =
      Pattern.compile("(?<![ \\t])[ \\t]{3,}+([A-Z][A-Z0-9])  - ");

  @Property(tries = 3000)
  void readsLinesAsThePatternsDo(@ForAll("tagLines") String line) {
    assertEquals(byPatterns(line), SYNTAX.fields(line), line);
  }

  @Example
  void readsTheShapesToolsWrite() {
    assertEquals(List.of(new TagValue("TY", "JOUR")), SYNTAX.fields("TY  - JOUR"));
    assertEquals(List.of(new TagValue("TY", "JOUR")), SYNTAX.fields("TY\t-\tJOUR "));
    assertEquals(List.of(new TagValue("ER", "")), SYNTAX.fields("ER  -"));
    assertEquals(List.of(new TagValue("ER", "")), SYNTAX.fields("ER \t"));
    assertEquals(List.of(), SYNTAX.fields("OR -0.52"));
    assertEquals(List.of(), SYNTAX.fields("TY  -\u2028"));
    assertEquals(
        List.of(new TagValue("UR", "https://x.org/?a&b"), new TagValue("U2", "L2029880245")),
        SYNTAX.fields("UR  - https://x.org/?a&b     U2  - L2029880245"));
  }

  /** The reading as the patterns define it. */
  private static List<TagValue> byPatterns(String line) {
    Matcher m = RisSyntax.TAG_LINE.matcher(line);
    if (!m.matches()) {
      return RisSyntax.BARE_END.matcher(line).matches()
          ? List.of(new TagValue("ER", ""))
          : List.of();
    }
    String tag = m.group(1);
    String value = m.group(2) == null ? "" : m.group(2);
    List<TagValue> out = new ArrayList<>();
    Matcher next = RUN_TOGETHER.matcher(value);
    int start = 0;
    while (next.find()) {
      out.add(new TagValue(tag, value.substring(start, next.start()).strip()));
      tag = next.group(1);
      start = next.end();
    }
    out.add(new TagValue(tag, value.substring(start).strip()));
    return out;
  }

  @Provide
  Arbitrary<String> tagLines() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "TY", "ER", "A1", "a1", "T", "1", " ", "  ", "   ", "\t", "-", " - ", "  - ", "x",
            "JOUR", "\u2028", "\u0085", "\u00A0", "é", "U2  - ", "     ");
    return piece.list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
