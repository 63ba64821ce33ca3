package org.winnow.core.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.model.Contribution;

/** The latest answers of each person, and the latest consensus, among appended rows. */
final class Contributions {
  private Contributions() {}

  /** Each person's latest (by name, in the order they first answered); consensus rows aside. */
  static <T extends Contribution> Map<String, T> latestByPerson(List<T> oldestFirst) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T c : oldestFirst) {
      if (!c.consensus()) {
        out.put(c.by(), c);
      }
    }
    return out;
  }

  /** The latest consensus, or null. */
  static <T extends Contribution> T latestConsensus(List<T> oldestFirst) {
    T out = null;
    for (T c : oldestFirst) {
      if (c.consensus()) {
        out = c;
      }
    }
    return out;
  }

  /** The ids of each person's latest, which a consensus settles. */
  static List<Long> settled(List<? extends Contribution> oldestFirst) {
    return latestByPerson(oldestFirst).values().stream().map(Contribution::id).toList();
  }

  /** The ids stored as "[3, 4]" in a based_on column (null: none). */
  static List<Long> ids(String stored) {
    if (stored == null) {
      return List.of();
    }
    return java.util.Arrays.stream(stored.replaceAll("[\\[\\]\\s]", "").split(","))
        .filter(s -> !s.isEmpty())
        .map(Long::parseLong)
        .toList();
  }
}
