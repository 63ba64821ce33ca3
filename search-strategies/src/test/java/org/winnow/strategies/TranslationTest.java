package org.winnow.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.winnow.strategies.ast.Trees;
import org.winnow.strategies.report.ReportEntry;

/**
 * Every dialect pair, on one strategy per source dialect: the expected text and the expected report
 * (line and severity of each entry). Each translation is also read back by the target's parser, so
 * what is written is valid there.
 */
class TranslationTest {
  static final Map<Dialect, String> SOURCES =
      Map.of(
          Dialect.OVID,
          "exp Dementia/\n(alzheimer$ or dement$).ti,ab.\n(memory adj3 (declin$ or impair$)).tw.\nor/1-3\nlimit 4 to english language",
          Dialect.PUBMED,
          "(\"Dementia\"[Mesh] OR alzheimer*[tiab] OR \"memory loss\"[ti]) AND 2015:2020[dp]",
          Dialect.EBSCO,
          "(MH \"Dementia+\") OR TI (alzheimer* OR dement*) OR AB (memory N3 declin*)",
          Dialect.WOS,
          "TS=(alzheimer* OR \"memory loss\") AND PY=2015-2020",
          Dialect.SCOPUS,
          "TITLE-ABS-KEY(alzheimer* OR \"memory loss\") AND NOT DOCTYPE(le)");

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of(
            Dialect.OVID,
            Dialect.PUBMED,
            "\"Dementia\"[Mesh]\nalzheimer*[tiab] OR dement*[tiab]\nmemory[tiab] AND (declin*[tiab] OR impair*[tiab])\n#1 OR #2 OR #3\n#4 AND english[la]\n",
            "3:LOSSY;"),
        Arguments.of(
            Dialect.OVID,
            Dialect.EBSCO,
            "(MH \"Dementia+\")\n(TI (alzheimer* OR dement*) OR AB (alzheimer* OR dement*))\n(TI (memory N2 (declin* OR impair*)) OR AB (memory N2 (declin* OR impair*)))\nS1 OR S2 OR S3\nS4 AND LA english\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.OVID,
            Dialect.WOS,
            "TS=\"Dementia\"\n(TI=(alzheimer* OR dement*) OR AB=(alzheimer* OR dement*))\n(TI=(memory NEAR/2 (declin* OR impair*)) OR AB=(memory NEAR/2 (declin* OR impair*)))\n#1 OR #2 OR #3\n#4 AND LA=english\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.OVID,
            Dialect.SCOPUS,
            "INDEXTERMS(\"Dementia\")\nTITLE-ABS(alzheimer* OR dement*)\nTITLE-ABS(memory W/2 (declin* OR impair*))\nINDEXTERMS(\"Dementia\") OR TITLE-ABS(alzheimer* OR dement*) OR TITLE-ABS(memory W/2 (declin* OR impair*))\n(INDEXTERMS(\"Dementia\") OR TITLE-ABS(alzheimer* OR dement*) OR TITLE-ABS(memory W/2 (declin* OR impair*))) AND LANGUAGE(english)\n",
            "1:APPROXIMATE;4:NOTE;4:APPROXIMATE;4:NOTE;4:NOTE;5:NOTE;5:NOTE;5:APPROXIMATE;5:NOTE;5:NOTE;"),
        Arguments.of(
            Dialect.PUBMED,
            Dialect.OVID,
            "(exp Dementia/ or alzheimer$.tw. or \"memory loss\".ti.) and (2015 or 2016 or 2017 or 2018 or 2019 or 2020).yr.\n",
            ""),
        Arguments.of(
            Dialect.PUBMED,
            Dialect.EBSCO,
            "((MH \"Dementia+\") OR (TI alzheimer* OR AB alzheimer*) OR TI \"memory loss\") AND DT 2015-2020\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.PUBMED,
            Dialect.WOS,
            "(TS=\"Dementia\" OR (TI=alzheimer* OR AB=alzheimer*) OR TI=\"memory loss\") AND PY=2015-2020\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.PUBMED,
            Dialect.SCOPUS,
            "(INDEXTERMS(\"Dementia\") OR TITLE-ABS(alzheimer*) OR TITLE(\"memory loss\")) AND (PUBYEAR > 2014 AND PUBYEAR < 2021)\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.EBSCO,
            Dialect.OVID,
            "exp Dementia/ or (alzheimer$ or dement$).ti. or (memory adj4 declin$).ab.\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.EBSCO,
            Dialect.PUBMED,
            "\"Dementia\"[Mesh] OR (alzheimer*[ti] OR dement*[ti]) OR (memory[ab] AND declin*[ab])\n",
            "1:APPROXIMATE;1:LOSSY;"),
        Arguments.of(
            Dialect.EBSCO,
            Dialect.WOS,
            "TS=\"Dementia\" OR TI=(alzheimer* OR dement*) OR AB=(memory NEAR/3 declin*)\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.EBSCO,
            Dialect.SCOPUS,
            "INDEXTERMS(\"Dementia\") OR TITLE(alzheimer* OR dement*) OR ABS(memory W/3 declin*)\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.WOS,
            Dialect.OVID,
            "(alzheimer$ or \"memory loss\").tw,kf. and (2015 or 2016 or 2017 or 2018 or 2019 or 2020).yr.\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.WOS,
            Dialect.PUBMED,
            "((alzheimer*[tiab] OR alzheimer*[ot]) OR (\"memory loss\"[tiab] OR \"memory loss\"[ot])) AND 2015:2020[dp]\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.WOS,
            Dialect.EBSCO,
            "(TI (alzheimer* OR \"memory loss\") OR AB (alzheimer* OR \"memory loss\") OR KW (alzheimer* OR \"memory loss\")) AND DT 2015-2020\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.WOS,
            Dialect.SCOPUS,
            "(TITLE-ABS(alzheimer* OR \"memory loss\") OR AUTHKEY(alzheimer* OR \"memory loss\")) AND (PUBYEAR > 2014 AND PUBYEAR < 2021)\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.SCOPUS,
            Dialect.OVID,
            "(alzheimer$ or \"memory loss\").tw,kf,sh. not le.pt.\n",
            ""),
        Arguments.of(
            Dialect.SCOPUS,
            Dialect.PUBMED,
            "((alzheimer*[tiab] OR alzheimer*[ot]) OR (\"memory loss\"[tiab] OR \"memory loss\"[ot])) NOT le[pt]\n",
            "1:APPROXIMATE;"),
        Arguments.of(
            Dialect.SCOPUS,
            Dialect.EBSCO,
            "(TI (alzheimer* OR \"memory loss\") OR AB (alzheimer* OR \"memory loss\") OR KW (alzheimer* OR \"memory loss\") OR MW (alzheimer* OR \"memory loss\")) NOT PT le\n",
            ""),
        Arguments.of(
            Dialect.SCOPUS,
            Dialect.WOS,
            "(TI=(alzheimer* OR \"memory loss\") OR AB=(alzheimer* OR \"memory loss\") OR AK=(alzheimer* OR \"memory loss\")) NOT DT=le\n",
            "1:APPROXIMATE;"));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("pairs")
  void translatesWithTheExpectedReport(Dialect from, Dialect to, String text, String report)
      throws Exception {
    Translator.Translation t = Translator.translate(SOURCES.get(from), from, to);
    assertEquals(text, t.text());
    StringBuilder entries = new StringBuilder();
    for (ReportEntry e : t.report().entries()) {
      entries.append(e.line()).append(':').append(e.severity()).append(';');
    }
    assertEquals(report, entries.toString(), t.report().toString());
    StrategySyntaxes.of(to).parse(t.text()); // valid in the target
  }

  @Test
  void sameDialectIsExactAndStable() throws Exception {
    for (Dialect d : Dialect.values()) {
      Translator.Translation once = Translator.translate(SOURCES.get(d), d, d);
      Translator.Translation twice = Translator.translate(once.text(), d, d);
      assertEquals(once.text(), twice.text(), d.id());
      assertEquals(
          Trees.withoutSpans(StrategySyntaxes.of(d).parse(SOURCES.get(d)).strategy()),
          Trees.withoutSpans(StrategySyntaxes.of(d).parse(once.text()).strategy()),
          d.id());
    }
  }

  @Test
  void reportEntriesSayWhatWasLost() throws Exception {
    List<ReportEntry> entries =
        Translator.translate(SOURCES.get(Dialect.OVID), Dialect.OVID, Dialect.PUBMED)
            .report()
            .entries();
    assertEquals(1, entries.size());
    assertEquals(
        "line 3: lossy: PubMed proximity ([tiab:~N]) takes plain words in title or abstract only: a proximity with truncation, alternatives or other fields written as AND",
        entries.get(0).toString());
  }
}
