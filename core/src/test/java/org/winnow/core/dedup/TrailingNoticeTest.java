package org.winnow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.winnow.core.io.Field;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.model.Record;

/**
 * A notice named at the end of its title ("Title: Correction", "Title [Erratum]", "Title
 * (Retraction)") is a notice of the article with that title, as "Correction to: Title" is: linked
 * (or, for an erratum under {@code --errata merge}, merged), never a plain duplicate.
 */
class TrailingNoticeTest {
  private static final AtomicLong IDS = new AtomicLong();
  private static final String TITLE =
      "Long-term outcomes of stroke unit care for older adults: a randomised trial";

  private static RecordDraft article(String title) {
    return new RecordDraft(1)
        .add(Field.TITLE, title)
        .add(Field.AUTHOR, "Zhai, Qing-Jun")
        .add(Field.YEAR, "2019")
        .add(Field.JOURNAL, "Journal of Stroke and Cerebrovascular Diseases")
        .add(Field.VOLUME, "28")
        .add(Field.ISSUE, "4")
        .add(Field.PAGES, "149-55");
  }

  private static DedupRecord rec(RecordDraft d) {
    Record r = RecordNormaliser.toRecord(d, 1);
    long id = IDS.incrementAndGet();
    return DedupRecord.of(new Record(id, 1, id, 1, 1, null, r.raw(), r.fields()));
  }

  private static PairScore score(DedupSettings settings, String noticeTitle) {
    return new PairScorer(settings).score(rec(article(TITLE)), rec(article(noticeTitle)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        TITLE + ": Correction",
        TITLE + ". Erratum",
        TITLE + " [Erratum]",
        TITLE + " (Corrigendum).",
        TITLE + " - Correction"
      })
  void anErratumNamedAtTheEndIsLinkedByDefault(String noticeTitle) {
    PairScore s = score(DedupSettings.DEFAULTS, noticeTitle);
    assertEquals(Tier.DISTINCT, s.tier(), s.reason());
    assertTrue(s.linked(), s.reason());
    assertEquals(DedupRecord.NoticeKind.ERRATUM, s.notice().kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {TITLE + ": Correction", TITLE + " [Erratum]"})
  void anErratumNamedAtTheEndIsMergedUnderErrataMerge(String noticeTitle) {
    PairScore s = score(DedupSettings.DEFAULTS.withErrata(ErrataHandling.MERGE), noticeTitle);
    assertEquals(Tier.CERTAIN, s.tier(), s.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {TITLE + " (Retraction)", TITLE + ": Retraction notice"})
  void aRetractionNamedAtTheEndIsLinkedNeverMerged(String noticeTitle) {
    for (ErrataHandling errata : ErrataHandling.values()) {
      PairScore s = score(DedupSettings.DEFAULTS.withErrata(errata), noticeTitle);
      assertEquals(Tier.DISTINCT, s.tier(), s.reason());
      assertTrue(s.linked(), s.reason());
      assertEquals(DedupRecord.NoticeKind.RETRACTION, s.notice().kind());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Attenuation correction",
        "Attenuation correction of PET images: a review",
        "Outcomes of stroke care [Erratum in: J Stroke 2020;29:104]",
        "Outcomes of stroke care [Retracted]"
      })
  void aTitleThatOnlyEndsInTheWordIsNoNotice(String title) {
    assertEquals(DedupRecord.NoticeKind.ARTICLE, rec(article(title)).kind(), title);
  }

  /**
   * Methods titles use "correction" as a plain word ("attenuation correction in SPECT", "bias
   * correction for ..."): only a title that starts with the notice word, or the notice-only words
   * erratum and corrigendum, name a notice.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Scatter and attenuation correction in SPECT: a comparison of methods",
        "Motion correction for dynamic PET of the brain",
        "A bias correction on small-sample odds ratios",
        "Continuity correction to Fisher's exact test"
      })
  void correctionAsAPlainWordInsideATitleIsNoNotice(String title) {
    assertEquals(DedupRecord.NoticeKind.ARTICLE, rec(article(title)).kind(), title);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Correction to: Outcomes of stroke care",
        "Erratum to 'Outcomes of stroke care'",
        "Notice of erratum for Outcomes of stroke care",
        "Publisher corrigendum to Outcomes of stroke care"
      })
  void noticeWordsStillNameANotice(String title) {
    assertEquals(DedupRecord.NoticeKind.ERRATUM, rec(article(title)).kind(), title);
  }
}
