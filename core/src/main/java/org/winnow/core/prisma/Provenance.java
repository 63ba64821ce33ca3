package org.winnow.core.prisma;

import java.util.Locale;

/** Where a PRISMA value came from: counted from the stored data, or typed in by a reviewer. */
public enum Provenance {
  /** Counted from imports, deduplication and decisions; the items behind it can be listed. */
  DERIVED,
  /** Entered by hand because the data cannot know it (e.g. the previous version of the review). */
  MANUAL;

  /** The stable name in JSON ("derived", "manual"). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Provenance parse(String key) {
    for (Provenance p : values()) {
      if (p.key().equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown provenance '" + key + "' (derived or manual)");
  }
}
