package org.winnow.strategies;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The database search syntaxes Winnow reads and writes, with their command-line names. */
public enum Dialect {
  OVID("ovid", "Ovid (MEDLINE, Embase, PsycInfo)"),
  PUBMED("pubmed", "PubMed"),
  EBSCO("ebsco", "EBSCOhost (CINAHL, PsycInfo)"),
  WOS("wos", "Web of Science"),
  SCOPUS("scopus", "Scopus");

  private final String id;
  private final String label;

  Dialect(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<Dialect> byId(String id) {
    String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.id.equals(key)).findFirst();
  }

  /** "ovid, pubmed, ebsco, wos, scopus", for messages. */
  public static String ids() {
    return Arrays.stream(values()).map(Dialect::id).collect(Collectors.joining(", "));
  }
}
