package org.winnow.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      for (String key : keys(records.get(i))) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
    }
    Set<Long> seen = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (List<Integer> block : blocks.values()) {
      int n = block.size();
      if (n < 2 || n > maxBlockSize) {
        continue;
      }
      for (int x = 0; x < n; x++) {
        int i = block.get(x);
        for (int y = x + 1; y < n; y++) {
          int j = block.get(y);
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
