package org.winnow.core.screening.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reshapes decisions, given as (item, reviewer, value) rows, into what the statistics need: for
 * every pair of reviewers the paired values on the items both rated (Cohen's kappa), and one unit
 * per item (Krippendorff's alpha). Reviewers and items are in natural order of their names, so the
 * same decisions always give the same pairs, tables and bootstrap draws.
 */
public final class AgreementInput {

  private final List<String> categories;
  private final SortedMap<String, SortedMap<String, String>> valuesByItem;
  private final List<String> reviewers;

  private AgreementInput(
      List<String> categories, SortedMap<String, SortedMap<String, String>> valuesByItem) {
    this.categories = List.copyOf(categories);
    this.valuesByItem = valuesByItem;
    TreeSet<String> names = new TreeSet<>();
    valuesByItem.values().forEach(values -> names.addAll(values.keySet()));
    this.reviewers = List.copyOf(names);
  }

  /** Categories are the distinct values, in natural order. */
  public static AgreementInput of(Collection<Rating> ratings) {
    TreeSet<String> values = new TreeSet<>();
    ratings.forEach(rating -> values.add(rating.value()));
    return of(ratings, List.copyOf(values));
  }

  /**
   * Categories fixed by the caller, e.g. the stage's list, so that kappa tables and PABAK's k do
   * not depend on which values happened to be used.
   *
   * @throws IllegalArgumentException if a reviewer rated an item twice (pass each reviewer's
   *     current decision only) or a value is not one of the categories
   */
  public static AgreementInput of(Collection<Rating> ratings, List<String> categories) {
    SortedMap<String, SortedMap<String, String>> valuesByItem = new TreeMap<>();
    for (Rating rating : ratings) {
      if (!categories.contains(rating.value())) {
        throw new IllegalArgumentException(
            "item %s: value '%s' of reviewer %s is not one of the categories %s"
                .formatted(rating.item(), rating.value(), rating.reviewer(), categories));
      }
      String earlier =
          valuesByItem
              .computeIfAbsent(rating.item(), item -> new TreeMap<>())
              .putIfAbsent(rating.reviewer(), rating.value());
      if (earlier != null) {
        throw new IllegalArgumentException(
            "item %s was rated twice by reviewer %s ('%s' and '%s'); pass the current decision only"
                .formatted(rating.item(), rating.reviewer(), earlier, rating.value()));
      }
    }
    return new AgreementInput(categories, valuesByItem);
  }

  public List<String> categories() {
    return categories;
  }

  /** Every reviewer who rated anything, by name. */
  public List<String> reviewers() {
    return reviewers;
  }

  /**
   * Every pair of reviewers (A before B by name, pairs in name order), including pairs that share
   * no item: their kappa is reported as {@link AgreementStatus#NO_DATA}.
   */
  public List<ReviewerPair> pairs() {
    List<ReviewerPair> pairs = new ArrayList<>();
    for (int a = 0; a < reviewers.size(); a++) {
      for (int b = a + 1; b < reviewers.size(); b++) {
        pairs.add(pair(reviewers.get(a), reviewers.get(b)));
      }
    }
    return pairs;
  }

  private ReviewerPair pair(String reviewerA, String reviewerB) {
    List<String> items = new ArrayList<>();
    List<String> ratingsA = new ArrayList<>();
    List<String> ratingsB = new ArrayList<>();
    valuesByItem.forEach(
        (item, values) -> {
          if (values.containsKey(reviewerA) && values.containsKey(reviewerB)) {
            items.add(item);
            ratingsA.add(values.get(reviewerA));
            ratingsB.add(values.get(reviewerB));
          }
        });
    return new ReviewerPair(reviewerA, reviewerB, items, ratingsA, ratingsB);
  }

  /** Cohen's kappa for every pair of {@link #pairs()}, over {@link #categories()}. */
  public List<KappaResult> kappas() {
    return pairs().stream().map(pair -> pair.kappa(categories)).toList();
  }

  /**
   * One unit per item (reviewer to value), in item order, including items only one reviewer rated
   * (alpha leaves those out).
   */
  public List<Map<String, String>> units() {
    return valuesByItem.values().stream()
        .<Map<String, String>>map(values -> Collections.unmodifiableMap(new TreeMap<>(values)))
        .toList();
  }

  /** Krippendorff's alpha over {@link #units()}. */
  public AlphaResult alpha(int bootstrapSamples, long seed) {
    return KrippendorffAlpha.nominal(units(), bootstrapSamples, seed);
  }
}
