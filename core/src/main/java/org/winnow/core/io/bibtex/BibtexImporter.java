package org.winnow.core.io.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.normalise.Text;

/**
 * BibTeX and BibLaTeX files (Zotero, JabRef, Mendeley, Google Scholar, ASySD exports). The citation
 * key becomes the record's ID. Titles and author lists keep their braces and LaTeX for the
 * normaliser; in other fields braces are BibTeX syntax, not content, and are removed here.
 */
public final class BibtexImporter implements CitationImporter {
  private static final Pattern ENTRY_LINE = Pattern.compile("(?m)^[ \\t]*@([A-Za-z]+)\\s*[{(]");

  /** Entry types of BibTeX, BibLaTeX and the exporters that detection is sure about. */
  private static final Set<String> KNOWN_TYPES =
      Set.of(
          "article",
          "book",
          "booklet",
          "inbook",
          "incollection",
          "inproceedings",
          "conference",
          "manual",
          "mastersthesis",
          "misc",
          "phdthesis",
          "proceedings",
          "techreport",
          "unpublished",
          "online",
          "electronic",
          "report",
          "thesis",
          "collection",
          "patent",
          "dataset",
          "software",
          "set",
          "string",
          "comment",
          "preamble");

  /** Types whose "number" is a report or patent number, not a journal issue. */
  private static final Set<String> NUMBER_IS_NOT_ISSUE =
      Set.of("techreport", "report", "patent", "manual", "standard");

  @Override
  public String id() {
    return "bibtex";
  }

  @Override
  public String label() {
    return "BibTeX / BibLaTeX (Zotero, JabRef, Mendeley, Google Scholar)";
  }

  @Override
  public List<String> extensions() {
    return List.of("bib", "bibtex");
  }

  @Override
  public int detect(String sample) {
    Matcher m = ENTRY_LINE.matcher(sample);
    boolean any = false;
    while (m.find()) {
      if (KNOWN_TYPES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        return 90;
      }
      any = true;
    }
    return any ? 50 : 0;
  }

  @Override
  public List<RecordDraft> read(ImportText input) throws ImportException {
    List<RecordDraft> out = new ArrayList<>();
    for (BibtexEntry entry : BibtexReader.read(input)) {
      out.add(draft(entry));
    }
    return out;
  }

  private static RecordDraft draft(BibtexEntry entry) {
    RecordDraft d = new RecordDraft(entry.line()).fileRecordId(entry.key());
    d.add(Field.TYPE, entry.type());
    Map<String, String> first = new LinkedHashMap<>();
    for (BibtexEntry.Field f : entry.fields()) {
      d.raw(f.name(), f.written());
      first.putIfAbsent(f.name().toLowerCase(Locale.ROOT), f.value());
      map(d, entry.type(), f.name().toLowerCase(Locale.ROOT), f.value());
    }
    mapJournal(d, first);
    mapPublisher(d, first);
    if ("pubmed".equalsIgnoreCase(plain(first.get("eprinttype")))) {
      d.add(Field.PMID, plain(first.get("eprint")));
    }
    return d;
  }

  private static void map(RecordDraft d, String type, String name, String value) {
    switch (name) {
      case "title" -> d.add(Field.TITLE, value);
      case "author" -> d.add(Field.AUTHOR_LIST, value);
      case "year" -> d.add(Field.YEAR, plain(value));
      case "date" -> d.add(Field.DATE, plain(value));
      case "shortjournal" -> d.add(Field.JOURNAL_ABBREV, plain(value));
      case "volume" -> d.add(Field.VOLUME, plain(value));
      case "issue" -> d.add(Field.ISSUE, plain(value));
      case "number" -> {
        if (!NUMBER_IS_NOT_ISSUE.contains(type)) {
          d.add(Field.ISSUE, plain(value));
        }
      }
      case "pages" -> d.add(Field.PAGES, plain(value));
      case "doi" -> d.add(Field.DOI, plain(value));
      case "pmid" -> d.add(Field.PMID, plain(value));
      case "pmcid" -> d.add(Field.PMCID, plain(value));
      case "issn" -> d.add(Field.ISSN, plain(value));
      case "isbn" -> d.add(Field.ISBN, plain(value));
      case "keywords", "keyword" -> keywords(value).forEach(k -> d.add(Field.KEYWORD, plain(k)));
      case "mesh" -> d.add(Field.MESH, plain(value));
      case "abstract" -> d.add(Field.ABSTRACT, plain(value));
      case "language", "langid" -> d.add(Field.LANGUAGE, plain(value));
      case "url" -> d.add(Field.URL, plain(value));
      default -> {
        // kept as raw field only
      }
    }
  }

  /**
   * "journal" (BibTeX) or "journaltitle" (BibLaTeX); MathSciNet writes the abbreviation in
   * "journal" and the full name in "fjournal"; proceedings and books carry "booktitle".
   */
  private static void mapJournal(RecordDraft d, Map<String, String> first) {
    String journal =
        first.containsKey("journal") ? first.get("journal") : first.get("journaltitle");
    String full = first.get("fjournal");
    if (full != null) {
      d.add(Field.JOURNAL, plain(full));
      d.add(Field.JOURNAL_ABBREV, plain(journal));
    } else if (journal != null) {
      d.add(Field.JOURNAL, plain(journal));
    } else if (first.containsKey("booktitle")) {
      d.add(Field.JOURNAL, plain(first.get("booktitle")));
    }
  }

  /** Theses name the school and reports the institution where other types name a publisher. */
  private static void mapPublisher(RecordDraft d, Map<String, String> first) {
    for (String name : List.of("publisher", "school", "institution", "organization")) {
      String value = plain(first.get(name));
      if (value != null && !value.isBlank()) {
        d.add(Field.PUBLISHER, value);
        return;
      }
    }
  }

  /**
   * Zotero and JabRef separate keywords by ","; when a ";" is present it is the separator. Braces
   * protect a separator: "{Ear, Middle}, Dogs" is two keywords.
   */
  private static List<String> keywords(String value) {
    char separator = value.indexOf(';') >= 0 ? ';' : ',';
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : separator;
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == separator && (depth == 0 || i == value.length())) {
        String k = value.substring(start, i).strip();
        if (!k.isEmpty()) {
          out.add(k);
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** The value without BibTeX braces, LaTeX commands converted. */
  private static String plain(String value) {
    return Text.stripBraces(value);
  }
}
