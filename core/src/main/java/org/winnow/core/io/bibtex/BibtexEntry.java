package org.winnow.core.io.bibtex;

import java.util.List;

/**
 * One {@code @type{key, ...}} entry as read from a BibTeX file, macros expanded.
 *
 * @param type entry type in lower case ("article")
 * @param key citation key, empty when the file gave none ({@code @article{,})
 * @param line 1-based line of the {@code @}
 * @param fields fields in file order, duplicates kept
 */
public record BibtexEntry(String type, String key, int line, List<Field> fields) {

  public BibtexEntry {
    fields = List.copyOf(fields);
  }

  /**
   * One {@code name = value} pair.
   *
   * @param name field name as written ("Author", "journaltitle")
   * @param written the value as written without its outer delimiters ({@code {A {DNA} study}} gives
   *     {@code A {DNA} study}; {@code jan # " 2001"} stays as it is)
   * @param value the value with {@code @string} macros expanded and {@code #} parts joined; inner
   *     braces and LaTeX commands kept
   */
  public record Field(String name, String written, String value) {}
}
