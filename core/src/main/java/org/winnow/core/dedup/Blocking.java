package org.winnow.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate pairs without comparing all pairs: records share a block when they have the same DOI,
 * PMID, title start, title end, first author and year, or volume, first page and year. Pairs of two
 * old records are skipped (they were compared before), and so are pairs already in one citation.
 */
final class Blocking {
  /** Characters of the folded, space-free title used as a blocking key at its start and end. */
  static final int TITLE_KEY_CHARS = 25;

  private Blocking() {}

  /** Candidate pairs as indexes into {@code records}, each pair once, lower index first. */
  static List<int[]> candidates(List<DedupRecord> records, boolean[] isNew, int maxBlockSize) {
    Map<String, Block> blocks = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      for (String key : keys(records.get(i))) {
        blocks.computeIfAbsent(key, k -> new Block()).add(i);
      }
    }
    PairSet seen = new PairSet();
    List<int[]> pairs = new ArrayList<>();
    for (Block block : blocks.values()) {
      int n = block.size;
      if (n < 2 || n > maxBlockSize) {
        continue;
      }
      for (int x = 0; x < n; x++) {
        int i = block.members[x];
        for (int y = x + 1; y < n; y++) {
          int j = block.members[y];
          if (!isNew[i] && !isNew[j]) {
            continue;
          }
          if (records.get(i).citationId() == records.get(j).citationId()) {
            continue;
          }
          int lo = Math.min(i, j);
          int hi = Math.max(i, j);
          if (seen.add(((long) lo << 32) | hi)) {
            pairs.add(new int[] {lo, hi});
          }
        }
      }
    }
    return pairs;
  }

  /**
   * The records of one block, as plain ints: a million records have some six million blocks, most
   * of one record, and a list of boxed integers per block held a large share of the heap.
   */
  private static final class Block {
    private int[] members = new int[1];
    private int size;

    void add(int record) {
      if (size == members.length) {
        members = java.util.Arrays.copyOf(members, size * 2);
      }
      members[size++] = record;
    }
  }

  /**
   * Pairs already listed, as {@code lo << 32 | hi} in an open-addressing table of longs (instead of
   * a set of boxed longs): membership only, so the candidates and their order are unchanged.
   */
  private static final class PairSet {
    private static final long EMPTY = -1L;
    private long[] table = newTable(1 << 16);
    private int size;

    private static long[] newTable(int capacity) {
      long[] t = new long[capacity];
      java.util.Arrays.fill(t, EMPTY);
      return t;
    }

    /** Adds the pair; false when it was there already. */
    boolean add(long pair) {
      if (2 * (size + 1) > table.length) {
        grow();
      }
      if (!insert(table, pair)) {
        return false;
      }
      size++;
      return true;
    }

    private static boolean insert(long[] t, long pair) {
      int mask = t.length - 1;
      int i = (int) mix(pair) & mask;
      while (t[i] != EMPTY) {
        if (t[i] == pair) {
          return false;
        }
        i = (i + 1) & mask;
      }
      t[i] = pair;
      return true;
    }

    private void grow() {
      long[] bigger = newTable(table.length * 2);
      for (long p : table) {
        if (p != EMPTY) {
          insert(bigger, p);
        }
      }
      table = bigger;
    }

    private static long mix(long x) {
      x ^= x >>> 33;
      x *= 0xff51afd7ed558ccdL;
      x ^= x >>> 33;
      return x;
    }
  }

  static List<String> keys(DedupRecord r) {
    List<String> keys = new ArrayList<>(6);
    if (r.doi() != null) {
      keys.add("doi:" + r.doi());
    }
    if (r.pmid() != null) {
      keys.add("pmid:" + r.pmid());
    }
    String compact = r.title().replace(" ", "");
    if (compact.length() >= 10) {
      keys.add("ts:" + compact.substring(0, Math.min(TITLE_KEY_CHARS, compact.length())));
      keys.add("te:" + compact.substring(Math.max(0, compact.length() - TITLE_KEY_CHARS)));
    }
    if (r.firstAuthor() != null && r.year() != null) {
      keys.add("ay:" + r.firstAuthor() + "|" + r.year());
    }
    if (r.volume() != null && r.startPage() != null && r.year() != null) {
      keys.add("vp:" + r.volume() + "|" + r.startPage() + "|" + r.year());
    }
    return keys;
  }
}
