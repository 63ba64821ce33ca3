package org.winnow.core.stats.direction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SignTestTest {
  @Test
  void withoutAClearDirectionThereIsNoTest() {
    SignTest t = SignTest.of("d", 0, 0, 4);
    assertTrue(Double.isNaN(t.p()));
    assertEquals(4, t.noClear());
  }

  @Test
  void aBalancedSplitHasPOne() {
    assertEquals(1.0, SignTest.of("d", 3, 3, 0).p(), 0);
    // one study: 2·0.5 = 1
    assertEquals(1.0, SignTest.of("d", 1, 0, 0).p(), 0);
  }

  @Test
  void exactBinomialByHand() {
    // 6 of 7: 2·(1 + 7)/128 = 0.125
    assertEquals(0.125, SignTest.of("d", 6, 1, 0).p(), 1e-15);
    assertEquals(0.125, SignTest.of("d", 1, 6, 0).p(), 1e-15);
  }

  @Property
  void symmetricAndBounded(
      @ForAll @IntRange(min = 0, max = 60) int benefit,
      @ForAll @IntRange(min = 0, max = 60) int harm) {
    if (benefit + harm == 0) {
      return;
    }
    SignTest a = SignTest.of("d", benefit, harm, 0);
    SignTest b = SignTest.of("d", harm, benefit, 0);
    assertEquals(a.p(), b.p(), 1e-15);
    assertTrue(a.p() > 0 && a.p() <= 1);
    assertTrue(a.wilsonLower() <= a.proportion() && a.proportion() <= a.wilsonUpper());
    assertTrue(a.wilsonLower() >= 0 && a.wilsonUpper() <= 1 + 1e-12);
  }
}
