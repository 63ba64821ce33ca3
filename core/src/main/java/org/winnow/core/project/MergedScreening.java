package org.winnow.core.project;

import java.util.List;

/**
 * What merging citations did to their screening decisions.
 *
 * @param decisionsCarried decisions made on merged-in citations that now count for the surviving
 *     one
 * @param conflicts per stage, what the merged citations' decisions disagree on (each a conflict for
 *     the team)
 */
public record MergedScreening(int decisionsCarried, List<String> conflicts) {
  public static final MergedScreening NONE = new MergedScreening(0, List.of());

  public MergedScreening {
    conflicts = List.copyOf(conflicts);
  }

  public int conflictsCreated() {
    return conflicts.size();
  }

  public MergedScreening plus(MergedScreening other) {
    List<String> all = new java.util.ArrayList<>(conflicts);
    all.addAll(other.conflicts);
    return new MergedScreening(decisionsCarried + other.decisionsCarried, all);
  }

  /** One sentence for the command line, or "" when screening was untouched. */
  public String describe() {
    if (decisionsCarried == 0 && conflicts.isEmpty()) {
      return "";
    }
    return decisionsCarried
        + " screening decision(s) carried over"
        + (conflicts.isEmpty()
            ? ""
            : "; "
                + conflicts.size()
                + " conflict(s) for the team: "
                + String.join("; ", conflicts));
  }
}
