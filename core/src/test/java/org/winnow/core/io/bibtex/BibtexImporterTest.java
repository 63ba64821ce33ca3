package org.winnow.core.io.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.RawField;

class BibtexImporterTest {
  private final BibtexImporter importer = new BibtexImporter();

  private List<RecordDraft> read(String text) throws ImportException {
    return importer.read(new ImportText("test.bib", text, "UTF-8"));
  }

  private RecordDraft one(String text) throws ImportException {
    List<RecordDraft> drafts = read(text);
    assertEquals(1, drafts.size());
    return drafts.get(0);
  }

  private ImportException failure(String text) {
    return assertThrows(ImportException.class, () -> read(text));
  }

  @Test
  void readsBracedQuotedNumericAndMacroValues() throws Exception {
    RecordDraft d =
        one(
            "@Article{smith2001,\n"
                + "  title = {A {DNA} study of {\\\"u}ber-things},\n"
                + "  journal = \"Journal of {\"Quoted\"} Things\",\n"
                + "  year = 2001,\n"
                + "  month = jan,\n"
                + "}\n");
    assertEquals("smith2001", d.fileRecordId());
    assertEquals("article", d.first(Field.TYPE));
    assertEquals("A {DNA} study of {\\\"u}ber-things", d.first(Field.TITLE));
    assertEquals("Journal of \"Quoted\" Things", d.first(Field.JOURNAL));
    assertEquals("2001", d.first(Field.YEAR));
    assertEquals(
        List.of(
            new RawField("title", "A {DNA} study of {\\\"u}ber-things"),
            new RawField("journal", "Journal of {\"Quoted\"} Things"),
            new RawField("year", "2001"),
            new RawField("month", "jan")),
        d.rawFields());
  }

  @Test
  void expandsStringMacrosAndConcatenation() throws Exception {
    RecordDraft d =
        one(
            "@STRING{ jvim = \"Journal of Veterinary\" }\n"
                + "@string(Suffix = { Internal Medicine})\n"
                + "@article{k, journal = JVIM # suffix, date = \"2019-\" # dec # \"-01\","
                + " note = undefinedmacro}\n");
    assertEquals("Journal of Veterinary Internal Medicine", d.first(Field.JOURNAL));
    assertEquals("2019-December-01", d.first(Field.DATE));
    assertEquals(
        List.of(
            new RawField("journal", "JVIM # suffix"),
            new RawField("date", "\"2019-\" # dec # \"-01\""),
            new RawField("note", "undefinedmacro")),
        d.rawFields());
  }

  @Test
  void macrosMayUseEarlierMacros() throws Exception {
    RecordDraft d =
        one(
            "@string{first = \"Ada\"}\n@string{both = first # \" and Bob\"}\n"
                + "@misc{k, author = both}");
    assertEquals("Ada and Bob", d.first(Field.AUTHOR_LIST));
  }

  @Test
  void skipsJunkCommentsPreamblesAndCommentedOutEntries() throws Exception {
    List<RecordDraft> drafts =
        read(
            "This file was written by hand. Mail me at someone@example.org (really).\n"
                + "@comment{jabref-meta: databaseType:bibtex;}\n"
                + "@preamble{ \"\\newcommand{\\noop}[1]{}\" }\n"
                + "% @article{old, title = {Commented out}}\n"
                + "stray text } with { braces\n"
                + "@book{b1, title = {First}}\n"
                + "-- separator --\n"
                + "@misc(b2, title = \"Second\")\n");
    assertEquals(2, drafts.size());
    assertEquals("b1", drafts.get(0).fileRecordId());
    assertEquals(6, drafts.get(0).line());
    assertEquals("b2", drafts.get(1).fileRecordId());
    assertEquals("Second", drafts.get(1).first(Field.TITLE));
    assertEquals(8, drafts.get(1).line());
  }

  @Test
  void typesAndFieldNamesAreCaseInsensitiveAndCommasLenient() throws Exception {
    RecordDraft d =
        one("@INPROCEEDINGS {k1,\n TITLE = {T},,\n BookTitle = {Proc}\n Pages = {1--2},\n}");
    assertEquals("inproceedings", d.first(Field.TYPE));
    assertEquals("T", d.first(Field.TITLE));
    assertEquals("Proc", d.first(Field.JOURNAL));
    assertEquals("1--2", d.first(Field.PAGES));
    assertEquals("BookTitle", d.rawFields().get(1).tag());
  }

  @Test
  void entriesWithoutKeyOrWithEmptyKey() throws Exception {
    assertNull(one("@article{,\n title = {No key}\n}").fileRecordId());
    RecordDraft d = one("@article{title = {Key forgotten}}");
    assertNull(d.fileRecordId());
    assertEquals("Key forgotten", d.first(Field.TITLE));
  }

  @Test
  void keepsNestedBracesAndPercentSignsInValues() throws Exception {
    RecordDraft d = one("@misc{k, abstract = {50\\% of {a {deeply {nested}}} value}}");
    assertEquals("50\\% of {a {deeply {nested}}} value", d.rawFields().get(0).value());
    assertEquals("50% of a deeply nested value", d.first(Field.ABSTRACT));
  }

  @Test
  void mapsTheUsualFields() throws Exception {
    RecordDraft d =
        one(
            "@article{k,\n"
                + " author = {{World Health Organization} and von Neumann, John},\n"
                + " journaltitle = {Lancet}, volume = {5}, issue = {2}, pages = {149--55},\n"
                + " doi = {10.1000/ABC\\_1}, pmid = {123}, pmcid = {PMC9}, issn = {0140-6736},\n"
                + " isbn = {978-3-16-148410-0}, keywords = {alpha, {beta, gamma}; delta},\n"
                + " mesh = {Humans; Dogs}, abstract = {Text.}, langid = {english},\n"
                + " url = {https://x.org/a\\_b}, publisher = {Elsevier}}");
    assertEquals("Lancet", d.first(Field.JOURNAL));
    assertEquals("5", d.first(Field.VOLUME));
    assertEquals("2", d.first(Field.ISSUE));
    assertEquals("10.1000/ABC_1", d.first(Field.DOI));
    assertEquals("123", d.first(Field.PMID));
    assertEquals("PMC9", d.first(Field.PMCID));
    assertEquals("0140-6736", d.first(Field.ISSN));
    assertEquals("978-3-16-148410-0", d.first(Field.ISBN));
    assertEquals(List.of("alpha, beta, gamma", "delta"), d.values(Field.KEYWORD));
    assertEquals("Humans; Dogs", d.first(Field.MESH));
    assertEquals("english", d.first(Field.LANGUAGE));
    assertEquals("https://x.org/a_b", d.first(Field.URL));
    assertEquals("Elsevier", d.first(Field.PUBLISHER));

    Bibliographic b = RecordNormaliser.normalise(d);
    assertEquals(
        List.of(new Author("World Health Organization", ""), new Author("von Neumann", "John")),
        b.authors());
    assertEquals("149–155", b.pages());
    assertEquals("10.1000/abc_1", b.doi());
    assertEquals(List.of("Humans", "Dogs"), b.mesh());
  }

  @Test
  void commaSeparatedKeywordsWithoutSemicolons() throws Exception {
    RecordDraft d =
        one("@article{k, keywords = {blood supply, Cocker Spaniels, {\\textasciitilde}}}");
    assertEquals(List.of("blood supply", "Cocker Spaniels", "~"), d.values(Field.KEYWORD));
  }

  @Test
  void fullJournalNameWinsOverAbbreviationAndBooktitleIsTheFallback() throws Exception {
    RecordDraft math =
        one("@article{k, journal = {Adv. Math.}, fjournal = {Advances in Mathematics}}");
    assertEquals("Advances in Mathematics", math.first(Field.JOURNAL));
    assertEquals("Adv. Math.", math.first(Field.JOURNAL_ABBREV));
    RecordDraft both = one("@incollection{k, booktitle = {Book}, journal = {J}}");
    assertEquals(List.of("J"), both.values(Field.JOURNAL));
  }

  @Test
  void reportNumbersAreNotIssuesAndInstitutionsArePublishers() throws Exception {
    RecordDraft d = one("@techreport{k, number = {TR-7}, institution = {{MIT}}}");
    assertTrue(d.values(Field.ISSUE).isEmpty());
    assertEquals("MIT", d.first(Field.PUBLISHER));
    RecordDraft thesis = one("@phdthesis{k, school = {Universit{\\\"a}t Trier}}");
    assertEquals("Universität Trier", thesis.first(Field.PUBLISHER));
  }

  @Test
  void pubmedEprintIsAPmid() throws Exception {
    RecordDraft d = one("@article{k, eprint = {31234567}, eprinttype = {pubmed}}");
    assertEquals("31234567", d.first(Field.PMID));
  }

  @Test
  void unterminatedEntryNamesTheEntryLineAndLastField() {
    ImportException e = failure("\n\n@article{open,\n  title = {T},\n  year = {2001}\n");
    assertEquals("test.bib", e.file());
    assertEquals(3, e.line());
    assertEquals("year", e.field());
    assertTrue(e.getMessage().contains("@article{open"), e.getMessage());
  }

  @Test
  void unclosedBraceBeforeTheNextEntryIsAnError() {
    ImportException e =
        failure(
            "@article{a,\n  title = {Never closed,\n  year = {2001}\n}\n\n"
                + "@article{b,\n  title = {B}\n}\n");
    assertEquals(1, e.line());
    assertEquals("title", e.field());
    assertTrue(e.getMessage().contains("next entry on line 6"), e.getMessage());
  }

  @Test
  void unclosedBraceAtEndOfFileIsAnError() {
    ImportException e = failure("@article{a,\n  abstract = {runs {off\n the end}\n");
    assertEquals(1, e.line());
    assertEquals("abstract", e.field());
  }

  @Test
  void missingClosingBraceBeforeNextEntryIsAnError() {
    ImportException e = failure("@article{a,\n title = {A},\n\n@article{b, title = {B}}\n");
    assertEquals(1, e.line());
    assertEquals("title", e.field());
    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
  }

  @Test
  void unterminatedQuoteIsAnError() {
    ImportException e = failure("@article{a,\n title = \"open\n}\n");
    assertEquals(1, e.line());
    assertEquals("title", e.field());
  }

  @Test
  void fieldWithoutEqualsSignNamesItsLine() {
    ImportException e = failure("@article{a,\n title = {A},\n\n year 2001\n}");
    assertEquals(4, e.line());
    assertEquals("year", e.field());
  }

  @Test
  void linesCountCrLfAndLoneCr() throws Exception {
    List<RecordDraft> drafts = read("junk\r\n@misc{a, title={A}}\r\r@misc{b,\r\n title={B}}\r\n");
    assertEquals(2, drafts.get(0).line());
    assertEquals(4, drafts.get(1).line());
    ImportException e = failure("x\r\ny\r@misc{a,\r\n title={A}");
    assertEquals(3, e.line());
  }

  @Test
  void emptyFileHasNoRecords() throws Exception {
    assertTrue(read("").isEmpty());
    assertTrue(read("% only a comment\n").isEmpty());
  }

  @Test
  void detectsBibtexByItsEntryLines() {
    assertEquals(90, importer.detect("% Encoding: UTF-8\n\n@Article{key,\n title = {x}}"));
    assertEquals(90, importer.detect("  @inproceedings (k, title=\"x\")"));
    assertEquals(50, importer.detect("@webpage{k, title={x}}"));
    assertEquals(0, importer.detect("TY  - JOUR\nER  - \n"));
    assertEquals(0, importer.detect("mail me@example.org {now}"));
  }
}
