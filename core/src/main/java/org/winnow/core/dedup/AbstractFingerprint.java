package org.winnow.core.dedup;

import java.util.Arrays;

/**
 * An abstract reduced to what duplicate detection needs, small enough to hold for a million records
 * (about 100 bytes each, not the text): its length in words, a hash of its folded opening and a
 * MinHash of its word 3-shingles, from which the resemblance (Jaccard) of two abstracts is
 * estimated.
 *
 * @param words folded words in the abstract
 * @param opening hash of the first {@link #OPENING_CHARS} characters of the folded abstract
 * @param minHash per hash function, the upper half of the smallest shingle hash
 */
public record AbstractFingerprint(int words, long opening, int[] minHash) {
  /** Characters of the folded abstract whose hash says two abstracts open alike. */
  static final int OPENING_CHARS = 40;

  /** Hash functions: 16 give a resemblance within about ±0.12, at 64 bytes per record. */
  static final int HASHES = 16;

  private static final int SHINGLE_WORDS = 3;

  /** The fingerprint of an abstract, or null when it has no words. */
  static AbstractFingerprint of(String abstractText) {
    String folded = ComparisonText.fold(abstractText);
    if (folded.isEmpty()) {
      return null;
    }
    String[] w = folded.split(" ");
    long[] min = new long[HASHES];
    Arrays.fill(min, Long.MAX_VALUE);
    int shingles = Math.max(1, w.length - SHINGLE_WORDS + 1);
    for (int s = 0; s < shingles; s++) {
      long base = 0xcbf29ce484222325L;
      for (int k = s; k < Math.min(w.length, s + SHINGLE_WORDS); k++) {
        base = fnv(base, w[k]);
        base = (base ^ ' ') * 0x100000001b3L;
      }
      for (int i = 0; i < HASHES; i++) {
        long h = mix(base + (i + 1) * 0x9E3779B97F4A7C15L);
        if (Long.compareUnsigned(h, min[i]) < 0) {
          min[i] = h;
        }
      }
    }
    int[] sketch = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      sketch[i] = (int) (min[i] >>> 32);
    }
    return new AbstractFingerprint(
        w.length,
        mix(
            fnv(
                0xcbf29ce484222325L,
                folded.substring(0, Math.min(OPENING_CHARS, folded.length())))),
        sketch);
  }

  /** Estimated share of word 3-shingles the two abstracts have in common, in [0, 1]. */
  double resemblance(AbstractFingerprint other) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (minHash[i] == other.minHash[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  private static long fnv(long h, String word) {
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** MurmurHash3's 64-bit finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AbstractFingerprint f
        && words == f.words
        && opening == f.opening
        && Arrays.equals(minHash, f.minHash);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(opening) + Arrays.hashCode(minHash);
  }

  @Override
  public String toString() {
    return words + " words";
  }
}
