package org.winnow.core.project;

import java.util.List;

/**
 * One PRISMA 2020 count (PRISMA2020 R package field name), the items behind it, and whether it was
 * derived from the data or entered by hand.
 *
 * @param breakdown per database, register or exclusion reason where the field has one; else empty
 * @param items the IDs behind the count: record IDs for identification fields, else the record IDs
 *     of each citation or report (one entry per item, its IDs joined by "|")
 */
public record PrismaField(
    String name, long value, List<Part> breakdown, List<String> items, boolean manual) {

  public PrismaField {
    breakdown = List.copyOf(breakdown);
    items = items instanceof ItemIdList ? items : List.copyOf(items); // already unmodifiable
  }

  /** A labelled part of a count (a database, a register, an exclusion reason). */
  public record Part(String label, long value, List<String> items) {
    public Part {
      items = List.copyOf(items);
    }
  }
}
