package org.winnow.core.storage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants the project stores as text ({@link Instant#toString()}: {@code
 * 2026-12-07T12:46:40.272479377Z}). Reading every decision of a large review parses tens of
 * thousands of them, and {@link Instant#parse} spent a quarter of the dashboard's time; this reads
 * that one layout directly and hands any other text to {@link Instant#parse}, so the result and the
 * errors are the same.
 */
final class StoredInstant {
  private static final int[] SCALE = {
    1, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private StoredInstant() {}

  static Instant parse(String text) {
    int n = text.length();
    if (n < 20
        || n == 21
        || n > 30
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(n - 1) != 'Z'
        || (n > 20 && text.charAt(19) != '.')) {
      return Instant.parse(text);
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int fraction = n > 20 ? digits(text, 20, n - 1) : 0;
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > LocalDate.of(year, month, 1).lengthOfMonth()
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59
        || fraction < 0) {
      return Instant.parse(text); // out of range, a leap second or not digits: its own error
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    int nanos = n > 20 ? fraction * SCALE[n - 21] : 0;
    return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** The number written by these characters, or -1 if one is not an ASCII digit. */
  private static int digits(String text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }
}
