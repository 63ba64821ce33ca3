package org.winnow.core.prisma;

import java.util.Objects;

/** One labelled line of a breakdown: a database and its records, or a reason and its reports. */
public record PrismaTally(String label, long n) {
  public PrismaTally {
    Objects.requireNonNull(label, "label");
    label = label.strip();
    if (label.isEmpty()) {
      throw new IllegalArgumentException("a breakdown line needs a label");
    }
    if (n < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + label + " " + n);
    }
  }
}
