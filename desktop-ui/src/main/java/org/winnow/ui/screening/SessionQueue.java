package org.winnow.ui.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Where a reviewer is in one screening session: the items they had left when the session began (in
 * the service's order, computed once), a position in them, and possibly an item reopened from the
 * list of screened items, which is shown until the reviewer decides it or moves on.
 */
final class SessionQueue {
  private final List<Long> items;
  private int index;
  private Long reopened;

  SessionQueue(List<Long> items) {
    this.items = List.copyOf(items);
  }

  static SessionQueue empty() {
    return new SessionQueue(List.of());
  }

  int size() {
    return items.size();
  }

  /** 0-based position in the session; {@code size()} once every item has been passed. */
  int index() {
    return index;
  }

  boolean reopening() {
    return reopened != null;
  }

  /** The item to show, or empty when the session is done. */
  OptionalLong current() {
    if (reopened != null) {
      return OptionalLong.of(reopened);
    }
    return index < items.size() ? OptionalLong.of(items.get(index)) : OptionalLong.empty();
  }

  /** The item after the current one, to load ahead of time. */
  OptionalLong following() {
    int i = reopened != null ? index : index + 1;
    return i < items.size() ? OptionalLong.of(items.get(i)) : OptionalLong.empty();
  }

  /** Moves on: out of a reopened item back to the session, or one item ahead. */
  void next() {
    if (reopened != null) {
      reopened = null;
    } else if (index < items.size()) {
      index++;
    }
  }

  /** Moves back one item (from a reopened item: back to where the session was). */
  void previous() {
    if (reopened != null) {
      reopened = null;
    } else if (index > 0) {
      index--;
    }
  }

  /**
   * Shows an item as a detour (reopened from the list, or by undo): deciding it or moving on
   * returns to the place the reviewer had reached, wherever the item sits in the session.
   */
  void show(long item) {
    boolean atPlace = index < items.size() && items.get(index) == item;
    reopened = atPlace ? null : item;
  }

  /**
   * The same session with the items not reached yet in a newer ranking's order: the items passed
   * and the one at the reviewer's place stay where they are (P still walks back through them), the
   * rest follow as {@code ranked} has them; a ranked item already passed is not served twice.
   */
  SessionQueue reordered(List<Long> ranked) {
    int keep = Math.min(index + 1, items.size());
    List<Long> out = new ArrayList<>(items.subList(0, keep));
    Set<Long> placed = new HashSet<>(out);
    for (long item : ranked) {
      if (placed.add(item)) {
        out.add(item);
      }
    }
    SessionQueue q = new SessionQueue(out);
    q.index = index;
    q.reopened = reopened;
    return q;
  }

  boolean hasPrevious() {
    return reopened != null || index > 0;
  }

  boolean hasNext() {
    return reopened != null || index < items.size();
  }
}
