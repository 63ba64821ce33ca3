package org.winnow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts that read a title's notice kind, part and script without the expressions (or the
 * count of letters per script) give what the expressions give, for every title.
 */
class TitleShortcutsTest {
  private static final List<String> WORDS =
      List.of(
          "erratum",
          "errata",
          "correction",
          "corrigendum",
          "corrigenda",
          "retraction",
          "retracted",
          "withdrawn",
          "reply",
          "response",
          "in",
          "authors",
          "author",
          "comment",
          "commentary",
          "re",
          "letter",
          "editorial",
          "notice",
          "of",
          "to",
          "for",
          "on",
          "the",
          "article",
          "part",
          "pt",
          "ii",
          "iv",
          "x",
          "two",
          "3",
          "a",
          "d",
          "stroke",
          "units",
          "regarding",
          "repair",
          "parts",
          "prept",
          "lettered",
          "reply2",
          "corrections",
          "apt");

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.of(WORDS).list().ofMaxSize(8).map(w -> String.join(" ", w));
  }

  @Property(tries = 3000)
  void noticeKindAsTheExpressionsReadIt(@ForAll("titles") String title) {
    assertEquals(DedupRecord.kindByExpressions(title), DedupRecord.kind(title));
  }

  @Property(tries = 3000)
  void partAsTheExpressionReadsIt(@ForAll("titles") String title) {
    assertEquals(DedupRecord.partByExpression(title), DedupRecord.part(title));
  }

  @Property
  void scriptAsCountingReadsIt(@ForAll @StringLength(max = 30) String text) {
    String folded = ComparisonText.fold(text);
    assertEquals(ComparisonText.scriptByCounting(folded), ComparisonText.script(folded));
    assertEquals(ComparisonText.scriptByCounting(text), ComparisonText.script(text));
  }

  @Test
  void examples() {
    assertEquals(DedupRecord.NoticeKind.REPLY, DedupRecord.kind("reply to the letter"));
    assertEquals(DedupRecord.NoticeKind.COMMENT, DedupRecord.kind("re stroke units"));
    assertEquals(DedupRecord.NoticeKind.ARTICLE, DedupRecord.kind("repair of stroke units"));
    assertEquals("2", DedupRecord.part("stroke units pt ii"));
    assertEquals(null, DedupRecord.part("stroke units"));
    assertEquals(Character.UnicodeScript.LATIN, ComparisonText.script("stroke 12"));
    assertEquals(null, ComparisonText.script("12 34"));
    assertEquals(Character.UnicodeScript.CYRILLIC, ComparisonText.script("covid 19 у детей"));
  }
}
