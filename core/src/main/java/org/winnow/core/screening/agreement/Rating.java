package org.winnow.core.screening.agreement;

import java.util.Objects;

/** One reviewer's current value (e.g. "include") for one item (a citation or a report). */
public record Rating(String item, String reviewer, String value) {

  public Rating {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(value, "value");
  }
}
