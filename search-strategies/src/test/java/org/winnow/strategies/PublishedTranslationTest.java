package org.winnow.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.winnow.strategies.report.ReportEntry;

/**
 * Translation of what published strategies hold: truncated phrases quoted for PubMed, date limits
 * carried over as dates, and user-facing text free of the program's internal notation.
 */
class PublishedTranslationTest {
  /** What Java prints for a record or an enum set: {@code Named[name=...]}, {@code @[TITLE]}. */
  private static final Pattern JAVA_SYNTAX =
      Pattern.compile("\\w+\\[\\w+=|@\\[|\\b[A-Z]+_[A-Z_]+\\b");

  static Translator.Translation translate(String text, Dialect from, Dialect to) throws Exception {
    return Translator.translate(text, from, to);
  }

  @Test
  void adjacentWordsWithTruncationAreOneQuotedPhraseInPubmed() throws Exception {
    assertEquals(
        "\"VEGF trap*\"[tiab]\n",
        translate("(VEGF adj trap$).tw.", Dialect.OVID, Dialect.PUBMED).text());
    assertEquals(
        "\"VEGF trap*\"[tiab]\n", translate("VEGF trap$.tw.", Dialect.OVID, Dialect.PUBMED).text());
    assertEquals(
        "\"macular degenerat*\"[ti]\n",
        translate("\"macular degenerat$\".ti.", Dialect.OVID, Dialect.PUBMED).text());
    Translator.Translation t = translate("(VEGF adj trap$).tw.", Dialect.OVID, Dialect.PUBMED);
    assertTrue(t.report().entries().isEmpty(), t.report().toString());
  }

  @Test
  void ovidEntryAndCreationDateLimitsBecomePubmedDateRanges() throws Exception {
    String ovid =
        "exp Pain/\nlimit 1 to ed=20190101-20201231\nlimit 1 to dt=20190101-20201231\n"
            + "limit 1 to yr=\"2010-Current\"";
    Translator.Translation t = translate(ovid, Dialect.OVID, Dialect.PUBMED);
    assertEquals(
        "\"Pain\"[Mesh]\n"
            + "#1 AND 2019/01/01:2020/12/31[edat]\n"
            + "#1 AND 2019/01/01:2020/12/31[crdt]\n"
            + "#1 AND 2010:3000[dp]\n",
        t.text());
    assertTrue(
        t.report().entries().stream().noneMatch(e -> e.message().contains("left out")),
        t.report().toString());
    // Ovid writes the limit back as it was
    assertEquals(
        "exp Pain/\nlimit 1 to ed=20190101-20201231\nlimit 1 to dt=20190101-20201231\n"
            + "limit 1 to yr=\"2010 - Current\"\n",
        translate(ovid, Dialect.OVID, Dialect.OVID).text());
  }

  @Test
  void reportsNameSearchesInTheDatabasesWordsNotTheProgramsNotation() throws Exception {
    String[][] cases = {
      {"ovid", "(pain adj3 chronic).tw.\nlimit 1 to (review articles and humans)"},
      {"ovid", "(a adj b).ab.\n(c adj2 d).ti,ab.\nlimit 2 to ed=20190101-20201231"},
      {"pubmed", "\"a b\"[tiab:~2] AND 2019/01/01:2020/12/31[crdt]"},
    };
    for (String[] c : cases) {
      for (Dialect to : Dialect.values()) {
        Translator.Translation t = translate(c[1], Dialect.byId(c[0]).orElseThrow(), to);
        for (ReportEntry e : t.report().entries()) {
          assertFalse(JAVA_SYNTAX.matcher(e.toString()).find(), to + ": " + e);
        }
      }
    }
  }
}
