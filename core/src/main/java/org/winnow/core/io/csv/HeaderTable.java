package org.winnow.core.io.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one table of column headers Winnow recognises in CSV/TSV exports, per target, in priority
 * order: when a file has several headers for a single-valued target, the one listed first wins.
 * Headers compare ignoring case, spaces and punctuation ("Covidence #" = "covidence", "Author(s)" =
 * "Authors", "record_id" = "Record ID").
 *
 * <p>Covered exports: Covidence, Rayyan, ASReview (and the bib-dedupe/ASySD benchmark sets),
 * Scopus, Embase, PubMed, CINAHL (EBSCO), Cochrane CENTRAL, OpenAlex, Lens.org, Zotero, Google
 * Scholar (Publish or Perish), abstrackr, RefWorks (tab-separated), EndNote/EPPI-style exports and
 * Excel re-saves of these.
 *
 * <p>Also the Web of Science tab-delimited export, whose headers are its two-letter tags.
 *
 * <p>Record ID priority (the first header present in the file is used for every row): WoS {@code
 * UT}, {@code ID}, {@code record_id}, {@code key} (Rayyan, Zotero, BibTeX-derived), {@code
 * Covidence #}, abstrackr {@code (internal) id}, RefWorks {@code Reference Id}, {@code CustomId},
 * {@code Lens ID}, Cochrane {@code CENTRAL ID}, Scopus {@code EID}, Embase {@code PUI}, WoS {@code
 * UT}, {@code Accession Number}, and last {@code PMID}/{@code PubMed ID} (PubMed's own CSV).
 */
final class HeaderTable {
  private static final Map<ColumnTarget, List<String>> HEADERS = new EnumMap<>(ColumnTarget.class);

  static {
    headers(
        ColumnTarget.RECORD_ID,
        // Web of Science tab-delimited exports have both "UT" (the record ID) and "ID" (Keywords
        // Plus), so UT comes first; no other export has a "UT" column.
        "UT",
        "ID",
        "record_id",
        "recordid",
        "key",
        "Covidence #",
        "(internal) id",
        "Reference Id",
        "CustomId",
        "Lens ID",
        "CENTRAL ID",
        "EID",
        "PUI",
        "Accession Number",
        "PMID",
        "PubMed ID");
    headers(
        ColumnTarget.TYPE,
        "Item Type",
        "Document Type",
        "Publication Type",
        "Reference Type",
        "ReferenceType",
        "ENTRYTYPE",
        "Doctype",
        "type",
        "DT",
        "PT");
    headers(
        ColumnTarget.TITLE,
        "title",
        "Article Title",
        "Document Title",
        "primary_title",
        "Title Primary",
        "display_name",
        "TI");
    headers(ColumnTarget.ABSTRACT, "abstract", "Abstract Note", "notes_abstract", "AB");
    headers(
        ColumnTarget.AUTHORS,
        "Author full names",
        "authors",
        "author",
        "Author Names",
        "Author/s",
        "Authors, Primary",
        "Author(s)",
        "first_authors",
        "authorships.author.display_name",
        "authorships.raw_author_name",
        "AF",
        "AU",
        "CA");
    headers(
        ColumnTarget.YEAR,
        "year",
        "Publication Year",
        "Published Year",
        "publication_year",
        "Pub Year",
        "PY");
    headers(
        ColumnTarget.DATE,
        "date",
        "Publication Date",
        "Date Published",
        "Date of Publication",
        "publication_date",
        "Pub Date Free From",
        "PD");
    headers(
        ColumnTarget.JOURNAL,
        "journal",
        "Source title",
        "Publication Title",
        "Journal Title",
        "Journal/Book",
        "Journal Name",
        "Publication",
        "PublicationName",
        "Periodical Full",
        "Secondary Title",
        "primary_location.source.display_name",
        "SO",
        // Cochrane CENTRAL names the journal "Source"; Scopus and Embase also have a "Source"
        // column (the database, a citation string) but list "Source title" first.
        "Source");
    headers(
        ColumnTarget.JOURNAL_ABBREV,
        "Journal Abbreviation",
        "Abbreviated Source Title",
        "Periodical Abbrev",
        "Journal Abbrev",
        "ISO Abbreviation",
        "JI",
        "J9");
    headers(ColumnTarget.VOLUME, "volume", "biblio.volume", "VL");
    headers(ColumnTarget.ISSUE, "issue", "number", "Issue Number", "biblio.issue", "IS");
    headers(ColumnTarget.PAGES, "pages", "Page Range", "Pagination", "page");
    headers(
        ColumnTarget.START_PAGE,
        "Start Page",
        "Page start",
        "First Page",
        "Beginning Page",
        "biblio.first_page",
        "BP");
    headers(
        ColumnTarget.END_PAGE,
        "End Page",
        "Page end",
        "Last Page",
        "Other Pages",
        "biblio.last_page",
        "EP");
    headers(ColumnTarget.PAGE_COUNT, "Page Count", "Number of Pages");
    headers(ColumnTarget.ARTICLE_NUMBER, "Art. No.", "Article Number", "Article No", "AR");
    headers(ColumnTarget.DOI, "doi", "ids.doi", "DI");
    headers(ColumnTarget.PMID, "PMID", "PubMed ID", "pubmed_id", "Medline PMID", "ids.pmid", "PM");
    headers(ColumnTarget.PMCID, "PMCID", "pmc_id", "ids.pmcid");
    headers(
        ColumnTarget.ISSN,
        "ISSN",
        "ISSNs",
        "EISSN",
        "E-ISSN",
        "ISSN/ISBN",
        "primary_location.source.issn",
        "SN",
        "EI");
    headers(ColumnTarget.ISBN, "ISBN", "ISBNs", "EISBN", "BN");
    headers(
        ColumnTarget.KEYWORDS,
        "keywords",
        "Author Keywords",
        "Index Keywords",
        "Manual Tags",
        "Automatic Tags",
        "keywords.display_name",
        // WoS "ID" (Keywords Plus) is left out: "ID" is the record ID column of most other CSVs.
        "DE");
    headers(
        ColumnTarget.SUBJECT_HEADINGS,
        "MeSH Terms",
        "mesh",
        "MeSH Headings",
        "Subjects",
        "Emtree Medical Index Terms (Major Focus)",
        "Emtree Medical Index Terms",
        "Emtree Drug Index Terms");
    headers(
        ColumnTarget.LANGUAGE,
        "language",
        "Article Language",
        "Language of Original Document",
        "LA");
    headers(
        ColumnTarget.URL,
        "url",
        "Link",
        "Links",
        "Full Text Link",
        "External URL",
        "PLink",
        "Source URLs",
        "Embase Link",
        "primary_location.landing_page_url");
    headers(
        ColumnTarget.PUBLISHER,
        "publisher",
        "Book Publisher",
        "primary_location.source.host_organization_name",
        "PU");
    headers(ColumnTarget.CITATION, "Citation");
  }

  /** Every recognised header key, for format detection. */
  private static final Set<String> KNOWN = new HashSet<>();

  static {
    HEADERS.values().forEach(list -> list.forEach(h -> KNOWN.add(key(h))));
  }

  private HeaderTable() {}

  private static void headers(ColumnTarget target, String... names) {
    HEADERS.put(target, List.of(names));
  }

  /** Lower case, letters and digits only: "Covidence #" → "covidence". */
  static String key(String header) {
    StringBuilder out = new StringBuilder();
    header
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  static boolean isKnown(String header) {
    String k = key(header);
    return !k.isEmpty() && KNOWN.contains(k);
  }

  /** The recognised headers of the title target, for error messages. */
  static List<String> titleHeaders() {
    return HEADERS.get(ColumnTarget.TITLE);
  }

  /** Which columns of a file with these headers feed which targets. */
  static ColumnPlan plan(List<String> fileHeaders) {
    Map<String, List<Integer>> columnsByKey = new LinkedHashMap<>();
    for (int i = 0; i < fileHeaders.size(); i++) {
      String k = key(fileHeaders.get(i));
      if (!k.isEmpty()) {
        columnsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    Map<ColumnTarget, List<Integer>> plan = new EnumMap<>(ColumnTarget.class);
    for (Map.Entry<ColumnTarget, List<String>> e : HEADERS.entrySet()) {
      List<Integer> columns = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String header : e.getValue()) {
        String k = key(header);
        if (!seen.add(k)) {
          continue;
        }
        List<Integer> found = columnsByKey.get(k);
        if (found != null) {
          columns.add(found.get(0)); // a repeated header (abstrackr "labeled_at") counts once
          if (!e.getKey().everyColumn()) {
            break;
          }
        }
      }
      if (!columns.isEmpty()) {
        plan.put(e.getKey(), List.copyOf(columns));
      }
    }
    return new ColumnPlan(Collections.unmodifiableMap(plan));
  }

  /** The columns chosen for each target in one file. */
  record ColumnPlan(Map<ColumnTarget, List<Integer>> columns) {
    List<Integer> columns(ColumnTarget target) {
      return columns.getOrDefault(target, List.of());
    }

    boolean has(ColumnTarget target) {
      return columns.containsKey(target);
    }

    /** Index of the last column that feeds any target; -1 when none. */
    int lastMappedColumn() {
      return columns.values().stream()
          .flatMap(List::stream)
          .mapToInt(Integer::intValue)
          .max()
          .orElse(-1);
    }
  }
}
