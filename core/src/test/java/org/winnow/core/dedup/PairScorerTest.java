package org.winnow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.Field;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.model.Record;

/** Each comparator and each hard case of duplicate detection. */
class PairScorerTest {
  private static final AtomicLong IDS = new AtomicLong();
  private final PairScorer scorer = new PairScorer(DedupSettings.DEFAULTS);

  /** An article; change fields with {@link #with}. */
  private static RecordDraft article() {
    return new RecordDraft(1)
        .add(Field.TITLE, "Stroke unit care for older adults: a randomised trial")
        .add(Field.AUTHOR, "Zhai, Qing-Jun")
        .add(Field.AUTHOR, "Yue, X. Y.")
        .add(Field.YEAR, "2019")
        .add(Field.JOURNAL, "Journal of Stroke and Cerebrovascular Diseases")
        .add(Field.VOLUME, "28")
        .add(Field.ISSUE, "4")
        .add(Field.PAGES, "149-55");
  }

  private static RecordDraft with(RecordDraft d, Field f, String value) {
    return d.set(f, value);
  }

  private static DedupRecord rec(RecordDraft d) {
    Record r = RecordNormaliser.toRecord(d, 1);
    long id = IDS.incrementAndGet();
    return DedupRecord.of(new Record(id, 1, id, 1, 1, null, r.raw(), r.fields()));
  }

  private PairScore score(RecordDraft a, RecordDraft b) {
    return scorer.score(rec(a), rec(b));
  }

  @Test
  void exportVariantsOfOneArticleAreCertain() {
    RecordDraft b =
        article()
            .set(Field.TITLE, "STROKE UNIT CARE FOR OLDER ADULTS - A RANDOMISED TRIAL.")
            .set(Field.AUTHOR, "Zhai QJ")
            .set(Field.JOURNAL, "J Stroke Cerebrovasc Dis")
            .set(Field.PAGES, "149-155");
    PairScore s = score(article(), b);
    assertEquals(Tier.CERTAIN, s.tier(), s.reason());
    assertEquals(Agreement.MATCH, s.field("journal").agreement(), "abbreviation vs full name");
    assertEquals(Agreement.MATCH, s.field("pages").agreement());
    assertEquals(Agreement.MATCH, s.field("authors").agreement());
  }

  @Test
  void evidenceNamesEveryField() {
    PairScore s = score(article(), article());
    assertEquals(
        java.util.List.of(
            "title",
            "authors",
            "year",
            "journal",
            "volume",
            "issue",
            "pages",
            "doi",
            "pmid",
            "abstract"),
        s.evidence().stream().map(FieldEvidence::field).toList());
    assertEquals(Agreement.MISSING, s.field("doi").agreement());
  }

  @Test
  void anErratumIsNotTheArticle() {
    RecordDraft erratum =
        article()
            .set(Field.TITLE, "Erratum: Stroke unit care for older adults: a randomised trial");
    assertEquals(Tier.DISTINCT, score(article(), erratum).tier());
    RecordDraft reply =
        article()
            .set(Field.TITLE, "Reply to: Stroke unit care for older adults: a randomised trial");
    assertEquals(Tier.DISTINCT, score(article(), reply).tier());
  }

  @Test
  void partOneIsNotPartTwo() {
    RecordDraft p1 =
        article().set(Field.TITLE, "Stroke unit care for older adults. Part 1: methods");
    RecordDraft p2 =
        article().set(Field.TITLE, "Stroke unit care for older adults. Part 2: methods");
    assertEquals(Tier.DISTINCT, score(p1, p2).tier());
  }

  @Test
  void translatedTitleSuffixesAndReviewNotesAreIgnored() {
    RecordDraft chinese =
        article()
            .set(Field.TITLE, "Stroke unit care for older adults: a randomised trial [Chinese]");
    assertEquals(Tier.CERTAIN, score(article(), chinese).tier());
    RecordDraft ovid =
        article()
            .set(
                Field.TITLE,
                "Stroke unit care for older adults: a randomised trial. [Review] [43 refs]");
    assertEquals(Tier.CERTAIN, score(article(), ovid).tier());
  }

  @Test
  void conflictingIdentifiersKeepRecordsApart() {
    RecordDraft a = article().add(Field.PMID, "31000001");
    RecordDraft b = article().add(Field.PMID, "31000002");
    assertTrue(score(a, b).tier() != Tier.CERTAIN);
    RecordDraft preprint =
        new RecordDraft(1)
            .add(Field.TITLE, "Stroke unit care for older adults: a randomised trial")
            .add(Field.AUTHOR, "Zhai, Qing-Jun")
            .add(Field.YEAR, "2018")
            .add(Field.DOI, "10.1101/2018.01.01.123456");
    PairScore s =
        score(article().add(Field.DOI, "10.1016/j.jstrokecerebrovasdis.2019.01.001"), preprint);
    assertEquals(
        Tier.POSSIBLE, s.tier(), "preprint and publication are linked for review, not merged");
  }

  @Test
  void aSharedSupplementDoiDoesNotMakeTwoAbstractsOne() {
    RecordDraft a = article().add(Field.DOI, "10.2337/db15-supplement");
    RecordDraft b =
        with(article(), Field.TITLE, "Insulin clearance in adolescents with obesity")
            .add(Field.DOI, "10.2337/db15-supplement");
    assertEquals(Tier.DISTINCT, score(a, b).tier());
  }

  @Test
  void conferenceAbstractAndLaterArticleAreNotMerged() {
    RecordDraft abstractOnly =
        article()
            .set(Field.JOURNAL, "Cerebrovascular Diseases")
            .set(Field.YEAR, "2018")
            .set(Field.PAGES, "S12");
    PairScore s = score(article(), abstractOnly);
    assertTrue(s.tier() != Tier.CERTAIN, s.reason() + " " + s.evidence());
  }

  @Test
  void sameTitleInAnotherYearAndJournalIsDistinct() {
    RecordDraft other =
        article()
            .set(Field.JOURNAL, "Age and Ageing")
            .set(Field.YEAR, "2011")
            .set(Field.VOLUME, "40")
            .set(Field.PAGES, "300");
    assertEquals(Tier.DISTINCT, score(article(), other).tier());
  }

  @Test
  void swappedNameOrderStillMatchesAuthors() {
    RecordDraft swapped = article().set(Field.AUTHOR, "Qing-Jun, Zhai");
    swapped = swapped.add(Field.AUTHOR, "X. Y., Yue");
    PairScore s = score(article(), swapped);
    assertEquals(Agreement.MATCH, s.field("authors").agreement());
  }

  @Test
  void nearPagesAndArticleNumbersAreNoConflict() {
    assertEquals(
        Agreement.PARTIAL,
        score(article(), article().set(Field.PAGES, "151-157")).field("pages").agreement());
    assertEquals(
        Agreement.MISSING,
        score(article(), article().set(Field.PAGES, "e12724")).field("pages").agreement());
    assertEquals(
        Agreement.CONFLICT,
        score(article(), article().set(Field.PAGES, "400-410")).field("pages").agreement());
  }

  @Test
  void yearsOneApartArePartial() {
    assertEquals(
        Agreement.PARTIAL,
        score(article(), article().set(Field.YEAR, "2020")).field("year").agreement());
    assertEquals(
        Agreement.CONFLICT,
        score(article(), article().set(Field.YEAR, "2015")).field("year").agreement());
  }

  @Test
  void aTruncatedTitleStillMatches() {
    RecordDraft longTitle =
        article()
            .set(
                Field.TITLE,
                "Stroke unit care for older adults: a randomised trial of early mobilisation in twelve hospitals");
    RecordDraft cut =
        article()
            .set(
                Field.TITLE,
                "Stroke unit care for older adults: a randomised trial of early mobil");
    PairScore s = score(longTitle, cut);
    assertEquals(Agreement.PARTIAL, s.field("title").agreement());
    assertEquals(Tier.CERTAIN, s.tier(), s.reason());
  }
}
