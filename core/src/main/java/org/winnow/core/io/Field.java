package org.winnow.core.io;

/**
 * The normalised fields an importer can fill on a {@link RecordDraft}. Importers map their own tags
 * to these; {@link RecordNormaliser} turns the values into a {@link
 * org.winnow.core.model.Bibliographic}.
 */
public enum Field {
  /** Publication type as the file names it. */
  TYPE,
  TITLE,
  ABSTRACT,
  /**
   * One author per value, in any common shape ("Zhai, Q. J.", "Zhai QJ", "Q. J. Zhai"). A value
   * wholly in one pair of braces is an organisation, taken as it is ("{GBD Collaborators, Writing
   * Group}"), as in BibTeX.
   */
  AUTHOR,
  /** A whole author list in one string, separated by ";", " and ", or run together (ASySD). */
  AUTHOR_LIST,
  YEAR,
  /** Any date string; the year is taken from it when no YEAR is given. */
  DATE,
  /** Full journal or book/proceedings title. */
  JOURNAL,
  JOURNAL_ABBREV,
  VOLUME,
  ISSUE,
  /** A page range in any shape ("149-55", "149–155", "e1234"). */
  PAGES,
  START_PAGE,
  END_PAGE,
  /** A DOI in any shape (URL, "doi:" prefix, "[doi]" suffix). */
  DOI,
  PMID,
  PMCID,
  ISSN,
  ISBN,
  /** One keyword per value; a value holding several separated by ";" is split. */
  KEYWORD,
  /** One subject heading (MeSH, Emtree, CINAHL headings) per value. */
  MESH,
  LANGUAGE,
  URL,
  PUBLISHER
}
