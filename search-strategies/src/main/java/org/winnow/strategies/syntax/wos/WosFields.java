package org.winnow.strategies.syntax.wos;

import static org.winnow.strategies.ast.Field.*;

import org.winnow.strategies.syntax.FieldCatalog;

/** Web of Science field tags ({@code TS=}, {@code TI=}, {@code SO=}); {@code PY=} takes years. */
public final class WosFields {
  /** Topic: title, abstract, author keywords and Keywords Plus. */
  public static final FieldCatalog CATALOG =
      new FieldCatalog()
          .add("TS", TITLE, ABSTRACT, AUTHOR_KEYWORDS, KEYWORDS_PLUS)
          .add("TI", TITLE)
          .add("AB", ABSTRACT)
          .add("AK", AUTHOR_KEYWORDS)
          .add("KP", KEYWORDS_PLUS)
          .add("SO", JOURNAL)
          .add("AU", AUTHOR)
          .add("LA", LANGUAGE)
          .add("DT", PUBLICATION_TYPE)
          .add("OG", AFFILIATION)
          .alias("AD", AFFILIATION)
          .add("CU", COUNTRY)
          .add("DO", DOI)
          .add("PMID", ACCESSION_NUMBER)
          .add("TMIC", CITATION_TOPIC)
          .add("ALL", ALL_FIELDS);

  private WosFields() {}
}
