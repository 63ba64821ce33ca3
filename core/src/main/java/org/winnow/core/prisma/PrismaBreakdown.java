package org.winnow.core.prisma;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A field shown as labelled lines: records per database or register, reports excluded per reason.
 * The order is the order given (the diagram and the exports keep it).
 */
public record PrismaBreakdown(List<PrismaTally> tallies, Provenance provenance) {
  public PrismaBreakdown {
    tallies = List.copyOf(tallies);
    Objects.requireNonNull(provenance, "provenance");
    Set<String> seen = new HashSet<>();
    for (PrismaTally t : tallies) {
      // One line per label: two lines "Wrong population" would make the diagram ambiguous.
      if (!seen.add(t.label().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("'" + t.label() + "' is listed twice");
      }
    }
  }

  public static PrismaBreakdown derived(List<PrismaTally> tallies) {
    return new PrismaBreakdown(tallies, Provenance.DERIVED);
  }

  public static PrismaBreakdown manual(List<PrismaTally> tallies) {
    return new PrismaBreakdown(tallies, Provenance.MANUAL);
  }

  /** The sum over all lines. */
  public long total() {
    return tallies.stream().mapToLong(PrismaTally::n).sum();
  }

  public boolean isEmpty() {
    return tallies.isEmpty();
  }
}
