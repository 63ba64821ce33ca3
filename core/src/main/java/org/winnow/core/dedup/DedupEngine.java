package org.winnow.core.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds duplicates among records: blocks, scores candidate pairs, merges certain pairs into
 * citations (never joining clusters with different DOIs or PMIDs, or pairs a reviewer called
 * different) and queues possible pairs. Pure: storage is the service's job.
 */
public final class DedupEngine {
  private final DedupSettings settings;
  private final PairScorer scorer;

  public DedupEngine(DedupSettings settings) {
    this.settings = settings;
    this.scorer = new PairScorer(settings);
  }

  public PairScorer scorer() {
    return scorer;
  }

  /**
   * @param records every record of the project
   * @param newFromRecordId records with an id at or above this are new: only pairs with a new
   *     record are compared
   * @param decisions reviewers' verdicts by {@link PairVerdict#pairKey}
   */
  public DedupPlan plan(
      List<DedupRecord> records, long newFromRecordId, Map<Long, PairVerdict> decisions) {
    boolean[] isNew = new boolean[records.size()];
    Map<Long, Integer> indexOfRecord = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      isNew[i] = records.get(i).recordId() >= newFromRecordId;
      indexOfRecord.put(records.get(i).recordId(), i);
    }
    List<int[]> candidates = Blocking.candidates(records, isNew, settings.maxBlockSize());
    List<PairScore> certain = new ArrayList<>();
    List<PairScore> possible = new ArrayList<>();
    List<PairScore> links = new ArrayList<>();
    for (int[] p : candidates) {
      DedupRecord a = records.get(p[0]);
      DedupRecord b = records.get(p[1]);
      if (decisions.containsKey(PairVerdict.pairKey(a.recordId(), b.recordId()))) {
        continue; // a reviewer decided this pair
      }
      PairScore s = scorer.score(a, b);
      if (s.tier() == Tier.CERTAIN) {
        certain.add(s);
      } else if (s.tier() == Tier.POSSIBLE) {
        possible.add(s);
      } else if (s.linked()) {
        links.add(s);
      }
    }
    Clusters clusters = new Clusters(records, decisions);
    for (Map.Entry<Long, PairVerdict> d : decisions.entrySet()) {
      if (d.getValue() == PairVerdict.SAME) {
        Integer i = indexOfRecord.get(d.getKey() >>> 32);
        Integer j = indexOfRecord.get(d.getKey() & 0xFFFFFFFFL);
        if (i != null && j != null) {
          clusters.union(i, j, Clusters.Join.REVIEWER);
        }
      }
    }
    certain.sort(Comparator.comparingDouble(PairScore::score).reversed());
    List<PairScore> merged = new ArrayList<>();
    for (PairScore s : certain) {
      int i = indexOfRecord.get(s.a().recordId());
      int j = indexOfRecord.get(s.b().recordId());
      Clusters.Join join =
          s.a().kind() != s.b().kind()
              ? Clusters.Join.NOTICE
              : s.field("doi").agreement() == Agreement.CONFLICT
                  ? Clusters.Join.DOI_OVERRULED
                  : Clusters.Join.AUTOMATIC;
      if (clusters.union(i, j, join)) {
        merged.add(s);
      } else if (clusters.find(i) != clusters.find(j)) {
        possible.add(s); // certain on its own, but it would join clusters that must stay apart
      }
    }
    List<PairScore> queue = new ArrayList<>();
    Set<Long> queuedCitations = new HashSet<>();
    possible.sort(Comparator.comparingDouble(PairScore::score).reversed());
    for (PairScore s : possible) {
      int i = indexOfRecord.get(s.a().recordId());
      int j = indexOfRecord.get(s.b().recordId());
      int ri = clusters.find(i);
      int rj = clusters.find(j);
      if (ri == rj) {
        continue;
      }
      long key = PairVerdict.pairKey(ri, rj);
      if (queuedCitations.add(key)) {
        queue.add(s);
      }
    }
    return new DedupPlan(clusters.merges(), queue, merged, candidates.size(), links);
  }

  /** Union-find over records whose roots carry the identifiers that must not be mixed. */
  private static final class Clusters {
    private final List<DedupRecord> records;
    private final Map<Long, PairVerdict> decisions;
    private final int[] parent;
    private final Map<Integer, List<Integer>> members = new HashMap<>();

    Clusters(List<DedupRecord> records, Map<Long, PairVerdict> decisions) {
      this.records = records;
      this.decisions = decisions;
      this.parent = new int[records.size()];
      Map<Long, Integer> firstOfCitation = new HashMap<>();
      for (int i = 0; i < records.size(); i++) {
        Integer root = firstOfCitation.putIfAbsent(records.get(i).citationId(), i);
        parent[i] = root == null ? i : root;
        members.computeIfAbsent(parent[i], k -> new ArrayList<>()).add(i);
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** Who asks for a join, and so which safeguards apply. */
    enum Join {
      /** A reviewer said "same": always joined. */
      REVIEWER,
      /**
       * Certain, with the pair's own evidence overruling a wrong DOI: PMIDs and decisions apply.
       */
      DOI_OVERRULED,
      /** Certain: DOIs, PMIDs and reviewers' "different" decisions must not be mixed. */
      AUTOMATIC,
      /**
       * An erratum merged with its article by the project's setting: the erratum has its own DOI
       * and PMID, so only reviewers' "different" decisions apply.
       */
      NOTICE
    }

    /** Joins two clusters unless the safeguards of {@code join} forbid it. */
    boolean union(int i, int j, Join join) {
      int ri = find(i);
      int rj = find(j);
      if (ri == rj) {
        return false;
      }
      List<Integer> mi = members.get(ri);
      List<Integer> mj = members.get(rj);
      if (join != Join.REVIEWER
          && !compatible(mi, mj, join == Join.DOI_OVERRULED, join == Join.NOTICE)) {
        return false;
      }
      int keep = Math.min(ri, rj);
      int gone = keep == ri ? rj : ri;
      parent[gone] = keep;
      members.get(keep).addAll(members.remove(gone));
      return true;
    }

    private boolean compatible(
        List<Integer> mi, List<Integer> mj, boolean overruleDois, boolean overruleIds) {
      if (!overruleIds
          && ((!overruleDois && disjointNonEmpty(ids(mi, true), ids(mj, true)))
              || disjointNonEmpty(ids(mi, false), ids(mj, false)))) {
        return false;
      }
      for (int x : mi) {
        for (int y : mj) {
          if (decisions.get(
                  PairVerdict.pairKey(records.get(x).recordId(), records.get(y).recordId()))
              == PairVerdict.DIFFERENT) {
            return false;
          }
        }
      }
      return true;
    }

    private Set<String> ids(List<Integer> members, boolean doi) {
      Set<String> out = new HashSet<>();
      for (int m : members) {
        String v = doi ? records.get(m).doi() : records.get(m).pmid();
        if (v != null) {
          out.add(v);
        }
      }
      return out;
    }

    private static boolean disjointNonEmpty(Set<String> a, Set<String> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return false;
      }
      for (String s : a) {
        if (b.contains(s)) {
          return false;
        }
      }
      return true;
    }

    /** Target citation id → citation ids merged into it (targets keep the lowest id). */
    Map<Long, List<Long>> merges() {
      Map<Long, List<Long>> out = new LinkedHashMap<>();
      for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
        Set<Long> citations = new java.util.TreeSet<>();
        for (int m : e.getValue()) {
          citations.add(records.get(m).citationId());
        }
        if (citations.size() > 1) {
          List<Long> ids = new ArrayList<>(citations);
          out.put(ids.get(0), List.copyOf(ids.subList(1, ids.size())));
        }
      }
      return out;
    }
  }
}
