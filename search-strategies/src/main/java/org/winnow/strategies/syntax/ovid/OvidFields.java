package org.winnow.strategies.syntax.ovid;

import static org.winnow.strategies.ast.Field.*;

import org.winnow.strategies.syntax.FieldCatalog;

/** Ovid MEDLINE's field codes ({@code .ti.}, {@code .tw.}, {@code .mp.}) and what they search. */
public final class OvidFields {
  /** {@code .mp.}: title, abstract, original title, substance, heading words, keyword headings. */
  public static final FieldCatalog CATALOG =
      new FieldCatalog()
          .add("ti", TITLE)
          .add("ab", ABSTRACT)
          .add("tw", TITLE, ABSTRACT)
          .add("ot", ORIGINAL_TITLE)
          .add("kf", AUTHOR_KEYWORDS)
          .alias("kw", AUTHOR_KEYWORDS)
          // PsycINFO's key concepts: the indexer's and author's key phrases
          .alias("id", AUTHOR_KEYWORDS)
          .add("sh", SUBJECT_HEADING_WORD)
          .alias("hw", SUBJECT_HEADING_WORD)
          .add("fs", FLOATING_SUBHEADING)
          .add("nm", SUBSTANCE)
          .alias("rn", SUBSTANCE)
          // Embase's trade names of drugs and devices
          .alias("tn", SUBSTANCE)
          .add("pt", PUBLICATION_TYPE)
          .add("lg", LANGUAGE)
          .add("au", AUTHOR)
          .alias("fa", AUTHOR)
          .add("jn", JOURNAL)
          .alias("jw", JOURNAL)
          .alias("so", JOURNAL)
          .add("in", AFFILIATION)
          .add("cp", COUNTRY)
          .add("yr", PUBLICATION_DATE)
          .alias("dp", PUBLICATION_DATE)
          .add("ed", ENTRY_DATE)
          .add("dt", CREATE_DATE)
          .add("do", DOI)
          .add("ui", ACCESSION_NUMBER)
          .add(
              "mp",
              TITLE,
              ABSTRACT,
              ORIGINAL_TITLE,
              SUBSTANCE,
              SUBJECT_HEADING_WORD,
              AUTHOR_KEYWORDS)
          .add("af", ALL_FIELDS);

  private OvidFields() {}
}
