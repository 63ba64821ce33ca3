package org.winnow.core.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * An abstract reduced to what duplicate detection needs, small enough to hold for a million records
 * (about 100 bytes each, not the text): its length in words, a hash of its folded opening and a
 * MinHash of its word 3-shingles, from which the resemblance (Jaccard) of two abstracts is
 * estimated.
 *
 * @param words folded words in the abstract
 * @param opening hash of the first {@link #OPENING_CHARS} characters of the folded abstract
 * @param minHash per bin, the upper 32 bits of the smallest shingle hash in it
 */
public record AbstractFingerprint(int words, long opening, int[] minHash) {
  /** Characters of the folded abstract whose hash says two abstracts open alike. */
  static final int OPENING_CHARS = 40;

  /** Bins of the MinHash: 16 give a resemblance within about ±0.12, at 64 bytes per record. */
  static final int HASHES = 16;

  private static final int SHINGLE_WORDS = 3;

  /**
   * The format of {@link #stored}: a fingerprint stored in another format (an earlier version of
   * this class) is computed again from the abstract.
   */
  public static final int STORED_FORMAT = 1;

  /** Bytes of a stored fingerprint: words, opening, then the MinHash's bins. */
  private static final int STORED_BYTES = Integer.BYTES + Long.BYTES + HASHES * Integer.BYTES;

  /**
   * The fingerprint of an abstract as it is stored with its record (in format {@link
   * #STORED_FORMAT}), so that deduplication need not read the abstract again: null without an
   * abstract, no bytes when the abstract has no words.
   */
  public static byte[] stored(String abstractText) {
    if (abstractText == null) {
      return null;
    }
    AbstractFingerprint print = of(abstractText);
    if (print == null) {
      return new byte[0];
    }
    ByteBuffer b = ByteBuffer.allocate(STORED_BYTES);
    b.putInt(print.words).putLong(print.opening);
    for (int h : print.minHash) {
      b.putInt(h);
    }
    return b.array();
  }

  /**
   * The fingerprint {@link #stored} wrote (format {@link #STORED_FORMAT}): null for no bytes.
   *
   * @throws IllegalArgumentException when the bytes are not a stored fingerprint
   */
  public static AbstractFingerprint fromStored(byte[] stored) {
    if (stored.length == 0) {
      return null;
    }
    if (stored.length != STORED_BYTES) {
      throw new IllegalArgumentException(
          "a stored abstract fingerprint has " + STORED_BYTES + " bytes, not " + stored.length);
    }
    ByteBuffer b = ByteBuffer.wrap(stored);
    int words = b.getInt();
    long opening = b.getLong();
    int[] minHash = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      minHash[i] = b.getInt();
    }
    return new AbstractFingerprint(words, opening, minHash);
  }

  /** The fingerprint of an abstract, or null when it has no words. */
  static AbstractFingerprint of(String abstractText) {
    if (abstractText == null) {
      return null;
    }
    Words words = Words.of(abstractText);
    if (words.count == 0) {
      return null;
    }
    long[] word = words.hashes;
    int n = words.count;
    // One-permutation MinHash: each shingle is hashed once; the hash's top bits choose one of the
    // HASHES bins and the rest compete for that bin's minimum (Li, Owen and Zhang 2012). Sixteen
    // hash functions per shingle cost most of a 100,000-record run; this costs one.
    long[] min = new long[HASHES];
    Arrays.fill(min, EMPTY);
    int shingles = Math.max(1, n - SHINGLE_WORDS + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0;
      for (int k = s; k < Math.min(n, s + SHINGLE_WORDS); k++) {
        h = (h + word[k]) * 0x9E3779B97F4A7C15L; // order matters: "a b c" is not "c b a"
      }
      h = mix(h);
      int bin = (int) (h >>> BIN_SHIFT);
      long value = h & VALUE_MASK;
      if (value < min[bin]) {
        min[bin] = value;
      }
    }
    int[] sketch = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      sketch[i] = (int) (densified(min, i) >>> (BIN_SHIFT - 32));
    }
    return new AbstractFingerprint(n, mix(words.opening), sketch);
  }

  /**
   * The words of the abstract as {@link ComparisonText#fold} would give them, hashed as they are
   * read, and the hash of the folded text's opening: plain ASCII text is read in one pass without
   * building the folded text (abstracts are most of a large project's text), other text is folded
   * first.
   */
  private static final class Words {
    private static final long FNV = 0xcbf29ce484222325L;

    private long[] hashes = new long[64];
    private int count;
    private long opening = FNV;
    private int openingChars;
    private long current = FNV;
    private boolean inWord;

    static Words of(String text) {
      Words w = new Words();
      if (ComparisonText.isAscii(text)) {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c >= 'A' && c <= 'Z') {
            c = (char) (c + ('a' - 'A'));
          }
          if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            w.letter(c);
          } else if (c == '&') { // fold reads "&" as the word "and"
            w.end();
            w.letter('a');
            w.letter('n');
            w.letter('d');
            w.end();
          } else {
            w.end();
          }
        }
      } else {
        String folded = ComparisonText.fold(text); // words of any script, single spaces
        for (int i = 0; i < folded.length(); i++) {
          char c = folded.charAt(i);
          if (c == ' ') {
            w.end();
          } else {
            w.letter(c);
          }
        }
      }
      w.end();
      return w;
    }

    private void letter(char c) {
      if (!inWord) {
        if (count > 0) {
          openingChar(' ');
        }
        inWord = true;
        current = FNV;
      }
      openingChar(c);
      current = (current ^ c) * 0x100000001b3L;
    }

    private void end() {
      if (!inWord) {
        return;
      }
      inWord = false;
      if (count == hashes.length) {
        hashes = Arrays.copyOf(hashes, count * 2);
      }
      hashes[count++] = current;
    }

    private void openingChar(char c) {
      if (openingChars < OPENING_CHARS) {
        opening = (opening ^ c) * 0x100000001b3L;
        openingChars++;
      }
    }
  }

  /** Bits of a shingle hash that choose its bin (HASHES = 2^4). */
  private static final int BIN_SHIFT = 60;

  private static final long VALUE_MASK = (1L << BIN_SHIFT) - 1;

  private static final long EMPTY = Long.MAX_VALUE;

  /**
   * A bin's minimum, or for a bin no shingle fell into (a short abstract) the next filled bin's,
   * offset by the distance, so that two texts agree on an empty bin only when they agree on the bin
   * it borrows from (rotation densification, Shrivastava 2017).
   */
  private static long densified(long[] min, int bin) {
    for (int d = 0; d < HASHES; d++) {
      long v = min[(bin + d) % HASHES];
      if (v != EMPTY) {
        return (v + d * 0x5DEECE66DL) & VALUE_MASK;
      }
    }
    return 0;
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
