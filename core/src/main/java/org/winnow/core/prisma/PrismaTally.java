package org.winnow.core.prisma;

import java.util.Objects;

/** One labelled line of a breakdown: a database and its records, or a reason and its reports. */
public record PrismaTally(String label, long n) {
  public PrismaTally {
    Objects.requireNonNull(label, "label");
    // One line of text: a newline or tab in a reason would break the diagram and the CSV.
    label = label.strip().replaceAll("\\s+", " ");
    if (label.isEmpty()) {
      throw new IllegalArgumentException("a breakdown line needs a label");
    }
    if (n < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + label + " " + n);
    }
  }
}
