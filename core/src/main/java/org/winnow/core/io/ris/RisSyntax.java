package org.winnow.core.io.ris;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RIS tag lines as real tools write them: a two-character tag, spaces or tabs, a dash, then spaces
 * or tabs and the value, or the end of the line. All of these are accepted:
 *
 * <pre>
 * TY  - JOUR      the standard: two spaces before the dash, one after
 * TY - JOUR       one space (Zotero's RIS test case 4)
 * TY  -  JOUR     two after the dash (Cochrane)
 * TY\t-\tJOUR     tabs
 * ER  -           end tag without the trailing space
 * ER              bare end tag
 * </pre>
 *
 * The dash must be followed by white space or end the line, so wrapped text such as "OR -0.52"
 * stays a continuation line.
 */
public final class RisSyntax implements TagSyntax {
  /**
   * Tag, white space, dash, then white space and the value, or the end of the line. DOTALL because
   * values may hold U+2028 and U+0085, which "." would not match (Zotero's RIS test case 6).
   */
  static final Pattern TAG_LINE =
      Pattern.compile("^([A-Z][A-Z0-9])[ \\t]+-(?:[ \\t]+(.*))?$", Pattern.DOTALL);

  static final Pattern BARE_END = Pattern.compile("^ER[ \\t]*$");

  /**
   * Rayyan writes some fields on one line:
   *
   * <pre>
   * UR  - https://www.embase.com/...&amp;from=export     U2  - L2029880245
   * </pre>
   *
   * A strict tag after three or more spaces inside a value starts a new field. Only the start of a
   * run of spaces is tried, so a long run costs linear time.
   */
  private static final Pattern RUN_TOGETHER =
      Pattern.compile("(?<![ \\t])[ \\t]{3,}+([A-Z][A-Z0-9])  - ");

  @Override
  public List<TagValue> fields(String line) {
    int valueStart = valueStart(line);
    if (valueStart < 0) {
      return isBareEnd(line) ? List.of(new TagValue("ER", "")) : List.of();
    }
    String tag = line.substring(0, 2);
    String value = line.substring(valueStart);
    if (value.indexOf("  - ") < 0) {
      return List.of(new TagValue(tag, value.strip())); // no run-together tag can follow
    }
    List<TagValue> out = new ArrayList<>(2);
    Matcher next = RUN_TOGETHER.matcher(value);
    int start = 0;
    while (next.find()) {
      out.add(new TagValue(tag, value.substring(start, next.start()).strip()));
      tag = next.group(1);
      start = next.end();
    }
    out.add(new TagValue(tag, value.substring(start).strip()));
    return out;
  }

  /**
   * Where the value of a {@link #TAG_LINE} starts (the line's length for an empty value), or -1
   * when the line is no tag line. Written out by hand because it runs on every line of files with
   * hundreds of thousands of lines; {@code RisSyntaxTest} checks it against the pattern.
   */
  static int valueStart(String line) {
    int n = line.length();
    if (n < 4
        || !isUpper(line.charAt(0))
        || !(isUpper(line.charAt(1)) || isDigit(line.charAt(1)))) {
      return -1;
    }
    int i = 2;
    if (!isBlank(line.charAt(i))) {
      return -1;
    }
    while (i < n && isBlank(line.charAt(i))) {
      i++;
    }
    if (i == n || line.charAt(i) != '-') {
      return -1;
    }
    i++;
    if (i == n) {
      return n;
    }
    if (!isBlank(line.charAt(i))) {
      return -1;
    }
    while (i < n && isBlank(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@link #BARE_END}: "ER" and nothing but spaces or tabs. */
  private static boolean isBareEnd(String line) {
    if (!line.startsWith("ER")) {
      return false;
    }
    for (int i = 2; i < line.length(); i++) {
      if (!isBlank(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  @Override
  public boolean opensRecord(String tag) {
    return "TY".equals(tag);
  }

  @Override
  public boolean closesRecord(String tag) {
    return "ER".equals(tag);
  }

  @Override
  public String continuation(String line) {
    return line.strip();
  }
}
