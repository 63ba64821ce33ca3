package org.winnow.core.ranking;

import java.util.List;

/** A screening set whose every item carries the true label (relevant or not), for simulation. */
public record LabelledSet(String name, List<LabelledItem> items) {
  public LabelledSet {
    items = List.copyOf(items);
  }

  public int size() {
    return items.size();
  }

  public int relevantCount() {
    return (int) items.stream().filter(LabelledItem::relevant).count();
  }

  public List<RankingText> texts() {
    return items.stream().map(LabelledItem::text).toList();
  }
}
