package org.winnow.core.io.ovid;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journal, volume, issue, pages and date inside an Ovid "Source" field, whose layout differs
 * between Ovid databases. Fields that Ovid also gives separately (JN, VO, IP, PG) take precedence
 * over what is read here.
 */
record OvidSource(String journal, String volume, String issue, String pages, String date) {

  /** Longer text is no citation; the patterns are not tried on it. */
  private static final int MAX_SOURCE_CHARS = 1000;

  /** Text with at most one level of parentheses inside: "2-A(E)". */
  private static final String NESTED = "(?:[^()]|\\([^()]*\\))*";

  private static final String MONTHS = "[A-Z][a-z]+\\.?(?:[/-][A-Z][a-z]+\\.?)?";

  /** Journals@Ovid: "American Journal of Dermatopathology December 2011;33(8):845-849". */
  private static final Pattern JOURNALS_AT_OVID =
      Pattern.compile(
          "(?<journal>.*?[^.\\s])\\s+(?<date>(?:"
              + MONTHS
              + "\\s+)?(?:\\d{1,2},?\\s+)?\\d{4});\\s*(?<volume>\\d[\\w-]*)?"
              + "(?:\\((?<issue>[^)]*)\\))?(?::\\s*(?<pages>\\S+?))?\\.?");

  /**
   * Ovid MEDLINE, BIOSIS and the display format: "Forest Ecology & Management. 201(2-3):327-334,
   * November 15, 2004.", "Journal of X. 12(3):45-67, 2019 Mar."
   */
  private static final Pattern VOLUME_FIRST =
      Pattern.compile(
          "(?<journal>.+?)\\.\\s+(?<volume>[^\\s(:,]*\\d[^\\s(:,]*)(?:\\((?<issue>[^)]*)\\))?"
              + "(?::\\s*(?<pages>[^,\\s]+))?,\\s*(?<date>[^,]+?(?:,\\s*\\d{4})?)\\.?");

  /**
   * PsycINFO: "Behavioural and Cognitive Psychotherapy. Vol.43(5), Sep 2015, pp. 623-634." and the
   * older "Very Long Title. Vol 28(2) April 2015, 103-106."
   */
  private static final Pattern PSYCINFO =
      Pattern.compile(
          "(?<journal>.+?)\\.\\s+Vol\\.?\\s*(?<volume>[^(,\\s]+)(?:\\((?<issue>"
              + NESTED
              + ")\\))?,?\\s*(?<date>[^,()]+?),\\s*(?:pp\\.\\s*)?(?<pages>[A-Za-z]?\\d+(?:\\s*-\\s*[A-Za-z]?\\d+)?)?.*");

  /** CAB Abstracts: "Hydrobiologia. 2007 15 June; 433-441." */
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "(?<journal>.+?)\\.\\s+(?<date>\\d{4}(?:\\s+\\d{1,2})?(?:\\s+[A-Z][a-z]+)?);\\s*"
              + "(?:(?<volume>\\d+)(?:\\((?<issue>[^)]*)\\))?:\\s*)?"
              + "(?<pages>\\d+\\s*-\\s*\\d+(?![\\w]))?.*");

  /**
   * International Political Science Abstracts: "Journal of Political Studies 12, Winter 2007:
   * 7-14."
   */
  private static final Pattern YEAR_THEN_PAGES =
      Pattern.compile(
          "(?<journal>.+?),\\s*(?<date>(?:[A-Z][a-z]+\\s+)?\\d{4})(?:\\((?<issue>[^)]*)\\))?:\\s*"
              + "(?<pages>[\\w-]+)\\.?");

  /**
   * A chapter: "Neenan, Michael [Ed]; Palmer, Stephen [Ed]. (2012). Book title. (pp. 11-31)...";
   * the book's title is given as the journal.
   */
  private static final Pattern CHAPTER =
      Pattern.compile(
          ".*?\\((?<date>\\d{4})\\)\\.\\s*(?<journal>.+?)\\.\\s*\\(pp\\.\\s*(?<pages>[\\w-]+)\\).*");

  /**
   * A BIOSIS chapter: "Kamp, Roza Maria [Editor], Calvete, Juan J. [Editor]. Methods in proteome
   * and protein analysis.:371-397, 2004."; the book's title is given as the journal.
   */
  private static final Pattern BIOSIS_CHAPTER =
      Pattern.compile(
          "(?:.*]\\.\\s*)?(?<journal>[^\\]]+?)\\.?:(?<pages>\\d[\\w-]*),\\s*(?<date>[^,]+?)\\.?");

  private static final List<Pattern> LAYOUTS =
      List.of(
          JOURNALS_AT_OVID,
          PSYCINFO,
          VOLUME_FIRST,
          YEAR_FIRST,
          YEAR_THEN_PAGES,
          CHAPTER,
          BIOSIS_CHAPTER);

  /** A source with no numbers at all is just the journal: "Journal of Orthopaedic Trauma. " */
  private static final Pattern JOURNAL_ONLY = Pattern.compile("[^\\d]+?\\.?");

  static OvidSource parse(String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    String s = source.strip();
    if (s.length() > MAX_SOURCE_CHARS) {
      return null;
    }
    for (Pattern layout : LAYOUTS) {
      Matcher m = layout.matcher(s);
      if (m.matches()) {
        return new OvidSource(
            m.group("journal").strip(),
            group(m, "volume"),
            group(m, "issue"),
            group(m, "pages"),
            group(m, "date"));
      }
    }
    Matcher m = JOURNAL_ONLY.matcher(s);
    if (m.matches()) {
      return new OvidSource(
          s.endsWith(".") ? s.substring(0, s.length() - 1) : s, null, null, null, null);
    }
    return null;
  }

  private static String group(Matcher m, String name) {
    if (!m.pattern().pattern().contains("(?<" + name + ">")) {
      return null; // this layout has no such part
    }
    String v = m.group(name);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
