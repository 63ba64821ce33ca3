package org.winnow.core.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.winnow.core.model.Decision;
import org.winnow.core.model.Resolution;

/**
 * The decisions that hold for an item into which other items were merged (deduplication found two
 * citations to be one work after they had been screened). Decisions stay keyed by the item they
 * were made on, so a split gives every part its own decisions back; while merged, the surviving
 * item's outcome derives from all of them:
 *
 * <ul>
 *   <li>per reviewer, a decision made on the surviving item after a part joined it supersedes that
 *       reviewer's decisions on the part (they decided the merged work);
 *   <li>otherwise equal decisions (value and reason) carry over to the merged item;
 *   <li>different ones are a conflict for the team, until a resolution made after the merge (or a
 *       new decision by that reviewer) settles it.
 * </ul>
 *
 * Resolutions follow the same rule: one on the surviving item after the merge wins; earlier ones
 * hold only if they agree and no reviewer's decisions disagree.
 */
public final class MergedDecisions {
  private MergedDecisions() {}

  /** An item merged into another, and when it joined it. */
  public record Part(long itemId, Instant joinedAt) {}

  /**
   * What holds for the merged item.
   *
   * @param decisions one per reviewer (re-keyed to the surviving item)
   * @param resolution the resolution that holds, or null
   * @param disagreements what the parts' decisions disagree on (a conflict unless resolved)
   * @param carried how many decisions made on a part count for the merged item
   */
  public record Reconciled(
      List<Decision> decisions, Resolution resolution, List<String> disagreements, int carried) {

    public Reconciled {
      decisions = List.copyOf(decisions);
      disagreements = List.copyOf(disagreements);
    }

    /** The conflict these disagreements make, or null. */
    public String conflict() {
      return disagreements.isEmpty() ? null : String.join("; ", disagreements);
    }
  }

  /**
   * @param itemId the surviving item
   * @param own each reviewer's latest decision on the surviving item
   * @param ownResolution its latest resolution, or null
   * @param parts each merged part with each reviewer's latest decision on it
   * @param partResolutions each part's latest resolution (absent when none)
   */
  public static Reconciled reconcile(
      long itemId,
      List<Decision> own,
      Resolution ownResolution,
      Map<Part, List<Decision>> parts,
      Map<Long, Resolution> partResolutions) {
    Map<Long, List<Decision>> byReviewer = new LinkedHashMap<>();
    Map<Long, Decision> ownOf = new LinkedHashMap<>();
    for (Decision d : own) {
      ownOf.put(d.reviewer().id(), d);
      byReviewer.computeIfAbsent(d.reviewer().id(), k -> new ArrayList<>()).add(d);
    }
    int carried = 0;
    for (Map.Entry<Part, List<Decision>> e : parts.entrySet()) {
      for (Decision d : e.getValue()) {
        Decision mine = ownOf.get(d.reviewer().id());
        if (mine == null || mine.decidedAt().isBefore(e.getKey().joinedAt())) {
          byReviewer.computeIfAbsent(d.reviewer().id(), k -> new ArrayList<>()).add(d);
        }
      }
    }
    List<Decision> decisions = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    for (List<Decision> candidates : byReviewer.values()) {
      Decision newest = candidates.get(0);
      boolean agree = true;
      for (Decision d : candidates) {
        if (d.decidedAt().isAfter(newest.decidedAt())) {
          newest = d;
        }
        agree &= sameJudgement(d, candidates.get(0));
      }
      if (agree) {
        carried += (int) candidates.stream().filter(d -> d.itemId() != itemId).count();
      } else {
        disagreements.add(
            newest.reviewer().name()
                + " decided the merged records differently: "
                + String.join(" vs ", candidates.stream().map(MergedDecisions::label).toList()));
      }
      decisions.add(rekey(newest, itemId));
    }
    decisions.sort((a, b) -> Long.compare(a.reviewer().id(), b.reviewer().id()));

    Instant lastJoined =
        parts.keySet().stream().map(Part::joinedAt).max(Instant::compareTo).orElse(Instant.MIN);
    if (ownResolution != null && ownResolution.decidedAt().isAfter(lastJoined)) {
      return new Reconciled(decisions, ownResolution, disagreements, carried);
    }
    List<Resolution> resolutions = new ArrayList<>();
    if (ownResolution != null) {
      resolutions.add(ownResolution);
    }
    for (Part p : parts.keySet()) {
      Resolution r = partResolutions.get(p.itemId());
      if (r != null
          && (ownResolution == null || ownResolution.decidedAt().isBefore(p.joinedAt()))) {
        resolutions.add(r);
      }
    }
    Resolution holds = null;
    if (!resolutions.isEmpty() && disagreements.isEmpty()) {
      holds = resolutions.get(0);
      for (Resolution r : resolutions) {
        if (r.value() != holds.value() || !Objects.equals(r.reason(), holds.reason())) {
          disagreements.add("the merged records were resolved differently");
          holds = null;
          break;
        }
        if (r.decidedAt().isAfter(holds.decidedAt())) {
          holds = r;
        }
      }
    }
    return new Reconciled(decisions, holds, disagreements, carried);
  }

  private static boolean sameJudgement(Decision a, Decision b) {
    return a.value() == b.value() && Objects.equals(a.reason(), b.reason());
  }

  private static String label(Decision d) {
    return d.value().cliName() + (d.reason() == null ? "" : " (" + d.reason().label() + ")");
  }

  private static Decision rekey(Decision d, long itemId) {
    return d.itemId() == itemId
        ? d
        : new Decision(
            d.id(),
            d.stage(),
            itemId,
            d.reviewer(),
            d.value(),
            d.reason(),
            d.note(),
            d.labels(),
            d.decidedAt());
  }
}
