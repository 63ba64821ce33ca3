package org.winnow.core.prisma;

import java.util.Objects;

/** One number of the diagram with where it came from. */
public record PrismaCount(long n, Provenance provenance) {
  public PrismaCount {
    Objects.requireNonNull(provenance, "provenance");
    if (n < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + n);
    }
  }

  public static PrismaCount derived(long n) {
    return new PrismaCount(n, Provenance.DERIVED);
  }

  public static PrismaCount manual(long n) {
    return new PrismaCount(n, Provenance.MANUAL);
  }
}
