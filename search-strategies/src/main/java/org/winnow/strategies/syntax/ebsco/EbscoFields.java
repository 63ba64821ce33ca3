package org.winnow.strategies.syntax.ebsco;

import static org.winnow.strategies.ast.Field.*;

import org.winnow.strategies.syntax.FieldCatalog;

/** EBSCOhost field codes, written before the term ({@code TI term}, {@code AB (a OR b)}). */
public final class EbscoFields {
  public static final FieldCatalog CATALOG =
      new FieldCatalog()
          .add("TI", TITLE)
          .add("AB", ABSTRACT)
          .add("KW", AUTHOR_KEYWORDS)
          .add("MW", SUBJECT_HEADING_WORD)
          .alias("SU", SUBJECT_HEADING_WORD)
          .add("PT", PUBLICATION_TYPE)
          .add("LA", LANGUAGE)
          .add("AU", AUTHOR)
          .add("SO", JOURNAL)
          .add("AF", AFFILIATION)
          .add("AN", ACCESSION_NUMBER)
          .add("TX", ALL_FIELDS);

  private EbscoFields() {}
}
