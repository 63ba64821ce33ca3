package org.winnow.strategies.syntax.scopus;

import static org.winnow.strategies.ast.Field.*;

import org.winnow.strategies.syntax.FieldCatalog;

/** Scopus field functions ({@code TITLE-ABS-KEY(...)}); KEY covers author and index keywords. */
public final class ScopusFields {
  public static final FieldCatalog CATALOG =
      new FieldCatalog()
          .add("TITLE-ABS-KEY", TITLE, ABSTRACT, AUTHOR_KEYWORDS, SUBJECT_HEADING_WORD)
          .add("TITLE-ABS", TITLE, ABSTRACT)
          .add("TITLE", TITLE)
          .add("ABS", ABSTRACT)
          .add("KEY", AUTHOR_KEYWORDS, SUBJECT_HEADING_WORD)
          .add("AUTHKEY", AUTHOR_KEYWORDS)
          .add("INDEXTERMS", SUBJECT_HEADING_WORD)
          .add("CHEM", SUBSTANCE)
          .add("DOCTYPE", PUBLICATION_TYPE)
          .add("LANGUAGE", LANGUAGE)
          .add("AUTH", AUTHOR)
          .alias("AUTHOR-NAME", AUTHOR)
          .add("SRCTITLE", JOURNAL)
          .add("AFFIL", AFFILIATION)
          .add("AFFILCOUNTRY", COUNTRY)
          .add("DOI", DOI)
          .add("PMID", ACCESSION_NUMBER)
          .add("ALL", ALL_FIELDS);

  private ScopusFields() {}
}
