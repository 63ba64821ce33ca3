package org.winnow.core.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares two records field by field and applies the rules that turn evidence into a tier. The
 * rules are written out below so that each verdict names the rule that made it.
 */
public final class PairScorer {
  /** Below this title similarity a shared DOI is a supplement's or an issue's, not the work's. */
  static final double SHARED_ID_TITLE = 0.5;

  /**
   * Title similarity at which a pair whose journal, year, first page and authors all agree is the
   * same work even though one record carries another work's DOI.
   */
  static final double WRONG_DOI_TITLE = 0.99;

  private final DedupSettings settings;
  private final List<FieldComparator> comparators;

  public PairScorer(DedupSettings settings) {
    this.settings = settings;
    this.comparators =
        List.of(
            new TitleComparator(settings),
            new AuthorsComparator(),
            new YearComparator(),
            new JournalComparator(),
            new ValueComparator("volume", "Volume", DedupRecord::volume),
            new ValueComparator("issue", "Issue", DedupRecord::issue),
            new PagesComparator(),
            new ValueComparator("doi", "DOI", DedupRecord::doi),
            new ValueComparator("pmid", "PMID", DedupRecord::pmid),
            new AbstractComparator());
  }

  /**
   * The evidence of one pair by field name: the one place that knows the order of {@link
   * #comparators}.
   */
  private record Fields(
      FieldEvidence title,
      FieldEvidence authors,
      FieldEvidence year,
      FieldEvidence journal,
      FieldEvidence volume,
      FieldEvidence issue,
      FieldEvidence pages,
      FieldEvidence doi,
      FieldEvidence pmid,
      FieldEvidence abstracts) {
    static Fields of(List<FieldEvidence> ev) {
      return new Fields(
          ev.get(0), ev.get(1), ev.get(2), ev.get(3), ev.get(4), ev.get(5), ev.get(6), ev.get(7),
          ev.get(8), ev.get(9));
    }
  }

  public List<FieldComparator> comparators() {
    return comparators;
  }

  public PairScore score(DedupRecord a, DedupRecord b) {
    List<FieldEvidence> evidence = new ArrayList<>(comparators.size());
    for (FieldComparator c : comparators) {
      evidence.add(c.compare(a, b));
    }
    return classify(a, b, evidence);
  }

  private PairScore classify(DedupRecord a, DedupRecord b, List<FieldEvidence> ev) {
    Fields f = Fields.of(ev);
    double t = f.title().similarity();
    double score = score(ev);

    if (a.kind() != b.kind()) {
      PairScore notice = noticeOfArticle(a, b, ev, f, score);
      if (notice != null) {
        return notice;
      }
      return verdict(a, b, ev, Tier.DISTINCT, a.kind() + " vs " + b.kind(), score);
    }
    if (a.part() != null && b.part() != null && !Objects.equals(a.part(), b.part())) {
      return verdict(a, b, ev, Tier.DISTINCT, "part " + a.part() + " vs part " + b.part(), score);
    }
    int strong = 0;
    for (FieldEvidence e : List.of(f.authors(), f.year(), f.volume(), f.pages())) {
      if (e.agreement() == Agreement.CONFLICT) {
        strong++;
      }
    }
    int supports = 0;
    for (FieldEvidence e : ev.subList(1, 7)) {
      if (e.agreement() == Agreement.MATCH) {
        supports++;
      }
    }
    boolean journalConflict = f.journal().agreement() == Agreement.CONFLICT;
    boolean idMatch =
        f.doi().agreement() == Agreement.MATCH || f.pmid().agreement() == Agreement.MATCH;

    if (f.pmid().agreement() == Agreement.CONFLICT) {
      Tier tier =
          t >= settings.certainTitle() && strong == 0 && supports >= 4
              ? Tier.POSSIBLE
              : Tier.DISTINCT;
      return verdict(a, b, ev, tier, "different PMIDs", score);
    }
    if (f.doi().agreement() == Agreement.CONFLICT) {
      if (t >= WRONG_DOI_TITLE
          && f.authors().agreement() == Agreement.MATCH
          && f.year().agreement() == Agreement.MATCH
          && f.journal().agreement() == Agreement.MATCH
          && f.pages().agreement() == Agreement.MATCH
          && strong == 0) {
        return verdict(
            a,
            b,
            ev,
            Tier.CERTAIN,
            "same title, authors, journal, year and page: one DOI is wrong",
            score);
      }
      Tier tier = t >= settings.certainTitle() && strong == 0 ? Tier.POSSIBLE : Tier.DISTINCT;
      return verdict(
          a, b, ev, tier, "different DOIs (preprint and publication, or a wrong DOI)", score);
    }
    if (idMatch) {
      if (t >= settings.possibleTitle()
          && (f.authors().agreement() != Agreement.CONFLICT || supports >= 4)) {
        return verdict(a, b, ev, Tier.CERTAIN, "same DOI/PMID and title", score);
      }
      if (f.title().agreement() == Agreement.CONFLICT && t < SHARED_ID_TITLE) {
        return verdict(
            a,
            b,
            ev,
            Tier.DISTINCT,
            "same DOI but different titles: a DOI shared by a supplement or issue",
            score);
      }
      return verdict(a, b, ev, Tier.POSSIBLE, "same DOI/PMID but other fields differ", score);
    }
    return withoutIdentifier(a, b, ev, f, strong, supports, score);
  }

  /**
   * Rules for pairs with no shared DOI or PMID, before the title rules: titles in different
   * scripts, different abstracts, recurring columns, the same abstract, and one page or year
   * written another way.
   */
  private PairScore withoutIdentifier(
      DedupRecord a,
      DedupRecord b,
      List<FieldEvidence> ev,
      Fields f,
      int strong,
      int supports,
      double score) {
    double t = f.title().similarity();
    boolean journalConflict = f.journal().agreement() == Agreement.CONFLICT;
    boolean sameLocation =
        f.year().agreement() == Agreement.MATCH
            && f.volume().agreement() == Agreement.MATCH
            && f.pages().agreement() == Agreement.MATCH;

    if (DedupRecord.differentScripts(a, b)) {
      boolean translation =
          sameLocation && !journalConflict && f.authors().agreement() != Agreement.CONFLICT;
      return verdict(
          a,
          b,
          ev,
          translation ? Tier.POSSIBLE : Tier.DISTINCT,
          translation
              ? "titles in different scripts (a translation?) with the same journal, year, volume"
                  + " and first page"
              : "titles in different scripts",
          score);
    }
    if (f.abstracts().agreement() == Agreement.CONFLICT) {
      boolean sameTitleAndPlace = sameLocation && t >= settings.possibleTitle();
      return verdict(
          a,
          b,
          ev,
          sameTitleAndPlace ? Tier.POSSIBLE : Tier.DISTINCT,
          sameTitleAndPlace
              ? "different abstracts, same title, year, volume and first page"
              : "different abstracts",
          score);
    }
    boolean recurring =
        t >= settings.possibleTitle()
            && (RecurringItem.generic(a.title()) || RecurringItem.generic(b.title()));
    List<String> otherPlace = new ArrayList<>(3);
    if (recurring) {
      for (FieldEvidence e : List.of(f.volume(), f.issue(), f.pages())) {
        if (e.agreement() == Agreement.CONFLICT) {
          otherPlace.add(e.field());
        }
      }
      boolean column = RecurringItem.column(a.title()) || RecurringItem.column(b.title());
      if (column || otherPlace.size() >= 2) {
        if (!otherPlace.isEmpty()) {
          return verdict(
              a,
              b,
              ev,
              Tier.DISTINCT,
              "recurring item (short or generic title) with another "
                  + String.join(", ", otherPlace),
              score);
        }
      }
    }
    // only the same title: a reworded title with the same abstract may be a conference abstract
    // turned article, which a reviewer should see
    if (f.abstracts().agreement() == Agreement.MATCH
        && t >= settings.certainTitle()
        && strong == 0
        && !journalConflict) {
      return verdict(a, b, ev, Tier.CERTAIN, "same title and the same abstract", score);
    }
    boolean pageOtherStyle =
        f.pages().agreement() == Agreement.PARTIAL
            && f.pages().similarity() >= PagesComparator.SAME_PAGE_OTHER_STYLE;
    boolean located =
        f.volume().agreement() == Agreement.MATCH
            && (f.issue().agreement() == Agreement.MATCH
                || f.pages().agreement() == Agreement.MATCH
                || pageOtherStyle);
    if (recurring && !otherPlace.isEmpty()) {
      // a short title in another issue or at another page: perhaps two letters of one title
      PairScore s = titleRules(a, b, ev, f, strong, supports, score);
      return s.tier() != Tier.CERTAIN
          ? s
          : verdict(
              a,
              b,
              ev,
              Tier.POSSIBLE,
              "short title with another " + String.join(", ", otherPlace),
              score);
    }
    if (recurring
        && !located
        && !(f.pages().agreement() == Agreement.MATCH
            && f.year().agreement() == Agreement.MATCH
            && f.journal().agreement() == Agreement.MATCH)) {
      PairScore s = titleRules(a, b, ev, f, strong, supports, score);
      return s.tier() != Tier.CERTAIN
          ? s
          : verdict(
              a,
              b,
              ev,
              Tier.POSSIBLE,
              "recurring item (short or generic title) without volume and issue or pages",
              score);
    }
    if (t >= settings.certainTitle()
        && f.volume().agreement() == Agreement.MATCH
        && (f.pages().agreement() == Agreement.MATCH || pageOtherStyle)
        && f.year().agreement() != Agreement.CONFLICT
        && f.issue().agreement() != Agreement.CONFLICT
        && f.authors().agreement() != Agreement.CONFLICT
        && !journalConflict
        && (f.year().agreement() != Agreement.MATCH || pageOtherStyle)) {
      return verdict(
          a,
          b,
          ev,
          Tier.CERTAIN,
          "same title, volume and first page (e-page prefix or online-first year)",
          score);
    }
    PairScore s = titleRules(a, b, ev, f, strong, supports, score);
    if (s.tier() == Tier.CERTAIN
        && t < settings.certainTitle()
        && a.titleScript() != null
        && a.titleScript() != Character.UnicodeScript.LATIN) {
      // edit distance says little about short words in other scripts: "COVID-19 у детей" and
      // "COVID-19 у взрослых" are 80% alike
      return verdict(
          a, b, ev, Tier.POSSIBLE, "similar title in " + scriptName(a) + " script", score);
    }
    return s;
  }

  private static String scriptName(DedupRecord r) {
    String name = r.titleScript().name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Rules on the title and the agreement of the other fields. */
  private PairScore titleRules(
      DedupRecord a,
      DedupRecord b,
      List<FieldEvidence> ev,
      Fields f,
      int strong,
      int supports,
      double score) {
    double t = f.title().similarity();
    boolean journalConflict = f.journal().agreement() == Agreement.CONFLICT;
    boolean venueDiffers =
        journalConflict
            && (f.pages().agreement() == Agreement.CONFLICT
                || f.year().agreement() != Agreement.MATCH);
    if (t >= settings.certainTitle()) {
      if (f.year().agreement() == Agreement.MATCH
          && f.volume().agreement() == Agreement.MATCH
          && f.pages().agreement() == Agreement.MATCH) {
        return verdict(a, b, ev, Tier.CERTAIN, "same title, year, volume and first page", score);
      }
      if (strong == 0 && supports >= 4) {
        return verdict(
            a, b, ev, Tier.CERTAIN, "same title and " + supports + " agreeing fields", score);
      }
      boolean sameVenueOrYear =
          f.year().agreement() != Agreement.PARTIAL || f.journal().agreement() == Agreement.MATCH;
      if (strong == 0
          && !journalConflict
          && sameVenueOrYear
          && supports >= 2
          && f.authors().agreement() == Agreement.MATCH) {
        return verdict(
            a, b, ev, Tier.CERTAIN, "same title and authors, no field in conflict", score);
      }
      if (strong >= 2) {
        return verdict(
            a, b, ev, Tier.DISTINCT, "same title but " + strong + " fields in conflict", score);
      }
      if (venueDiffers) {
        return verdict(
            a,
            b,
            ev,
            Tier.DISTINCT,
            "same title in another journal or year (conference abstract and article)",
            score);
      }
      return verdict(a, b, ev, Tier.POSSIBLE, "same title, too little other evidence", score);
    }
    if (t >= settings.possibleTitle()) {
      if (strong == 0 && !journalConflict && supports >= 5) {
        return verdict(
            a, b, ev, Tier.CERTAIN, "similar title and " + supports + " agreeing fields", score);
      }
      Tier tier = strong <= 1 && !venueDiffers ? Tier.POSSIBLE : Tier.DISTINCT;
      return verdict(a, b, ev, tier, "similar title (" + Math.round(t * 100) + "%)", score);
    }
    return verdict(a, b, ev, Tier.DISTINCT, "different titles", score);
  }

  /**
   * A notice whose title, without its notice words, is the article's title (at least {@value
   * #NOTICE_SUBJECT_WORDS} words, the journal not in conflict): an erratum is linked to the article
   * or, with {@link ErrataHandling#MERGE}, merged with it; a comment, reply or retraction is always
   * linked and never merged. Null when the notice names no such article.
   */
  private PairScore noticeOfArticle(
      DedupRecord a, DedupRecord b, List<FieldEvidence> ev, Fields f, double score) {
    boolean aIsNotice = a.kind() != DedupRecord.NoticeKind.ARTICLE;
    DedupRecord notice = aIsNotice ? a : b;
    DedupRecord article = aIsNotice ? b : a;
    if (article.kind() != DedupRecord.NoticeKind.ARTICLE
        || f.journal().agreement() == Agreement.CONFLICT) {
      return null;
    }
    String subject = DedupRecord.noticeSubject(notice.title());
    if (subject.split(" ").length < NOTICE_SUBJECT_WORDS || !subject.equals(article.title())) {
      return null;
    }
    String kind = notice.kind().name().toLowerCase(java.util.Locale.ROOT);
    String of = kind + " of " + article.displayId() + ": ";
    if (notice.kind() != DedupRecord.NoticeKind.ERRATUM) {
      return new PairScore(
          a, b, List.copyOf(ev), Tier.DISTINCT, of + "linked, never merged", score, true);
    }
    String setting = " (setting " + ErrataHandling.SETTING + "=" + settings.errata().key() + ")";
    if (settings.errata() == ErrataHandling.MERGE) {
      return verdict(a, b, ev, Tier.CERTAIN, of + "merged" + setting, score);
    }
    return new PairScore(
        a, b, List.copyOf(ev), Tier.DISTINCT, of + "linked, not merged" + setting, score, true);
  }

  /** Fewest words of a title a notice names for it to be linked to an article. */
  static final int NOTICE_SUBJECT_WORDS = 4;

  /**
   * A single number to order the review queue: title similarity (evidence 0) weighted with field
   * agreement.
   */
  private static double score(List<FieldEvidence> ev) {
    double s = 3 * ev.get(0).similarity();
    for (FieldEvidence e : ev.subList(1, ev.size())) {
      s +=
          switch (e.agreement()) {
            case MATCH -> 1;
            case PARTIAL -> 0.5;
            case CONFLICT -> -1;
            case MISSING -> 0;
          };
    }
    return s;
  }

  private static PairScore verdict(
      DedupRecord a,
      DedupRecord b,
      List<FieldEvidence> ev,
      Tier tier,
      String reason,
      double score) {
    return new PairScore(a, b, List.copyOf(ev), tier, reason, score);
  }
}
