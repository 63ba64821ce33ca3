package org.winnow.core.dedup;

import java.util.Locale;

/**
 * What deduplication does with an erratum (a correction notice) whose title names an article in the
 * project: links the two (the default; both stay separate works for screening) or merges the
 * erratum's record into the article's citation. Comments, replies and retractions are never merged.
 */
public enum ErrataHandling {
  LINK,
  MERGE;

  /** The project setting that holds it. */
  public static final String SETTING = "dedup.errata";

  /** The setting's value: "link" or "merge". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "link" or "merge"; an unset (null or blank) setting is the default, link. */
  public static ErrataHandling parse(String s) {
    if (s == null || s.isBlank()) {
      return LINK;
    }
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "link" -> LINK;
      case "merge" -> MERGE;
      default -> throw new IllegalArgumentException("'" + s + "' is not link or merge");
    };
  }
}
