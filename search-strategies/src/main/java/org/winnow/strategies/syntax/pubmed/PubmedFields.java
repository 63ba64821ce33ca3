package org.winnow.strategies.syntax.pubmed;

import static org.winnow.strategies.ast.Field.*;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.syntax.FieldCatalog;

/** PubMed's field tags, short and long forms ({@code [tiab]}, {@code [Title/Abstract]}). */
public final class PubmedFields {
  /**
   * {@code [tw]}: title, abstract, MeSH terms and subheadings, publication type, substances, other
   * terms.
   */
  public static final FieldCatalog CATALOG =
      new FieldCatalog()
          .add("tiab", TITLE, ABSTRACT)
          .alias("title/abstract", TITLE, ABSTRACT)
          .add("ti", TITLE)
          .alias("title", TITLE)
          .add("ab", ABSTRACT)
          .alias("abstract", ABSTRACT)
          .add(
              "tw",
              TITLE,
              ABSTRACT,
              SUBJECT_HEADING_WORD,
              FLOATING_SUBHEADING,
              PUBLICATION_TYPE,
              SUBSTANCE,
              AUTHOR_KEYWORDS)
          .alias(
              "text word",
              TITLE,
              ABSTRACT,
              SUBJECT_HEADING_WORD,
              FLOATING_SUBHEADING,
              PUBLICATION_TYPE,
              SUBSTANCE,
              AUTHOR_KEYWORDS)
          .add("all", ALL_FIELDS)
          .alias("all fields", ALL_FIELDS)
          .add("ot", AUTHOR_KEYWORDS)
          .alias("other term", AUTHOR_KEYWORDS)
          .add("sh", FLOATING_SUBHEADING)
          .alias("subheading", FLOATING_SUBHEADING)
          .alias("mesh subheading", FLOATING_SUBHEADING)
          .add("pt", PUBLICATION_TYPE)
          .alias("ptyp", PUBLICATION_TYPE)
          .alias("publication type", PUBLICATION_TYPE)
          .add("la", LANGUAGE)
          .alias("lang", LANGUAGE)
          .alias("language", LANGUAGE)
          .add("au", AUTHOR)
          .alias("author", AUTHOR)
          .add("ta", JOURNAL)
          .alias("jour", JOURNAL)
          .alias("journal", JOURNAL)
          .alias("so", JOURNAL)
          .add("ad", AFFILIATION)
          .alias("affiliation", AFFILIATION)
          .alias("affl", AFFILIATION)
          .add("pl", COUNTRY)
          .add("nm", SUBSTANCE)
          .alias("supplementary concept", SUBSTANCE)
          .alias("substance name", SUBSTANCE)
          .add("pa", PHARMACOLOGICAL_ACTION)
          .alias("pharmacological action", PHARMACOLOGICAL_ACTION)
          .add("sb", SUBSET)
          .alias("filter", SUBSET)
          .alias("subset", SUBSET)
          .add("pmid", ACCESSION_NUMBER)
          .alias("uid", ACCESSION_NUMBER)
          .add("doi", DOI)
          .alias("aid", DOI)
          .alias("lid", DOI);

  /** Date tags: a date or a {@code from:to} range. */
  private static final Map<String, Field> DATES =
      Map.ofEntries(
          Map.entry("dp", PUBLICATION_DATE),
          Map.entry("pdat", PUBLICATION_DATE),
          Map.entry("date - publication", PUBLICATION_DATE),
          Map.entry("publication date", PUBLICATION_DATE),
          Map.entry("edat", ENTRY_DATE),
          Map.entry("date - entry", ENTRY_DATE),
          Map.entry("entry date", ENTRY_DATE),
          Map.entry("crdt", CREATE_DATE),
          Map.entry("date - create", CREATE_DATE),
          Map.entry("create date", CREATE_DATE),
          Map.entry("dcom", COMPLETION_DATE),
          Map.entry("date - completion", COMPLETION_DATE),
          Map.entry("completion date", COMPLETION_DATE),
          Map.entry("mhda", MESH_DATE),
          Map.entry("date - mesh", MESH_DATE),
          Map.entry("mesh date", MESH_DATE));

  /** The tag written for each date field. */
  public static final Map<Field, String> DATE_TAGS =
      Map.of(
          PUBLICATION_DATE, "dp",
          ENTRY_DATE, "edat",
          CREATE_DATE, "crdt",
          COMPLETION_DATE, "dcom",
          MESH_DATE, "mhda");

  private PubmedFields() {}

  public static Optional<Field> dateField(String tag) {
    return Optional.ofNullable(DATES.get(normal(tag)));
  }

  static String normal(String tag) {
    return tag.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
