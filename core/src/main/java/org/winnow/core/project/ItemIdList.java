package org.winnow.core.project;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The IDs behind a PRISMA count, one entry per citation or report (its record IDs joined by "|", or
 * "#" and its number if it has none), joined when read: a dashboard showing counts of 100,000
 * citations reads none of them. Unmodifiable, and it holds maps no one changes afterwards.
 */
final class ItemIdList extends AbstractList<String> implements RandomAccess {
  private final long[] items;
  private final Map<Long, List<String>> idsOf;

  ItemIdList(Collection<Long> items, Map<Long, List<String>> idsOf) {
    this.items = items.stream().mapToLong(Long::longValue).toArray();
    this.idsOf = idsOf;
  }

  @Override
  public String get(int index) {
    long item = items[index];
    List<String> ids = idsOf.get(item);
    return ids == null ? "#" + item : String.join("|", ids);
  }

  @Override
  public int size() {
    return items.length;
  }
}
