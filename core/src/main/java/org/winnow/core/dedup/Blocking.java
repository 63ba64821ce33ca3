package org.winnow.core.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate pairs without comparing all pairs: records share a block when they have the same DOI,
 * PMID, title start, title end, first author and year, or volume, first page and year. Pairs of two
 * old records are skipped (they were compared before), and so are pairs already in one citation.
 *
 * <p>A million records have some six million keys, most of them held by one record. Blocks are
 * therefore found per key kind by sorting a {@code long[]} of 64-bit key hashes (each with its
 * record's index in the low bits), not in a map of key strings; records whose hashes agree are
 * checked against their keys' text, so a hash collision never makes a block. A pair is visited in
 * the first key kind in which its records share a block, so no set of visited pairs is held.
 */
final class Blocking {
  /** Characters of the folded, space-free title used as a blocking key at its start and end. */
  static final int TITLE_KEY_CHARS = 25;

  /** The kinds of key, in the order their blocks are visited. */
  private enum KeyKind {
    DOI,
    PMID,
    TITLE_START,
    TITLE_END,
    AUTHOR_YEAR,
    VOLUME_PAGE_YEAR
  }

  private static final KeyKind[] KINDS = KeyKind.values();

  /** Receives each candidate pair once, as indexes into the records, lower index first. */
  interface PairVisitor {
    void visit(int lo, int hi);
  }

  private Blocking() {}

  /**
   * Visits every candidate pair once ({@code lo < hi}, indexes into {@code records}); returns how
   * many there were.
   */
  static int forEachCandidate(
      List<DedupRecord> records, boolean[] isNew, int maxBlockSize, PairVisitor visitor) {
    int n = records.size();
    int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
    long indexMask = (1L << indexBits) - 1;
    int[][] blockOf = new int[KINDS.length][];
    int count = 0;
    long[] packed = new long[n];
    for (KeyKind kind : KINDS) {
      int m = 0;
      for (int i = 0; i < n; i++) {
        String key = key(kind, records.get(i));
        if (key != null) {
          packed[m++] = (hash(key) & ~indexMask) | i;
        }
      }
      Arrays.sort(packed, 0, m);
      int[] block = new int[n];
      Arrays.fill(block, -1);
      blockOf[kind.ordinal()] = block;
      int nextBlock = 0;
      for (int start = 0; start < m; ) {
        int end = start + 1;
        while (end < m && (packed[end] & ~indexMask) == (packed[start] & ~indexMask)) {
          end++;
        }
        if (end - start >= 2) {
          for (int[] members : sameKey(kind, records, packed, start, end, indexMask)) {
            if (members.length > maxBlockSize) {
              continue;
            }
            int id = nextBlock++;
            for (int r : members) {
              block[r] = id;
            }
            count += visitBlock(records, isNew, members, kind.ordinal(), blockOf, visitor);
          }
        }
        start = end;
      }
    }
    return count;
  }

  /** The records of equal hashes split by their key's text, each group in index order. */
  private static List<int[]> sameKey(
      KeyKind kind, List<DedupRecord> records, long[] packed, int start, int end, long indexMask) {
    String first = key(kind, records.get((int) (packed[start] & indexMask)));
    boolean allSame = true;
    for (int x = start + 1; x < end && allSame; x++) {
      allSame = first.equals(key(kind, records.get((int) (packed[x] & indexMask))));
    }
    int[] all = new int[end - start];
    for (int x = start; x < end; x++) {
      all[x - start] = (int) (packed[x] & indexMask);
    }
    if (allSame) {
      return List.of(all);
    }
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int r : all) {
      groups.computeIfAbsent(key(kind, records.get(r)), k -> new ArrayList<>()).add(r);
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      if (g.size() >= 2) {
        out.add(g.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return out;
  }

  /** Visits the block's pairs that no earlier key kind has visited; returns how many. */
  private static int visitBlock(
      List<DedupRecord> records,
      boolean[] isNew,
      int[] members,
      int kind,
      int[][] blockOf,
      PairVisitor visitor) {
    int count = 0;
    for (int x = 0; x < members.length; x++) {
      int i = members[x];
      for (int y = x + 1; y < members.length; y++) {
        int j = members[y];
        if (!isNew[i] && !isNew[j]) {
          continue;
        }
        if (records.get(i).citationId() == records.get(j).citationId()) {
          continue;
        }
        if (sharedEarlier(blockOf, kind, i, j)) {
          continue;
        }
        count++;
        visitor.visit(i, j);
      }
    }
    return count;
  }

  private static boolean sharedEarlier(int[][] blockOf, int kind, int i, int j) {
    for (int k = 0; k < kind; k++) {
      int b = blockOf[k][i];
      if (b >= 0 && b == blockOf[k][j]) {
        return true;
      }
    }
    return false;
  }

  /** 64-bit FNV-1a over the key's characters, then mixed so that the high bits vary. */
  private static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static String key(KeyKind kind, DedupRecord r) {
    return switch (kind) {
      case DOI -> r.doi();
      case PMID -> r.pmid();
      case TITLE_START -> {
        String compact = r.title().replace(" ", "");
        yield compact.length() >= 10
            ? compact.substring(0, Math.min(TITLE_KEY_CHARS, compact.length()))
            : null;
      }
      case TITLE_END -> {
        String compact = r.title().replace(" ", "");
        yield compact.length() >= 10
            ? compact.substring(Math.max(0, compact.length() - TITLE_KEY_CHARS))
            : null;
      }
      case AUTHOR_YEAR ->
          r.firstAuthor() != null && r.year() != null ? r.firstAuthor() + "|" + r.year() : null;
      case VOLUME_PAGE_YEAR ->
          r.volume() != null && r.startPage() != null && r.year() != null
              ? r.volume() + "|" + r.startPage() + "|" + r.year()
              : null;
    };
  }
}
