package org.winnow.core.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    for (int i = 0; i < records.size(); i++) {
      isNew[i] = records.get(i).recordId() >= newFromRecordId;
    }
    // each pair is scored as blocking finds it, on every core while blocking goes on; certain pairs
    // keep only their records and score. The lists are sorted by score and record order below, so
    // the order pairs are scored in changes nothing.
    List<CertainPair> certain = new ArrayList<>();
    List<ScoredPair> possible = new ArrayList<>();
    List<ScoredPair> links = new ArrayList<>();
    int compared;
    try (Scoring scoring = new Scoring(records, decisions, certain, possible, links)) {
      compared = Blocking.forEachCandidate(records, isNew, settings.maxBlockSize(), scoring::add);
      scoring.finish();
    }
    Clusters clusters = new Clusters(records, decisions);
    if (!decisions.isEmpty()) {
      Map<Long, Integer> indexOfRecord = new HashMap<>();
      for (int i = 0; i < records.size(); i++) {
        indexOfRecord.put(records.get(i).recordId(), i);
      }
      for (Map.Entry<Long, PairVerdict> d : decisions.entrySet()) {
        if (d.getValue() == PairVerdict.SAME) {
          Integer i = indexOfRecord.get(d.getKey() >>> 32);
          Integer j = indexOfRecord.get(d.getKey() & 0xFFFFFFFFL);
          if (i != null && j != null) {
            clusters.union(i, j, Clusters.Join.REVIEWER);
          }
        }
      }
    }
    certain.sort(CertainPair.BEST_FIRST);
    for (CertainPair c : certain) {
      if (!clusters.union(c.i(), c.j(), c.join()) && clusters.find(c.i()) != clusters.find(c.j())) {
        // certain on its own, but it would join clusters that must stay apart: scored again (the
        // same score) for the reviewer, as certain pairs do not keep their evidence
        possible.add(
            new ScoredPair(c.i(), c.j(), scorer.score(records.get(c.i()), records.get(c.j()))));
      }
    }
    List<PairScore> queue = new ArrayList<>();
    Set<Long> queuedCitations = new HashSet<>();
    possible.sort(ScoredPair.BEST_FIRST);
    for (ScoredPair p : possible) {
      int ri = clusters.find(p.i());
      int rj = clusters.find(p.j());
      if (ri == rj) {
        continue;
      }
      long key = PairVerdict.pairKey(ri, rj);
      if (queuedCitations.add(key)) {
        queue.add(p.score());
      }
    }
    links.sort(ScoredPair.IN_RECORD_ORDER);
    return new DedupPlan(
        clusters.merges(), queue, compared, links.stream().map(ScoredPair::score).toList());
  }

  /**
   * Candidate pairs scored in chunks on as many threads as there are cores, while the caller's
   * thread goes on finding candidates; each chunk's results are added to the lists in the order the
   * chunks were found.
   */
  private final class Scoring implements AutoCloseable {
    private static final int CHUNK = 4096;
    private final List<DedupRecord> records;
    private final Map<Long, PairVerdict> decisions;
    private final List<CertainPair> certain;
    private final List<ScoredPair> possible;
    private final List<ScoredPair> links;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "winnow-dedup-scoring");
              t.setDaemon(true);
              return t;
            });
    private final ArrayDeque<Future<Scored>> pending = new ArrayDeque<>();
    private long[] pairs = new long[CHUNK];
    private int size;

    Scoring(
        List<DedupRecord> records,
        Map<Long, PairVerdict> decisions,
        List<CertainPair> certain,
        List<ScoredPair> possible,
        List<ScoredPair> links) {
      this.records = records;
      this.decisions = decisions;
      this.certain = certain;
      this.possible = possible;
      this.links = links;
    }

    /** What one chunk's pairs gave. */
    private record Scored(
        List<CertainPair> certain, List<ScoredPair> possible, List<ScoredPair> links) {}

    void add(int i, int j) {
      pairs[size++] = ((long) i << 32) | j;
      if (size == CHUNK) {
        send();
      }
    }

    /** Waits for every pair to be scored and adds the results to the lists. */
    void finish() {
      send();
      while (!pending.isEmpty()) {
        collectOldest();
      }
    }

    private void send() {
      if (size == 0) {
        return;
      }
      long[] chunk = pairs;
      int n = size;
      pairs = new long[CHUNK];
      size = 0;
      pending.add(pool.submit(() -> score(chunk, n)));
      if (pending.size() > 2 * threads) { // a few chunks ahead, not every pair of the run
        collectOldest();
      }
    }

    private void collectOldest() {
      Scored s;
      try {
        s = pending.poll().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while scoring pairs", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error r) {
          throw r;
        }
        throw new IllegalStateException("cannot score pairs: " + e.getCause(), e.getCause());
      }
      certain.addAll(s.certain());
      possible.addAll(s.possible());
      links.addAll(s.links());
    }

    private Scored score(long[] chunk, int n) {
      Scored out = new Scored(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (int k = 0; k < n; k++) {
        int i = (int) (chunk[k] >>> 32);
        int j = (int) chunk[k];
        DedupRecord a = records.get(i);
        DedupRecord b = records.get(j);
        if (decisions.containsKey(PairVerdict.pairKey(a.recordId(), b.recordId()))) {
          continue; // a reviewer decided this pair
        }
        PairScore s = scorer.score(a, b);
        if (s.tier() == Tier.CERTAIN) {
          out.certain().add(new CertainPair(i, j, s.score(), Clusters.Join.of(s)));
        } else if (s.tier() == Tier.POSSIBLE) {
          out.possible().add(new ScoredPair(i, j, s));
        } else if (s.linked()) {
          out.links().add(new ScoredPair(i, j, s));
        }
      }
      return out;
    }

    @Override
    public void close() {
      pool.shutdownNow();
    }
  }

  /**
   * A certain pair as the merge step needs it: its records' indexes, its score and who asks for the
   * join; not its evidence (a million records give some quarter of a million certain pairs). Ties
   * of score go in record order, so that the order never depends on how blocks were visited.
   */
  private record CertainPair(int i, int j, double score, Clusters.Join join) {
    static final Comparator<CertainPair> BEST_FIRST =
        Comparator.comparingDouble(CertainPair::score)
            .reversed()
            .thenComparingInt(CertainPair::i)
            .thenComparingInt(CertainPair::j);
  }

  /** A scored pair with its records' indexes; ties of score go in record order. */
  private record ScoredPair(int i, int j, PairScore score) {
    static final Comparator<ScoredPair> IN_RECORD_ORDER =
        Comparator.comparingInt(ScoredPair::i).thenComparingInt(ScoredPair::j);
    static final Comparator<ScoredPair> BEST_FIRST =
        Comparator.comparingDouble((ScoredPair p) -> p.score().score())
            .reversed()
            .thenComparing(IN_RECORD_ORDER);
  }

  /**
   * Union-find over records whose roots carry the identifiers that must not be mixed. Each
   * cluster's members form a ring through {@code next} (plain ints: a million records).
   */
  private static final class Clusters {
    private final List<DedupRecord> records;
    private final Map<Long, PairVerdict> decisions;
    private final int[] parent;
    private final int[] next;

    Clusters(List<DedupRecord> records, Map<Long, PairVerdict> decisions) {
      this.records = records;
      this.decisions = decisions;
      int n = records.size();
      this.parent = new int[n];
      this.next = new int[n];
      Map<Long, Integer> lastOfCitation = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Integer last = lastOfCitation.put(records.get(i).citationId(), i);
        if (last == null) {
          parent[i] = i;
          next[i] = i;
        } else {
          parent[i] = parent[last];
          next[i] = next[last]; // after the last member, before the first: the ring stays in order
          next[last] = i;
        }
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
      NOTICE;

      /** The join a certain pair asks for. */
      static Join of(PairScore s) {
        return s.a().kind() != s.b().kind()
            ? NOTICE
            : s.field("doi").agreement() == Agreement.CONFLICT ? DOI_OVERRULED : AUTOMATIC;
      }
    }

    /** Joins two clusters unless the safeguards of {@code join} forbid it. */
    boolean union(int i, int j, Join join) {
      int ri = find(i);
      int rj = find(j);
      if (ri == rj) {
        return false;
      }
      if (join != Join.REVIEWER
          && !compatible(ri, rj, join == Join.DOI_OVERRULED, join == Join.NOTICE)) {
        return false;
      }
      int keep = Math.min(ri, rj);
      int gone = keep == ri ? rj : ri;
      parent[gone] = keep;
      int afterKeep = next[keep];
      next[keep] = next[gone];
      next[gone] = afterKeep;
      return true;
    }

    private List<Integer> members(int root) {
      List<Integer> out = new ArrayList<>();
      int m = root;
      do {
        out.add(m);
        m = next[m];
      } while (m != root);
      return out;
    }

    private boolean compatible(int ri, int rj, boolean overruleDois, boolean overruleIds) {
      List<Integer> mi = members(ri);
      List<Integer> mj = members(rj);
      if (!overruleIds
          && ((!overruleDois && disjointNonEmpty(ids(mi, true), ids(mj, true)))
              || disjointNonEmpty(ids(mi, false), ids(mj, false)))) {
        return false;
      }
      if (decisions.isEmpty()) {
        return true;
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
      for (int root = 0; root < parent.length; root++) {
        if (parent[root] != root || next[root] == root) {
          continue;
        }
        Set<Long> citations = new java.util.TreeSet<>();
        for (int m : members(root)) {
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
