package org.winnow.core.io.ovid;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Ovid fields Winnow maps, with their two-letter tags (Medlars layout) and their labels
 * (display layout). Tags differ a little between Ovid databases (Journals@Ovid writes the DOI as
 * DI, PsycINFO and MEDLINE as DO); every other field is kept raw only.
 */
enum OvidField {
  DATABASE(Set.of("DB"), Set.of("database")),
  ACCESSION(Set.of("AN"), Set.of("accession number")),
  UNIQUE_ID(Set.of("UI"), Set.of("unique identifier")),
  PMID(Set.of("PM"), Set.of("pubmed identifier", "pubmed id", "pmid")),
  AUTHOR(Set.of("AU"), Set.of("author", "authors")),
  AUTHOR_FULL(Set.of("FA"), Set.of("authors full name")),
  TITLE(Set.of("TI"), Set.of("title")),
  CHAPTER_TITLE(Set.of(), Set.of("chapter title")),
  SOURCE(Set.of("SO"), Set.of("source")),
  JOURNAL(Set.of("JN"), Set.of("journal name")),
  JOURNAL_ABBREV(Set.of("JA"), Set.of("journal abbreviation")),
  VOLUME(Set.of("VO", "VI"), Set.of("volume")),
  ISSUE(Set.of("IP"), Set.of("issue", "issue/part", "issue part")),
  PAGES(Set.of("PG"), Set.of("pages", "page", "pagination")),
  YEAR(Set.of("YR"), Set.of("year of publication", "publication year")),
  DATE(Set.of("DP"), Set.of("date of publication", "publication date")),
  ABSTRACT(Set.of("AB"), Set.of("abstract")),
  KEYWORDS(Set.of("KW"), Set.of("author keywords", "keywords", "keyword heading")),
  /** PsycINFO "ID" and IPSA "DE" separate their terms by commas. */
  KEYWORDS_COMMA(Set.of("ID", "DE"), Set.of("key concepts", "descriptors")),
  MESH(Set.of("MH"), Set.of("mesh subject headings", "subject headings")),
  LANGUAGE(Set.of("LG"), Set.of("language")),
  PUBLICATION_TYPE(Set.of("PT"), Set.of("publication type")),
  DOCUMENT_TYPE(Set.of("DT"), Set.of("document type")),
  ISSN(Set.of("IS"), Set.of("issn", "international standard serial number")),
  ISBN(Set.of("IB"), Set.of("isbn", "international standard book number")),
  DOI(
      Set.of("DI", "DO"),
      Set.of("doi number", "digital object identifier", "digital object identifier (doi)", "doi")),
  PUBLISHER(Set.of("PU", "PB"), Set.of("publisher")),
  URL(Set.of("XL", "UR"), Set.of("link to the ovid full text or citation", "url"));

  /** Labels of the display layout that Winnow keeps raw only; used to recognise the layout. */
  private static final Set<String> OTHER_LABELS =
      Set.of(
          "score",
          "institution",
          "status",
          "author e-mail",
          "journal subset",
          "nlm journal code",
          "references",
          "version id",
          "entry date",
          "update date",
          "country of publication",
          "publication status");

  private static final Map<String, OvidField> BY_TAG = new HashMap<>();
  private static final Map<String, OvidField> BY_LABEL = new HashMap<>();

  static {
    for (OvidField f : values()) {
      f.tags.forEach(t -> BY_TAG.put(t, f));
      f.labels.forEach(l -> BY_LABEL.put(l, f));
    }
  }

  private final Set<String> tags;
  private final Set<String> labels;

  OvidField(Set<String> tags, Set<String> labels) {
    this.tags = tags;
    this.labels = labels;
  }

  static OvidField ofTag(String tag) {
    return BY_TAG.get(tag);
  }

  static OvidField ofLabel(String label) {
    return BY_LABEL.get(label.strip().toLowerCase(Locale.ROOT));
  }

  static boolean isKnownOtherLabel(String label) {
    return OTHER_LABELS.contains(label.strip().toLowerCase(Locale.ROOT));
  }
}
