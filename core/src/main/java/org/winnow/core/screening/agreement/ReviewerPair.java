package org.winnow.core.screening.agreement;

import java.util.List;

/**
 * The items two reviewers both rated and their values on each, position by position.
 *
 * @param reviewerA the reviewer whose values are the kappa table's rows (first by name)
 * @param reviewerB the reviewer whose values are the columns
 * @param items the shared items, in item order
 * @param ratingsA reviewer A's value for each item in {@code items}
 * @param ratingsB reviewer B's value for each item in {@code items}
 */
public record ReviewerPair(
    String reviewerA,
    String reviewerB,
    List<String> items,
    List<String> ratingsA,
    List<String> ratingsB) {

  public ReviewerPair {
    items = List.copyOf(items);
    ratingsA = List.copyOf(ratingsA);
    ratingsB = List.copyOf(ratingsB);
    if (ratingsA.size() != items.size() || ratingsB.size() != items.size()) {
      throw new IllegalArgumentException("one value per shared item and reviewer is required");
    }
  }

  /** Cohen's kappa for this pair over the given categories (rows: reviewer A). */
  public KappaResult kappa(List<String> categories) {
    return CohenKappa.of(categories, ratingsA, ratingsB);
  }
}
