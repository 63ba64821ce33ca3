package org.winnow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Blocking by sorted key hashes finds exactly the pairs that share a key of a block no larger than
 * the limit, each once, as blocking by a map of key strings did.
 */
class BlockingTest {
  @Test
  void findsEveryPairThatSharesAKeyExactlyOnce() {
    for (long seed = 1; seed <= 20; seed++) {
      List<DedupRecord> records = records(new SplittableRandom(seed), 300);
      boolean[] isNew = new boolean[records.size()];
      for (int i = 0; i < isNew.length; i++) {
        isNew[i] = i % 3 != 0;
      }
      int maxBlock = 6;
      List<Long> visited = new ArrayList<>();
      int count =
          Blocking.forEachCandidate(
              records, isNew, maxBlock, (lo, hi) -> visited.add(((long) lo << 32) | hi));
      Set<Long> expected = byKeyStrings(records, isNew, maxBlock);
      assertEquals(visited.size(), count);
      assertEquals(expected.size(), visited.size(), "each pair once");
      assertEquals(expected, new TreeSet<>(visited), "seed " + seed);
      assertTrue(visited.stream().allMatch(p -> (p >>> 32) < (p & 0xFFFFFFFFL)));
    }
  }

  /** The definition: pairs sharing any key whose block has 2 to {@code maxBlock} records. */
  private static Set<Long> byKeyStrings(List<DedupRecord> records, boolean[] isNew, int maxBlock) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      for (String key : keys(records.get(i))) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> pairs = new TreeSet<>();
    for (List<Integer> block : blocks.values()) {
      if (block.size() < 2 || block.size() > maxBlock) {
        continue;
      }
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int i = block.get(x);
          int j = block.get(y);
          if ((isNew[i] || isNew[j])
              && records.get(i).citationId() != records.get(j).citationId()) {
            pairs.add(((long) i << 32) | j);
          }
        }
      }
    }
    return pairs;
  }

  private static List<String> keys(DedupRecord r) {
    List<String> keys = new ArrayList<>();
    if (r.doi() != null) {
      keys.add("doi:" + r.doi());
    }
    if (r.pmid() != null) {
      keys.add("pmid:" + r.pmid());
    }
    String compact = r.title().replace(" ", "");
    if (compact.length() >= 10) {
      keys.add("ts:" + compact.substring(0, Math.min(Blocking.TITLE_KEY_CHARS, compact.length())));
      keys.add("te:" + compact.substring(Math.max(0, compact.length() - Blocking.TITLE_KEY_CHARS)));
    }
    if (r.firstAuthor() != null && r.year() != null) {
      keys.add("ay:" + r.firstAuthor() + "|" + r.year());
    }
    if (r.volume() != null && r.startPage() != null && r.year() != null) {
      keys.add("vp:" + r.volume() + "|" + r.startPage() + "|" + r.year());
    }
    return keys;
  }

  /** Records drawn from small pools, so that keys repeat and blocks of every size occur. */
  private static List<DedupRecord> records(SplittableRandom random, int n) {
    String[] words = {"stroke", "care", "trial", "diet", "older", "adults", "pain", "sleep"};
    String[] names = {"smith", "jones", "li", "garcia", "kim"};
    List<DedupRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder title = new StringBuilder();
      for (int w = 0; w < 2 + random.nextInt(3); w++) {
        title.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      String t = random.nextInt(10) == 0 ? "short" : title.toString();
      Integer year = random.nextInt(8) == 0 ? null : 2000 + random.nextInt(3);
      List<String> authors =
          random.nextInt(6) == 0 ? List.of() : List.of(names[random.nextInt(names.length)]);
      long citation = random.nextInt(10) == 0 && i > 0 ? out.get(i - 1).citationId() : i + 1;
      out.add(
          new DedupRecord(
              i + 1,
              citation,
              "r" + i,
              t,
              Set.copyOf(java.util.Arrays.asList(t.split(" "))),
              authors,
              authors.stream().map(a -> "a").toList(),
              year,
              List.of(),
              random.nextBoolean() ? null : Integer.toString(random.nextInt(3)),
              null,
              random.nextBoolean() ? null : Integer.toString(random.nextInt(4)),
              random.nextInt(4) == 0 ? "10.1/" + random.nextInt(30) : null,
              random.nextInt(4) == 0 ? Integer.toString(random.nextInt(30)) : null,
              DedupRecord.NoticeKind.ARTICLE,
              null,
              null,
              null,
              null));
    }
    return out;
  }
}
