package org.winnow.core.io.csv;

import org.winnow.core.io.Field;

/**
 * What one CSV column feeds: the record's own ID, a normalised {@link Field}, or a derived value.
 */
enum ColumnTarget {
  /** The ID the exporting tool gave the record; becomes {@code fileRecordId}. */
  RECORD_ID(null, false),
  TYPE(Field.TYPE, false),
  TITLE(Field.TITLE, false),
  ABSTRACT(Field.ABSTRACT, false),
  /** A whole author list in one cell ("Smith, J.; Jones, K.", "Smith J.Jones K.", "A|B"). */
  AUTHORS(Field.AUTHOR_LIST, false),
  YEAR(Field.YEAR, false),
  DATE(Field.DATE, false),
  JOURNAL(Field.JOURNAL, false),
  JOURNAL_ABBREV(Field.JOURNAL_ABBREV, false),
  VOLUME(Field.VOLUME, false),
  ISSUE(Field.ISSUE, false),
  PAGES(Field.PAGES, false),
  START_PAGE(Field.START_PAGE, false),
  END_PAGE(Field.END_PAGE, false),
  /**
   * Number of pages (CINAHL "Page Count"): gives the end page when a row has a first page and no
   * last page.
   */
  PAGE_COUNT(null, false),
  /** Article number (Scopus "Art. No."): used as the pages only when a row has no page. */
  ARTICLE_NUMBER(Field.PAGES, false),
  DOI(Field.DOI, false),
  PMID(Field.PMID, false),
  PMCID(Field.PMCID, false),
  ISSN(Field.ISSN, true),
  ISBN(Field.ISBN, true),
  KEYWORDS(Field.KEYWORD, true),
  SUBJECT_HEADINGS(Field.MESH, true),
  LANGUAGE(Field.LANGUAGE, false),
  URL(Field.URL, false),
  PUBLISHER(Field.PUBLISHER, false),
  /**
   * PubMed's "Citation" column ("Eur J Med Genet. 2020 Feb;63(2):103640. doi: ..."): gives volume,
   * issue and pages, which PubMed's CSV has no columns for.
   */
  CITATION(null, false);

  private final Field field;
  private final boolean everyColumn;

  ColumnTarget(Field field, boolean everyColumn) {
    this.field = field;
    this.everyColumn = everyColumn;
  }

  /** The normalised field this target fills, or null when it is handled specially. */
  Field field() {
    return field;
  }

  /**
   * True when every matching column contributes (Scopus "Author Keywords" and "Index Keywords");
   * false when only the first matching header in the table's order is used, so that e.g. Zotero's
   * "Issue" wins over its "Number" column.
   */
  boolean everyColumn() {
    return everyColumn;
  }
}
