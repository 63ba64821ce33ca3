package org.winnow.core.dedup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Journal section headings that some databases glue to the front of a title ("MEDICAL PROGRESS
 * Atypical haemolytic-uraemic syndrome", "Original article: ...", "Review: ..."). The title without
 * the heading is kept beside the title and only ever compared for equality, so a heading wrongly
 * recognised costs nothing unless the rest is exactly another record's title.
 */
final class SectionHeading {
  /** Section names followed by a colon, full stop or dash. */
  private static final Pattern NAMED =
      Pattern.compile(
          "^(?i)(original( research)?( article| paper| contribution)?|(research|review|clinical)"
              + " (article|paper|report)|review|mini[- ]?review|research|brief (report|communication)"
              + "|case (report|study)|clinical (review|practice|study)|current concepts|medical"
              + " progress|special (article|report|communication)|short (communication|report)"
              + "|perspectives?|viewpoint|highlights?|feature|focus|invited review|state of the"
              + " art|progress report)\\s*[:.\\-–—]\\s+");

  /** An upper-case heading of whole words followed by a title in mixed case. */
  private static final Pattern UPPER_CASE =
      Pattern.compile("^((?:\\p{Lu}[\\p{Lu}'’\\-]+\\s+){1,4})(?=\\p{Lu}\\p{Ll})");

  /** Upper-case letters a heading needs: shorter runs are acronyms ("HIV Infection ..."). */
  static final int UPPER_CASE_LETTERS = 6;

  /** Words the rest must keep to count as a title. */
  static final int REST_WORDS = 2;

  private SectionHeading() {}

  /** The folded title without its section heading, or null when it has none. */
  static String titleWithout(String title) {
    if (title == null) {
      return null;
    }
    String t = title.strip();
    String rest = null;
    Matcher named = NAMED.matcher(t);
    if (named.find()) {
      rest = t.substring(named.end());
    } else {
      Matcher upper = UPPER_CASE.matcher(t);
      if (upper.find()
          && upper.group(1).replaceAll("[^\\p{L}]", "").length() >= UPPER_CASE_LETTERS) {
        rest = t.substring(upper.end());
      }
    }
    if (rest == null) {
      return null;
    }
    String folded = ComparisonText.title(rest);
    return folded.split(" ").length >= REST_WORDS ? folded : null;
  }
}
