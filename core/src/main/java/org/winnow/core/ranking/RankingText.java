package org.winnow.core.ranking;

/**
 * The text of one item a model ranks: what a reviewer reads at title/abstract (title, abstract,
 * keywords, MeSH terms). Missing parts are empty strings.
 */
public record RankingText(
    String id, String title, String abstractText, String keywords, String mesh) {
  public RankingText {
    title = title == null ? "" : title;
    abstractText = abstractText == null ? "" : abstractText;
    keywords = keywords == null ? "" : keywords;
    mesh = mesh == null ? "" : mesh;
  }

  /** The parts a model reads, in the order they are analysed. */
  String[] parts() {
    return new String[] {title, abstractText, keywords, mesh};
  }
}
