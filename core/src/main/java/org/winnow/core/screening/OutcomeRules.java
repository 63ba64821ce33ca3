package org.winnow.core.screening;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ExclusionReason;
import org.winnow.core.model.Resolution;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;

/**
 * How decisions become outcomes: an item advances when its required decisions agree; any
 * disagreement (include vs exclude, or at full text different exclusion reasons) is a conflict
 * until a resolution settles it. "Maybe" at title-abstract counts toward include when the policy
 * says so.
 */
public final class OutcomeRules {
  private OutcomeRules() {}

  /**
   * How many independent decisions an item needs: 1 or 2 by policy; in SAMPLE mode 2 for the items
   * a seeded draw puts in the sample (the same seed and item always give the same answer, and items
   * imported later are drawn the same way).
   */
  public static int required(ScreeningPolicy policy, long itemId) {
    return switch (policy.mode()) {
      case SINGLE -> 1;
      case DOUBLE -> 2;
      case SAMPLE -> inSample(policy, itemId) ? 2 : 1;
    };
  }

  /**
   * The pilot (calibration) items: the first {@code pilotSize} items in an order drawn with the
   * policy's seed, so the same seed gives the same pilot.
   */
  public static java.util.Set<Long> pilot(
      ScreeningPolicy policy, java.util.Collection<Long> items) {
    if (policy.pilotSize() <= 0) {
      return java.util.Set.of();
    }
    java.util.List<Long> order = new java.util.ArrayList<>(items);
    order.sort(
        java.util.Comparator.comparingLong(
            id -> new SplittableRandom(policy.seed() * 31 + id * 0xBF58476D1CE4E5B9L).nextLong()));
    return new java.util.LinkedHashSet<>(
        order.subList(0, Math.min(policy.pilotSize(), order.size())));
  }

  public static boolean inSample(ScreeningPolicy policy, long itemId) {
    long mixed = policy.seed() ^ (itemId * 0x9E3779B97F4A7C15L);
    return new SplittableRandom(mixed).nextDouble() < policy.fraction();
  }

  /**
   * As {@link #outcome(ScreeningPolicy, long, int, List, Resolution)} for an item into which others
   * were merged: their reconciled decisions, and a conflict when they disagree (see {@link
   * MergedDecisions}).
   */
  public static ItemOutcome outcome(
      ScreeningPolicy policy, long itemId, int required, MergedDecisions.Reconciled merged) {
    if (merged.conflict() == null) {
      return outcome(policy, itemId, required, merged.decisions(), merged.resolution());
    }
    if (merged.resolution() != null) {
      ItemOutcome settled =
          outcome(policy, itemId, required, merged.decisions(), merged.resolution());
      return new ItemOutcome(
          itemId,
          settled.status(),
          required,
          settled.decisions(),
          settled.resolution(),
          settled.reason(),
          null,
          true);
    }
    return conflict(itemId, required, merged.decisions(), merged.conflict());
  }

  public static ItemOutcome outcome(
      ScreeningPolicy policy,
      long itemId,
      int required,
      List<Decision> latest,
      Resolution resolution) {
    if (resolution != null) {
      ItemStatus status =
          resolution.value() == DecisionValue.EXCLUDE ? ItemStatus.EXCLUDED : ItemStatus.INCLUDED;
      boolean disputed =
          outcome(policy, itemId, required, latest, null).status() == ItemStatus.CONFLICT;
      return new ItemOutcome(
          itemId, status, required, latest, resolution, resolution.reason(), null, disputed);
    }
    if (latest.size() < required) {
      return new ItemOutcome(itemId, ItemStatus.AWAITING, required, latest, null, null, null);
    }
    DecisionValue first = effective(policy, latest.get(0).value());
    for (Decision d : latest) {
      if (effective(policy, d.value()) != first) {
        return conflict(itemId, required, latest, "reviewers disagree: " + values(latest));
      }
    }
    if (first == DecisionValue.MAYBE) {
      return conflict(itemId, required, latest, "undecided: maybe");
    }
    if (first == DecisionValue.INCLUDE) {
      return new ItemOutcome(itemId, ItemStatus.INCLUDED, required, latest, null, null, null);
    }
    ExclusionReason reason = latest.get(0).reason();
    for (Decision d : latest) {
      if (!Objects.equals(d.reason(), reason)) {
        if (policy.stage() == Stage.FULL_TEXT) {
          return conflict(
              itemId, required, latest, "different exclusion reasons: " + reasons(latest));
        }
        reason = null; // at title-abstract the reason is optional and need not agree
        break;
      }
    }
    return new ItemOutcome(itemId, ItemStatus.EXCLUDED, required, latest, null, reason, null);
  }

  private static DecisionValue effective(ScreeningPolicy policy, DecisionValue v) {
    return v == DecisionValue.MAYBE
            && policy.maybeCountsAsInclude()
            && policy.stage() == Stage.TITLE_ABSTRACT
        ? DecisionValue.INCLUDE
        : v;
  }

  private static ItemOutcome conflict(
      long itemId, int required, List<Decision> latest, String why) {
    return new ItemOutcome(itemId, ItemStatus.CONFLICT, required, latest, null, null, why);
  }

  private static String values(List<Decision> latest) {
    return String.join(
        " vs ", latest.stream().map(d -> d.reviewer().name() + " " + d.value().cliName()).toList());
  }

  private static String reasons(List<Decision> latest) {
    return String.join(
        " vs ",
        latest.stream()
            .map(
                d ->
                    d.reviewer().name()
                        + " \""
                        + (d.reason() == null ? "no reason" : d.reason().label())
                        + "\"")
            .toList());
  }
}
