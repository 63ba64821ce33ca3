package org.winnow.core.model;

import java.util.List;

/**
 * The normalised bibliographic fields of a record: what deduplication, screening, the index and the
 * exporters read. Empty strings are never stored: an unknown field is {@code null} (or an empty
 * list).
 *
 * @param type publication type as the file named it (RIS TY, MEDLINE PT, BibTeX entry type)
 * @param pages normalised page range with an en dash ("149–155"), or a single page/article number
 */
public record Bibliographic(
    String type,
    String title,
    String abstractText,
    List<Author> authors,
    Integer year,
    String journal,
    String journalAbbrev,
    String volume,
    String issue,
    String pages,
    String doi,
    String pmid,
    String pmcid,
    String issn,
    String isbn,
    List<String> keywords,
    List<String> mesh,
    String language,
    String url,
    String publisher) {

  public Bibliographic {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    mesh = List.copyOf(mesh);
  }

  /** First page of {@link #pages()}, or null. */
  public String startPage() {
    if (pages == null) {
      return null;
    }
    int dash = pages.indexOf('–');
    return dash < 0 ? pages : pages.substring(0, dash);
  }

  /** Last page of {@link #pages()}, or null when the range has one page. */
  public String endPage() {
    if (pages == null) {
      return null;
    }
    int dash = pages.indexOf('–');
    return dash < 0 ? null : pages.substring(dash + 1);
  }
}
