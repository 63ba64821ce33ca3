package org.winnow.strategies.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.winnow.strategies.Dialect;
import org.winnow.strategies.StrategySyntaxes;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.report.TranslationReport;

/** Queries built from strategies, compared with hand-built Lucene queries. */
class LuceneQueryBuilderTest {
  /** The project index's shape, with Lucene's standard analyzer without stop words. */
  static IndexSchema schema() {
    return IndexSchema.builder(new StandardAnalyzer(CharArraySet.EMPTY_SET))
        .text(Field.TITLE, "title")
        .text(Field.ABSTRACT, "abstract")
        .text(Field.AUTHOR_KEYWORDS, "keywords")
        .text(Field.SUBJECT_HEADING_WORD, "mesh")
        .text(Field.LANGUAGE, "language")
        .text(Field.PUBLICATION_TYPE, "pubtype")
        .keyword(Field.ACCESSION_NUMBER, "pmid")
        .defaults("title", "abstract")
        .headings("mesh")
        .years("year")
        .recordIds("record_ids")
        .maxExpansions(50)
        .build();
  }

  private final TranslationReport report = new TranslationReport("ovid", "index");

  Query build(Dialect d, String text, int line) throws Exception {
    Strategy s = StrategySyntaxes.of(d).parse(text).strategy();
    return new LuceneQueryBuilder(schema(), report).build(s, line);
  }

  Query last(Dialect d, String text) throws Exception {
    Strategy s = StrategySyntaxes.of(d).parse(text).strategy();
    return new LuceneQueryBuilder(schema(), report).build(s, s.last().number());
  }

  static Query or(Query... qs) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : qs) {
      b.add(q, Occur.SHOULD);
    }
    return b.build();
  }

  static TermQuery term(String f, String t) {
    return new TermQuery(new Term(f, t));
  }

  @Test
  void wordsPhrasesAndTruncationPerField() throws Exception {
    assertEquals(
        or(term("title", "stroke"), term("abstract", "stroke")), last(Dialect.OVID, "Stroke.tw."));
    assertEquals(
        or(
            new PhraseQuery("title", "heart", "attack"),
            new PhraseQuery("abstract", "heart", "attack")),
        last(Dialect.OVID, "heart attack.tw."));
    assertEquals(
        new PrefixQuery(new Term("title", "dinosaur")), last(Dialect.OVID, "Dinosaur$.ti."));
    assertEquals(
        new WildcardQuery(new Term("title", "tend?nitis")), last(Dialect.OVID, "tend#nitis.ti."));
    assertEquals(
        new RegexpQuery(new Term("title", "h.?emorrhage")), last(Dialect.OVID, "h?emorrhage.ti."));
    assertEquals(
        new RegexpQuery(new Term("title", "child.{0,2}")), last(Dialect.OVID, "child$2.ti."));
    // a hyphenated word is two positions, as the analyzer indexed it
    assertEquals(new PhraseQuery("title", "ca", "125"), last(Dialect.OVID, "Ca-125.ti."));
    // a phrase with truncation: intervals, capped expansion
    assertEquals(
        new IntervalQuery(
            "title",
            Intervals.phrase(Intervals.term("breast"), Intervals.prefix(new BytesRef("feed"), 50))),
        last(Dialect.OVID, "breast feed$.ti."));
  }

  @Test
  void booleansAndReferencesInline() throws Exception {
    Query q = last(Dialect.OVID, "a.ti.\nb.ti.\nc.ti.\n(1 or 2) not 3");
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    either.add(term("title", "a"), Occur.SHOULD).add(term("title", "b"), Occur.SHOULD);
    BooleanQuery.Builder expected = new BooleanQuery.Builder();
    expected.add(either.build(), Occur.MUST).add(term("title", "c"), Occur.MUST_NOT);
    assertEquals(expected.build(), q);
  }

  @Test
  void proximityIsAnIntervalQueryWithTheGap() throws Exception {
    assertEquals(
        new IntervalQuery(
            "title",
            Intervals.maxgaps(
                2,
                Intervals.unordered(
                    Intervals.term("memory"),
                    Intervals.or(
                        Intervals.prefix(new BytesRef("declin"), 50), Intervals.term("loss"))))),
        last(Dialect.OVID, "(memory adj3 (declin$ or loss)).ti."));
    assertEquals(
        or(
            new IntervalQuery(
                "title",
                Intervals.maxgaps(
                    1, Intervals.unordered(Intervals.term("hip"), Intervals.term("fracture")))),
            new IntervalQuery(
                "abstract",
                Intervals.maxgaps(
                    1, Intervals.unordered(Intervals.term("hip"), Intervals.term("fracture"))))),
        last(Dialect.PUBMED, "\"hip fracture\"[tiab:~1]"));
  }

  @Test
  void headingsLimitsAndYears() throws Exception {
    assertEquals(
        new PhraseQuery("mesh", "kidney", "failure", "chronic"),
        last(Dialect.OVID, "exp Kidney Failure, Chronic/"));
    assertTrue(report.toString().contains("no thesaurus"), report.toString());
    BooleanQuery.Builder limited = new BooleanQuery.Builder();
    limited.add(term("title", "a"), Occur.MUST);
    limited.add(or(term("language", "english"), term("language", "eng")), Occur.FILTER);
    limited.add(IntPoint.newRangeQuery("year", 2005, Integer.MAX_VALUE), Occur.FILTER);
    assertEquals(
        limited.build(),
        build(Dialect.OVID, "a.ti.\nlimit 1 to (english language and yr=\"2005 - Current\")", 2));
    assertEquals(IntPoint.newRangeQuery("year", 2015, 2020), last(Dialect.PUBMED, "2015:2020[dp]"));
    assertEquals(term("pmid", "12345"), last(Dialect.PUBMED, "12345[pmid]"));
  }

  @Test
  void fieldsTheIndexLacksAreReported() throws Exception {
    assertEquals(new MatchNoDocsQuery(), last(Dialect.OVID, "aspirin.nm."));
    assertTrue(
        report.toString().contains("the project index has no substance names"), report.toString());
  }
}
