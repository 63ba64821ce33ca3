package org.winnow.core.io.ris;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.core.io.Field;
import org.winnow.core.io.RecordDraft;

/**
 * Maps the tags of one RIS record to {@link Field}s. Every tag is also kept raw. Tools disagree on
 * what several tags mean, so the choices are made here, once, with the reason beside each.
 */
final class RisRecordMapper {
  /** Whole books: T2 is the series title there, not the container (RIS spec). */
  private static final Set<String> WHOLE_BOOK = Set.of("BOOK", "EBOOK", "EDBOOK");

  /** Types whose primary title old RIS writers put in BT. */
  private static final Set<String> BT_IS_TITLE = Set.of("BOOK", "EBOOK", "EDBOOK", "UNPB");

  /** Types where C7 is the article number (eLocator), used as pages when SP/EP are empty. */
  private static final Set<String> ARTICLE_NUMBER_TYPES = Set.of("JOUR", "EJOUR", "JFULL", "");

  /** EBSCO adds the publisher's copyright notice as a second abstract. */
  private static final Pattern COPYRIGHT_NOTICE =
      Pattern.compile("(?s)^Copyright of .+ is the property of .*");

  private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
  private static final Pattern PMCID = Pattern.compile("(?i)PMC\\d+");
  private static final Pattern TAGGED_PMID = Pattern.compile("(?i)^(\\d{1,9})\\s*\\[pmid]$");
  private static final Pattern TAGGED_PMCID = Pattern.compile("(?i)^(PMC\\d+)\\s*\\[pmcid]$");
  private static final Pattern COCHRANE_PMID = Pattern.compile("(?i)^PUBMED\\s+(\\d{1,9})$");
  private static final Pattern NOTE_PMID = Pattern.compile("(?i)^PMID:?\\s*(\\d{1,9})$");

  /** A URL that is nothing but a DOI resolver link. */
  private static final Pattern DOI_URL =
      Pattern.compile("(?i)^(?:https?:)?//(?:dx\\.)?doi\\.org/(10\\.\\d{4,9}/\\S+)$");

  /** A note that is nothing but a DOI ("doi: 10.1063/1.1954747", EndNote's M3 and N1). */
  private static final Pattern DOI_NOTE =
      Pattern.compile("(?i)^(?:doi:?\\s*)?(10\\.\\d{4,9}/\\S+)$");

  private static final Pattern SN_COMMENT = Pattern.compile("\\([^)]*\\)");
  private static final Pattern SN_SEPARATORS = Pattern.compile("[;,\\s]+");
  private static final Pattern NOT_SN_DIGIT = Pattern.compile("[^0-9Xx]");
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s;]+");
  private static final Pattern SN_LABEL = Pattern.compile("(?i)\\b(?:ISSN|ISBN|EISSN)\\b:?");
  private static final Pattern NAME_SUFFIX = Pattern.compile("(?i),\\s*(jr|sr|ii|iii|iv)\\.?$");

  private RisRecordMapper() {}

  static RecordDraft toDraft(TaggedRecord tagged) {
    RecordDraft d = new RecordDraft(tagged.line());
    for (TaggedField f : tagged.fields()) {
      d.raw(f.tag(), f.value());
    }
    Tags r = new Tags(tagged.fields());
    d.fileRecordId(firstLine(r.first("ID")));
    String type = r.first("TY");
    d.add(Field.TYPE, type);
    String typeKey = type == null ? "" : firstLine(type).toUpperCase(Locale.ROOT);

    title(r, d, typeKey);
    abstractText(r, d);
    authors(r, d);
    dates(r, d);
    journal(r, d, typeKey);
    d.add(Field.VOLUME, r.first("VL"));
    issue(r, d, typeKey);
    pages(r, d, typeKey);
    doi(r, d);
    identifiers(r, d);
    standardNumbers(r, d, typeKey);
    for (String kw : r.values("KW")) {
      lines(kw).forEach(k -> d.add(Field.KEYWORD, k));
    }
    d.add(Field.LANGUAGE, r.first("LA"));
    urls(r, d);
    // Web of Science writes the publisher in PU
    d.add(Field.PUBLISHER, preferred(r, "PB", "PU"));
    return d;
  }

  /** TI, T1 or CT, whichever comes first; BT for books only when none of them is there. */
  private static void title(Tags r, RecordDraft d, String type) {
    String title = r.first("TI", "T1", "CT");
    if (title == null && BT_IS_TITLE.contains(type)) {
      title = r.first("BT");
    }
    d.add(Field.TITLE, title);
  }

  /**
   * AB when the record has one, else N2: the two tags mean the same, and tools that write both
   * write the same text, which must not be doubled.
   */
  private static void abstractText(Tags r, RecordDraft d) {
    List<String> ab = withoutCopyrightNotices(r.values("AB"));
    List<String> chosen = ab.isEmpty() ? withoutCopyrightNotices(r.values("N2")) : ab;
    chosen.forEach(v -> d.add(Field.ABSTRACT, v));
  }

  private static List<String> withoutCopyrightNotices(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (!v.isBlank() && !COPYRIGHT_NOTICE.matcher(v).matches()) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * AU and A1 in file order (Zotero writes both in one record). A2 and ED are editors and A3 series
   * editors: never authors. EndNote puts several authors on continuation lines, one per line; a
   * value holding ";" or several commas is a whole list (as in some EndNote exports).
   */
  private static void authors(Tags r, RecordDraft d) {
    for (String value : r.values("AU", "A1")) {
      for (String name : lines(value)) {
        d.add(isAuthorList(name) ? Field.AUTHOR_LIST : Field.AUTHOR, name);
      }
    }
  }

  static boolean isAuthorList(String name) {
    if (name.contains(";")) {
      return true;
    }
    long commas = name.chars().filter(c -> c == ',').count();
    return commas >= 2 && !NAME_SUFFIX.matcher(name.strip()).find();
  }

  /**
   * PY is the publication year. DA comes before Y1 because Y1 is the deprecated form that some
   * tools fill with other dates (Zotero's RIS tests); Y2 is an access date and is left raw.
   */
  private static void dates(Tags r, RecordDraft d) {
    r.values("PY").forEach(v -> d.add(Field.YEAR, v));
    r.values("DA").forEach(v -> d.add(Field.DATE, v));
    r.values("Y1").forEach(v -> d.add(Field.DATE, v));
  }

  /**
   * Full title: JF, then T2 (except for whole books, where T2 is the series), then JO, then BT (the
   * book of a chapter). Abbreviation: JA, J2, J1, then Web of Science's JI and J9; JO counts as the
   * abbreviation when a fuller name came from JF or T2 (Embase, Zotero). A record with only an
   * abbreviation uses it for both.
   */
  private static void journal(Tags r, RecordDraft d, String type) {
    String full = r.first("JF");
    if (full == null && !WHOLE_BOOK.contains(type)) {
      full = r.first("T2");
    }
    String jo = r.first("JO");
    String abbrev = preferred(r, "JA", "J2", "J1", "JI", "J9");
    if (full == null) {
      full = jo;
    } else if (abbrev == null && jo != null && !jo.strip().equalsIgnoreCase(full.strip())) {
      abbrev = jo;
    }
    if (full == null && !BT_IS_TITLE.contains(type)) {
      full = r.first("BT");
    }
    d.add(Field.JOURNAL, full == null ? abbrev : full);
    d.add(Field.JOURNAL_ABBREV, abbrev);
  }

  /**
   * IS, or CP (older RIS). EndNote's electronic articles (EJOUR) keep the issue in M1, which means
   * other things elsewhere (Embase: affiliations), so M1 is used for that type only.
   */
  private static void issue(Tags r, RecordDraft d, String type) {
    String issue = preferred(r, "IS", "CP");
    if (issue == null && "EJOUR".equals(type)) {
      issue = r.first("M1");
    }
    d.add(Field.ISSUE, issue);
  }

  /**
   * SP and EP (SP may hold the whole range, "149-55"); Covidence's PG when both are empty; and for
   * journal articles the article number C7 (Scopus, Web of Science) when the record has no pages.
   */
  private static void pages(Tags r, RecordDraft d, String type) {
    String sp = r.first("SP");
    String ep = r.first("EP");
    if (sp != null || ep != null) {
      d.add(Field.START_PAGE, sp);
      d.add(Field.END_PAGE, ep);
      return;
    }
    String pg = r.first("PG");
    if (pg == null && ARTICLE_NUMBER_TYPES.contains(type)) {
      pg = r.first("C7");
    }
    d.add(Field.PAGES, pg);
  }

  /**
   * DO first. Without a usable DO, a DOI is taken only where the value is clearly nothing else: a
   * doi.org link in UR, L1, L2 or L3, or an L3 (EBSCO), M3 or N1 (EndNote) value that holds only a
   * DOI. Other URLs that merely contain a DOI-like path (publisher pages) are not trusted.
   */
  private static void doi(Tags r, RecordDraft d) {
    r.values("DO").forEach(v -> d.add(Field.DOI, v));
    for (String v : r.values("UR", "L1", "L2", "L3")) {
      for (String token : tokens(v)) {
        Matcher m = DOI_URL.matcher(token);
        if (m.matches()) {
          d.add(Field.DOI, m.group(1));
        }
      }
    }
    for (String v : r.values("L3", "M3", "N1")) {
      Matcher m = DOI_NOTE.matcher(v.strip());
      if (m.matches()) {
        d.add(Field.DOI, m.group(1));
      }
    }
  }

  /**
   * PubMed and PMC ids live in different tags per tool, and the same tags hold other ids elsewhere,
   * so each is taken only with evidence:
   *
   * <ul>
   *   <li>AN is the PMID when DB/DP names MEDLINE, PubMed or NLM (Ovid MEDLINE, EndNote from
   *       PubMed) and it is all digits; an AN of "PMC..." is the PMCID (PMC exports).
   *   <li>C5 is the PMID in Embase exports (DB Embase); C2 is the PMID in Scopus exports and the
   *       PMCID ("PMC...") in EndNote exports.
   *   <li>Cochrane writes "C3 - PUBMED 12345"; PubMed-derived RIS writes "U1 - 12345[pmid]" and "U2
   *       - PMC123[pmcid]"; EndNote (and Winnow's RIS export) write "N1 - PMID: 12345".
   * </ul>
   */
  private static void identifiers(Tags r, RecordDraft d) {
    String db = String.join(" ", r.values("DB", "DP")).toLowerCase(Locale.ROOT);
    boolean medline = db.contains("medline") || db.contains("pubmed") || db.contains("nlm");
    for (String an : r.values("AN")) {
      String v = an.strip();
      if (medline && DIGITS.matcher(v).matches()) {
        d.add(Field.PMID, v);
      } else if (PMCID.matcher(v).matches()) {
        d.add(Field.PMCID, v);
      }
    }
    if (db.contains("embase")) {
      r.values("C5").stream()
          .map(String::strip)
          .filter(v -> DIGITS.matcher(v).matches())
          .forEach(v -> d.add(Field.PMID, v));
    }
    for (String c2 : r.values("C2")) {
      String v = c2.strip();
      if (PMCID.matcher(v).matches()) {
        d.add(Field.PMCID, v);
      } else if (db.contains("scopus") && DIGITS.matcher(v).matches()) {
        d.add(Field.PMID, v);
      }
    }
    for (String v : r.values("C3", "U1", "U2", "U3", "U4", "U5", "N1")) {
      for (String line : lines(v)) {
        Matcher pmid = TAGGED_PMID.matcher(line);
        Matcher cochrane = COCHRANE_PMID.matcher(line);
        Matcher note = NOTE_PMID.matcher(line.strip());
        Matcher pmcid = TAGGED_PMCID.matcher(line);
        if (pmid.matches()) {
          d.add(Field.PMID, pmid.group(1));
        } else if (cochrane.matches()) {
          d.add(Field.PMID, cochrane.group(1));
        } else if (note.matches()) {
          d.add(Field.PMID, note.group(1));
        } else if (pmcid.matches()) {
          d.add(Field.PMCID, pmcid.group(1));
        }
      }
    }
  }

  /**
   * SN holds ISSNs or ISBNs, often several ("0964-6906 (Print)0964-6906", "1932-8494; 1932-8486",
   * one per line). Each number is classed by its digits: 10 or 13 is an ISBN, anything else with
   * digits an ISSN. BN is an ISBN.
   */
  private static void standardNumbers(Tags r, RecordDraft d, String type) {
    for (String sn : r.values("SN")) {
      String cleaned = SN_LABEL.matcher(SN_COMMENT.matcher(sn).replaceAll(" ")).replaceAll(" ");
      for (String token : SN_SEPARATORS.split(cleaned)) {
        String digits = NOT_SN_DIGIT.matcher(token).replaceAll("");
        if (digits.isEmpty() || !HAS_DIGIT.matcher(token).matches()) {
          continue;
        }
        boolean isbn = digits.length() == 13 || digits.length() == 10;
        d.add(isbn ? Field.ISBN : Field.ISSN, token);
      }
    }
    r.values("BN").forEach(v -> d.add(Field.ISBN, v));
  }

  /** UR, then L2: each may hold several links separated by spaces, ";" or lines. */
  private static void urls(Tags r, RecordDraft d) {
    for (String tag : List.of("UR", "L2")) {
      for (String v : r.values(tag)) {
        for (String token : tokens(v)) {
          if (token.contains("://") || token.startsWith("www.") || token.startsWith("//")) {
            d.add(Field.URL, token);
          }
        }
      }
    }
  }

  /** The first non-blank value of the first of these tags that has one (tags in priority order). */
  private static String preferred(Tags r, String... tags) {
    for (String tag : tags) {
      String v = r.first(tag);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static List<String> tokens(String value) {
    List<String> out = new ArrayList<>();
    for (String t : TOKEN_SEPARATORS.split(value)) {
      String s = t.endsWith(",") ? t.substring(0, t.length() - 1) : t;
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** The non-blank lines of a value (continuation lines are joined with "\n"). */
  private static List<String> lines(String value) {
    List<String> out = new ArrayList<>();
    for (String line : value.split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static String firstLine(String value) {
    if (value == null) {
      return null;
    }
    int nl = value.indexOf('\n');
    return (nl < 0 ? value : value.substring(0, nl)).strip();
  }

  /**
   * The values of one record by tag: a record is asked for some forty tags, and scanning all its
   * fields for each cost more than the rest of the mapping. Answers as {@link TaggedRecord} does.
   */
  private static final class Tags {
    private final List<TaggedField> fields;
    private final Map<String, List<Integer>> positions = new HashMap<>();

    Tags(List<TaggedField> fields) {
      this.fields = fields;
      for (int i = 0; i < fields.size(); i++) {
        positions.computeIfAbsent(fields.get(i).tag(), t -> new ArrayList<>(2)).add(i);
      }
    }

    /** The values of any of these tags, in file order. */
    List<String> values(String... tags) {
      List<Integer> at;
      if (tags.length == 1) {
        at = positions.getOrDefault(tags[0], List.of());
      } else {
        at = new ArrayList<>();
        for (String tag : tags) {
          at.addAll(positions.getOrDefault(tag, List.of()));
        }
        Collections.sort(at);
      }
      List<String> out = new ArrayList<>(at.size());
      for (int i : at) {
        out.add(fields.get(i).value());
      }
      return out;
    }

    /** The first non-blank value of any of these tags, in file order, or null. */
    String first(String... tags) {
      for (String v : values(tags)) {
        if (!v.isBlank()) {
          return v;
        }
      }
      return null;
    }
  }
}
