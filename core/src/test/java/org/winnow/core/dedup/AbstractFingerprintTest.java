package org.winnow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The one-permutation MinHash estimates the share of word 3-shingles two abstracts have. */
class AbstractFingerprintTest {
  private static List<String> words(Random random, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("w" + random.nextInt(5000));
    }
    return out;
  }

  private static Set<String> shingles(List<String> w) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 <= w.size(); i++) {
      out.add(String.join(" ", w.subList(i, i + 3)));
    }
    return out;
  }

  private static double jaccard(List<String> a, List<String> b) {
    Set<String> sa = shingles(a);
    Set<String> sb = shingles(b);
    Set<String> common = new HashSet<>(sa);
    common.retainAll(sb);
    return common.size() / (double) (sa.size() + sb.size() - common.size());
  }

  /**
   * Plain ASCII is read in one pass without folding; a non-breaking space sends the same text
   * through folding, which must give the same fingerprint.
   */
  @Property(tries = 1000)
  void theOnePassReadingAgreesWithFolding(
      @ForAll @CharRange(from = 0, to = 127) @StringLength(max = 120) String text) {
    assertEquals(AbstractFingerprint.of(text), AbstractFingerprint.of(text + "\u00A0"));
  }

  @Test
  void theSameTextResemblesItselfWhateverItsCaseAndPunctuation() {
    AbstractFingerprint a =
        AbstractFingerprint.of("Background: We studied 120 women. Results: none.");
    AbstractFingerprint b =
        AbstractFingerprint.of("BACKGROUND - we studied 120 women; results none");
    assertEquals(1.0, a.resemblance(b));
    assertEquals(a.opening(), b.opening());
    assertNull(AbstractFingerprint.of(" -- "));
  }

  @Test
  void shortAbstractsStillFillEveryBin() {
    AbstractFingerprint a = AbstractFingerprint.of("one two three four");
    AbstractFingerprint b = AbstractFingerprint.of("five six seven eight");
    assertEquals(1.0, a.resemblance(AbstractFingerprint.of("One two three four.")));
    assertTrue(a.resemblance(b) < 0.2, "different short texts: " + a.resemblance(b));
  }

  @Test
  void estimatesFollowTheTrueShareOfShingles() {
    Random random = new Random(13);
    double worst = 0;
    for (int trial = 0; trial < 200; trial++) {
      List<String> a = words(random, 120 + random.nextInt(200));
      List<String> b = new ArrayList<>(a);
      int edits = random.nextInt(a.size() / 4 + 1);
      for (int e = 0; e < edits; e++) {
        b.set(random.nextInt(b.size()), "x" + random.nextInt(5000));
      }
      double estimate =
          AbstractFingerprint.of(String.join(" ", a))
              .resemblance(AbstractFingerprint.of(String.join(" ", b)));
      worst = Math.max(worst, Math.abs(estimate - jaccard(a, b)));
    }
    // sixteen bins: a standard error of at most 0.125, so 200 trials stay within four of them
    assertTrue(worst < 0.5, "worst error " + worst);
    List<String> unrelatedA = words(new Random(1), 250);
    List<String> unrelatedB = words(new Random(2), 250);
    assertTrue(
        AbstractFingerprint.of(String.join(" ", unrelatedA))
                .resemblance(AbstractFingerprint.of(String.join(" ", unrelatedB)))
            <= AbstractComparator.DIFFERENT_ABSTRACT);
  }
}
