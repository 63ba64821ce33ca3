package org.winnow.core.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Record;
import org.winnow.core.normalise.AuthorNames;
import org.winnow.core.normalise.Dois;
import org.winnow.core.normalise.Pages;
import org.winnow.core.normalise.Text;
import org.winnow.core.normalise.Years;

/** The one place where importer drafts become normalised records. */
public final class RecordNormaliser {
  private static final Pattern PMID = Pattern.compile("(?<!\\d)(\\d{1,9})(?!\\d)");
  private static final Pattern ZEROS = Pattern.compile("0+");
  private static final Pattern PMCID = Pattern.compile("(?i)PMC\\s*(\\d+)");
  private static final Pattern ISSN_WITHOUT_HYPHEN =
      Pattern.compile("(?<![\\dX-])(\\d{4})(\\d{3}[\\dX])(?![\\dX-])");
  private static final Pattern ISSN =
      Pattern.compile("(?<![\\dXx])(?<![\\dXx]-)\\d{4}-?\\d{3}[\\dXx](?![\\dXx]|-\\d)");

  /** ISBN-10 or ISBN-13, with or without hyphens or spaces between the digit groups. */
  private static final Pattern ISBN =
      Pattern.compile("(?<!\\d)(?<!\\d-)(?:97[89][- ]?)?\\d(?:[- ]?\\d){8}[- ]?[\\dXx](?![\\dXx])");

  private RecordNormaliser() {}

  /** A record not yet stored (id, batch and citation are 0). */
  public static Record toRecord(RecordDraft draft, int position) {
    return new Record(
        0, 0, 0, position, draft.line(), draft.fileRecordId(), draft.rawFields(), normalise(draft));
  }

  public static Bibliographic normalise(RecordDraft d) {
    return new Bibliographic(
        text(d.first(Field.TYPE)),
        title(d.first(Field.TITLE)),
        longText(d.values(Field.ABSTRACT)),
        authors(d),
        year(d),
        text(d.first(Field.JOURNAL)),
        text(d.first(Field.JOURNAL_ABBREV)),
        text(d.first(Field.VOLUME)),
        text(d.first(Field.ISSUE)),
        pages(d),
        doi(d),
        pmid(d.first(Field.PMID)),
        pmcid(d.first(Field.PMCID)),
        issn(joinDistinct(issnValues(d), ISSN)),
        joinDistinct(d.values(Field.ISBN), ISBN),
        terms(d.values(Field.KEYWORD)),
        terms(d.values(Field.MESH)),
        text(d.first(Field.LANGUAGE)),
        url(d.first(Field.URL)),
        text(d.first(Field.PUBLISHER)));
  }

  private static String text(String raw) {
    return Text.clean(raw);
  }

  /** The first URL of a cell that holds several, or trailing export junk, after a space. */
  private static String url(String raw) {
    String u = Text.clean(raw);
    if (u == null) {
      return null;
    }
    int space = u.indexOf(' ');
    return space < 0 ? u : u.substring(0, space);
  }

  /**
   * A title as stored: braces and markup cleaned, without the brackets MEDLINE puts around a
   * translated title ("[Title in English].") or the quotes Ovid puts around a whole title
   * ("\"Title\".").
   */
  public static String title(String raw) {
    String t = Text.clean(Text.stripBraces(raw));
    if (t == null) {
      return null;
    }
    t = unwrap(t, '[', ']');
    t = unwrap(t, '"', '"');
    t = unwrap(t, '\u201C', '\u201D');
    return t.isEmpty() ? null : t;
  }

  /** The text inside one pair of marks around all of it (a final period aside), else the text. */
  private static String unwrap(String t, char open, char close) {
    int end = t.lastIndexOf(close);
    if (t.isEmpty() || t.charAt(0) != open || end < 2 || end < t.length() - 2) {
      return t;
    }
    String inside = t.substring(1, end);
    boolean wrapped =
        (end == t.length() - 1 || t.endsWith("."))
            && inside.indexOf(open) < 0
            && inside.indexOf(close) < 0;
    return wrapped ? inside.strip() : t;
  }

  private static String longText(List<String> parts) {
    if (parts.isEmpty()) {
      return null;
    }
    return Text.clean(String.join(" ", parts));
  }

  private static List<Author> authors(RecordDraft d) {
    List<Author> out = new ArrayList<>();
    for (String a : d.values(Field.AUTHOR)) {
      String organisation = braced(a);
      if (organisation != null) {
        out.add(new Author(organisation, ""));
        continue;
      }
      Author author = AuthorNames.parse(Text.stripBraces(a));
      if (author != null) {
        out.add(author);
      }
    }
    for (String list : d.values(Field.AUTHOR_LIST)) {
      out.addAll(AuthorNames.parseList(list));
    }
    return out;
  }

  /**
   * The name inside one pair of braces around the whole value ("{World Health Organization}"), as
   * BibTeX and importers mark an organisation; null for any other value.
   */
  private static String braced(String value) {
    String s = value.strip();
    if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
      return null;
    }
    int depth = 0;
    for (int i = 0; i < s.length() - 1; i++) {
      depth += s.charAt(i) == '{' ? 1 : s.charAt(i) == '}' ? -1 : 0;
      if (depth == 0) {
        return null; // "{Smith}, {J}": the first group closes before the end
      }
    }
    return Text.clean(Text.stripBraces(s));
  }

  private static Integer year(RecordDraft d) {
    for (String y : d.values(Field.YEAR)) {
      Integer year = Years.from(y);
      if (year != null) {
        return year;
      }
    }
    for (String date : d.values(Field.DATE)) {
      Integer year = Years.from(date);
      if (year != null) {
        return year;
      }
    }
    return null;
  }

  private static String pages(RecordDraft d) {
    if (d.has(Field.PAGES)) {
      return Pages.normalise(d.first(Field.PAGES));
    }
    return Pages.fromParts(d.first(Field.START_PAGE), d.first(Field.END_PAGE));
  }

  private static String doi(RecordDraft d) {
    for (String v : d.values(Field.DOI)) {
      String doi = Dois.normalise(v);
      if (doi != null) {
        return doi;
      }
    }
    return null;
  }

  private static String pmid(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = PMID.matcher(raw);
    if (!m.find() || ZEROS.matcher(m.group(1)).matches()) {
      return null; // abstrackr writes 0 for "no PubMed ID"
    }
    return m.group(1);
  }

  private static String pmcid(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = PMCID.matcher(raw);
    return m.find() ? "PMC" + m.group(1) : null;
  }

  /**
   * ISSN values, and ISBN values that hold an ISSN instead: several exports (and the ASySD
   * benchmark) put a journal's ISSN into their one "isbn" column.
   */
  private static List<String> issnValues(RecordDraft d) {
    List<String> values = new java.util.ArrayList<>(d.values(Field.ISSN));
    for (String v : d.values(Field.ISBN)) {
      if (!ISBN.matcher(v).find()) {
        values.add(v);
      }
    }
    return values;
  }

  /** ISSNs with their hyphen: Scopus and CINAHL write "01495992" for "0149-5992". */
  private static String issn(String joined) {
    return joined == null ? null : ISSN_WITHOUT_HYPHEN.matcher(joined).replaceAll("$1-$2");
  }

  /**
   * Every number of the given shape in the values, once each, joined by "; ". Exports qualify them
   * ("0027-8424 (Print)", "EISSN-2375-5636", "ISBN 978-3-86680-192-9"): only the numbers are kept.
   */
  private static String joinDistinct(List<String> values, Pattern shape) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      Matcher m = shape.matcher(v);
      while (m.find()) {
        out.add(m.group().toUpperCase(Locale.ROOT));
      }
    }
    return out.isEmpty() ? null : String.join("; ", out);
  }

  private static List<String> terms(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      for (String part : v.split(";")) {
        String p = Text.clean(part);
        if (p != null) {
          out.add(p);
        }
      }
    }
    return List.copyOf(out);
  }
}
