package org.winnow.core.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Page ranges: "149-55" means 149–155; ranges are written with an en dash. */
public final class Pages {
  private static final Pattern RANGE =
      Pattern.compile(
          "^\\s*([A-Za-z]*)(\\d+)([A-Za-z]*)\\s*(?:-+|–|—|to)\\s*([A-Za-z]*)(\\d+)([A-Za-z]*)\\s*$");

  private static final Pattern PAGE_PREFIX = Pattern.compile("(?i)^(pp?\\.?\\s*)");
  private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=.)");

  private Pages() {}

  /** Normalised range ("149–155"), a single page, or the cleaned text when it is no range. */
  public static String normalise(String raw) {
    String s = Text.clean(raw);
    if (s == null) {
      return null;
    }
    s = PAGE_PREFIX.matcher(s).replaceAll("").strip();
    Matcher m = RANGE.matcher(s);
    if (!m.matches()) {
      return s.isEmpty() ? null : s;
    }
    String prefix = m.group(1);
    String start = m.group(2);
    String end = m.group(5);
    if (end.length() < start.length() && m.group(4).isEmpty()) {
      // abbreviated end page: 149-55 → 155, 1234-9 → 1239
      end = start.substring(0, start.length() - end.length()) + end;
    }
    if (m.group(4).isEmpty() && isLess(end, start)) {
      return s; // "41103-1" is page 1 of article 41103, not a range running backwards
    }
    String first = prefix + start + m.group(3);
    String last = (m.group(4).isEmpty() ? prefix : m.group(4)) + end + m.group(6);
    return first.equals(last) ? first : first + "–" + last;
  }

  /** Compares digit strings of any length numerically. */
  private static boolean isLess(String a, String b) {
    String x = LEADING_ZEROS.matcher(a).replaceFirst("");
    String y = LEADING_ZEROS.matcher(b).replaceFirst("");
    return x.length() != y.length() ? x.length() < y.length() : x.compareTo(y) < 0;
  }

  /** Joins separate start and end pages, either of which may be missing. */
  public static String fromParts(String start, String end) {
    String s = Text.clean(start);
    String e = Text.clean(end);
    if (s == null) {
      return e == null ? null : normalise(e);
    }
    if (e == null || s.contains("-") || s.contains("–")) {
      return normalise(s);
    }
    return normalise(s + "-" + e);
  }
}
