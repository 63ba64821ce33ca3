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

  private static final Pattern BARE_END = Pattern.compile("^ER[ \\t]*$");

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
    Matcher m = TAG_LINE.matcher(line);
    if (!m.matches()) {
      return BARE_END.matcher(line).matches() ? List.of(new TagValue("ER", "")) : List.of();
    }
    String tag = m.group(1);
    String value = m.group(2) == null ? "" : m.group(2);
    List<TagValue> out = new ArrayList<>(1);
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
