package org.winnow.core.index;

/** Field names of the citation index; the search-strategies module targets the same names. */
public final class IndexFields {
  public static final String CITATION_ID = "citation_id";
  public static final String RECORD_IDS = "record_ids";
  public static final String TITLE = "title";
  public static final String ABSTRACT = "abstract";
  public static final String AUTHORS = "authors";
  public static final String JOURNAL = "journal";
  public static final String KEYWORDS = "keywords";
  public static final String MESH = "mesh";
  public static final String YEAR = "year";
  public static final String DOI = "doi";
  public static final String PMID = "pmid";
  public static final String PUBLICATION_TYPE = "pubtype";
  public static final String LANGUAGE = "language";

  /** Fields searched when a query names none. */
  public static final String[] DEFAULT_SEARCH = {TITLE, ABSTRACT, KEYWORDS, MESH};

  private IndexFields() {}
}
