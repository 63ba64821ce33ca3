package org.winnow.core.ranking;

import java.util.Arrays;

/**
 * The decisions of a screening in the order they were made, reduced to what the stopping rule and
 * the recall metrics need: how many items were screened and at which positions the relevant ones
 * came. Append-only.
 */
public final class ScreeningHistory {
  private int screened;
  private int[] relevantAt = new int[16];
  private int relevantFound;

  public static ScreeningHistory of(boolean... relevant) {
    ScreeningHistory h = new ScreeningHistory();
    for (boolean r : relevant) {
      h.add(r);
    }
    return h;
  }

  public void add(boolean relevant) {
    if (relevant) {
      if (relevantFound == relevantAt.length) {
        relevantAt = Arrays.copyOf(relevantAt, relevantAt.length * 2);
      }
      relevantAt[relevantFound++] = screened;
    }
    screened++;
  }

  public int screened() {
    return screened;
  }

  public int relevantFound() {
    return relevantFound;
  }

  /** The 0-based screening position of the {@code i}-th relevant item found (0-based). */
  public int relevantPosition(int i) {
    return relevantAt[i];
  }

  /** Relevant items among the first {@code n} screened. */
  public int relevantWithin(int n) {
    int lo = 0;
    int hi = relevantFound;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (relevantAt[mid] < n) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Equal when the same number of items were screened with the relevant ones at the same places.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ScreeningHistory h
        && h.screened == screened
        && h.relevantFound == relevantFound
        && Arrays.equals(relevantAt, 0, relevantFound, h.relevantAt, 0, relevantFound);
  }

  @Override
  public int hashCode() {
    int hash = 31 * screened + relevantFound;
    for (int i = 0; i < relevantFound; i++) {
      hash = 31 * hash + relevantAt[i];
    }
    return hash;
  }
}
