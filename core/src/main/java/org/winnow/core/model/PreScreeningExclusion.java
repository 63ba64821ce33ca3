package org.winnow.core.model;

import java.time.Instant;
import java.util.Locale;

/**
 * A citation removed before screening (PRISMA 2020: records marked ineligible by automation tools,
 * or removed for other reasons), with who removed it, why and when.
 */
public record PreScreeningExclusion(
    long citationId, Kind kind, String reason, String by, Instant at) {

  /** The PRISMA box a removal counts in. */
  public enum Kind {
    /** Marked as ineligible by automation tools: PRISMA's excluded_automatic. */
    AUTOMATIC("excluded_automatic"),
    /** Removed for other reasons: PRISMA's excluded_other. */
    OTHER("excluded_other");

    private final String prismaField;

    Kind(String prismaField) {
      this.prismaField = prismaField;
    }

    public String prismaField() {
      return prismaField;
    }

    public String cliName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind parse(String s) {
      for (Kind k : values()) {
        if (k.cliName().equalsIgnoreCase(s.strip())) {
          return k;
        }
      }
      throw new IllegalArgumentException("expected automatic or other, not '" + s + "'");
    }
  }
}
