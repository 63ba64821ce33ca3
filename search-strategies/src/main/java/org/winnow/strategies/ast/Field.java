package org.winnow.strategies.ast;

/**
 * What a field tag searches, in words every database shares. Each dialect maps its own codes to
 * sets of these (Ovid {@code .tw.} = title and abstract); a code that covers a different set in the
 * target dialect is a reported approximation.
 */
public enum Field {
  TITLE("title"),
  ABSTRACT("abstract"),
  ORIGINAL_TITLE("original-language title"),
  AUTHOR_KEYWORDS("author keywords"),
  KEYWORDS_PLUS("Keywords Plus (Web of Science)"),
  SUBJECT_HEADING_WORD("words of subject headings"),
  FLOATING_SUBHEADING("subheadings (qualifiers) of any heading"),
  SUBSTANCE("substance names and registry numbers"),
  PHARMACOLOGICAL_ACTION("pharmacological action"),
  PUBLICATION_TYPE("publication type"),
  LANGUAGE("language"),
  AUTHOR("author"),
  JOURNAL("journal or source title"),
  AFFILIATION("affiliation"),
  COUNTRY("country"),
  PUBLICATION_DATE("publication date"),
  ENTRY_DATE("entry date"),
  CREATE_DATE("create date"),
  COMPLETION_DATE("completion date"),
  MESH_DATE("date MeSH headings were added"),
  DOI("DOI"),
  ACCESSION_NUMBER("accession number (PMID)"),
  SUBSET("database subset"),
  CITATION_TOPIC("citation topic (Web of Science)"),
  ALL_FIELDS("all fields");

  private final String label;

  Field(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Date fields take date ranges ({@link DateRange}). */
  public boolean isDate() {
    return this == PUBLICATION_DATE
        || this == ENTRY_DATE
        || this == CREATE_DATE
        || this == COMPLETION_DATE
        || this == MESH_DATE;
  }
}
