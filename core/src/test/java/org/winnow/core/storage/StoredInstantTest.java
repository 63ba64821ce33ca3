package org.winnow.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class StoredInstantTest {
  @Property(tries = 5000)
  void readsWhatInstantWritesAsInstantReadsIt(
      @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
      @ForAll @IntRange(min = 0, max = 3) int precision) {
    // whole seconds, milliseconds, microseconds or nanoseconds: each writes its own length
    int[] unit = {1_000_000_000, 1_000_000, 1_000, 1};
    Instant at = Instant.ofEpochSecond(seconds, nanos / unit[precision] * unit[precision]);
    String text = at.toString();
    assertEquals(Instant.parse(text), StoredInstant.parse(text), text);
    assertEquals(at, StoredInstant.parse(text), text);
  }

  @Test
  void fractionsOfEveryLength() {
    String base = "2026-12-07T12:46:40";
    String digits = "123456789";
    for (int len = 1; len <= 9; len++) {
      String text = base + "." + digits.substring(0, len) + "Z";
      assertEquals(Instant.parse(text), StoredInstant.parse(text), text);
    }
    assertEquals(Instant.parse(base + "Z"), StoredInstant.parse(base + "Z"));
  }

  @Test
  void anyOtherTextReadsOrFailsAsInstantDoes() {
    for (String text :
        new String[] {
          "2026-02-30T10:00:00Z",
          "2024-02-29T10:00:00Z",
          "2026-13-01T10:00:00Z",
          "2026-12-07T24:00:00Z",
          "2026-12-07T23:59:60Z",
          "2026-12-07T23:60:00Z",
          "2026-12-07T23:00:61Z",
          "2026-12-07T23:00:00.Z",
          "2026-12-07T23:00:00.1234567890Z",
          "2026-12-07 23:00:00Z",
          "2026-12-O7T23:00:00Z",
          "2026-12-07T23:00:00",
          "2026-12-07T23:00:00+01:00",
          "+10000-01-01T00:00:00Z",
          "0000-01-01T00:00:00Z",
          "",
        }) {
      Object expected;
      try {
        expected = Instant.parse(text);
      } catch (DateTimeException e) {
        expected = DateTimeException.class;
      }
      if (expected instanceof Instant) {
        assertEquals(expected, StoredInstant.parse(text), text);
      } else {
        assertThrows(DateTimeException.class, () -> StoredInstant.parse(text), text);
      }
    }
  }
}
