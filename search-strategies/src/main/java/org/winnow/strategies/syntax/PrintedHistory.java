package org.winnow.strategies.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What databases and review appendices print around a search history: the printout's header ({@code
 * Database: Ovid MEDLINE(R) <1946 to ...>}, {@code Search Strategy:}), rules of dashes or stars, a
 * table's header row ({@code # Searches Results Type}), and after each search its hit count ({@code
 * (306193)}, {@code [3454]}, {@code 150,321}) or table columns ({@code 112345 Advanced}). None of
 * it is search syntax; each is kept as an annotation (a warning with its position), never read as a
 * term and never dropped silently.
 */
public final class PrintedHistory {
  /** A line naming the database, the date or the strategy: {@code Database: ...}. */
  private static final Pattern DOCUMENT_LINE =
      Pattern.compile(
          "(?i)\\s*(databases?|data base|search strateg(y|ies)|strategy|date (searched|of search|run)"
              + "|search date|searched on|date|host|platform|interface|provider|vendor|key"
              + "|annotations?|results? found)\\s*:.*");

  /** A rule: a line of dashes, stars, equals signs or underscores. */
  private static final Pattern RULE = Pattern.compile("\\s*[-=*_~.\u2500]{3,}\\s*");

  /** Words of a history table's header row. */
  private static final Set<String> HEADER_WORDS =
      Set.of(
          "#",
          "no",
          "no.",
          "line",
          "set",
          "search",
          "searches",
          "query",
          "queries",
          "results",
          "result",
          "hits",
          "type",
          "actions",
          "details",
          "items",
          "found",
          "time",
          "annotations",
          "records");

  /** Words that only a header row has: one must be present. */
  private static final Set<String> HEADER_MARKS =
      Set.of("searches", "query", "queries", "results", "hits", "found");

  /** A count: {@code (306193)}, {@code [3454]}, {@code 150,321}, {@code 22345}. */
  private static final Pattern COUNT =
      Pattern.compile(
          "(?<count>\\(\\s*\\d[\\d,.\\s]*\\)|\\[\\s*\\d[\\d,.]*\\s*\\]|\\d{1,3}(?:,\\d{3})+|\\d+)\\s*$");

  /** The last chunk before a count that makes the number an operand, not a count. */
  private static final Pattern OPERAND_BEFORE =
      Pattern.compile(
          "(?i)(?:^|.*[\\s(])(and|or|not|adj\\d*|near(/\\d+)?|n\\d+|w\\d+|w/\\d+|pre/\\d+|same|to|from"
              + "|exp|limit)\\s*$|.*[(=:<>,\\-]\\s*$",
          Pattern.DOTALL);

  /** Ovid's "Type" column, after the hit count in a copied history table. */
  private static final Set<String> SEARCH_TYPES =
      Set.of(
          "advanced",
          "basic",
          "multi-field",
          "multi-field search",
          "find citation",
          "search fields",
          "title",
          "author",
          "journal",
          "map term",
          "citation");

  private PrintedHistory() {}

  /** The segments that are searches; printout headers, rules and table headers are annotations. */
  public static List<LogicalLines.Segment> searches(
      Source source, List<LogicalLines.Segment> segments) {
    List<LogicalLines.Segment> out = new ArrayList<>();
    for (LogicalLines.Segment seg : segments) {
      String line = source.text().substring(seg.start(), seg.end());
      if (isDocumentLine(line)) {
        source.warn(
            seg.start() + leadingSpace(line),
            "printout line '" + abbreviate(line.trim()) + "' kept as an annotation, not a search");
      } else {
        out.add(seg);
      }
    }
    return out;
  }

  static boolean isDocumentLine(String line) {
    if (DOCUMENT_LINE.matcher(line).matches() || RULE.matcher(line).matches()) {
      return true;
    }
    String[] words = line.trim().toLowerCase(Locale.ROOT).split("\\s+");
    boolean marked = false;
    for (String w : words) {
      if (!HEADER_WORDS.contains(w)) {
        return false;
      }
      marked |= HEADER_MARKS.contains(w);
    }
    return marked;
  }

  /**
   * Where the search of {@code [start, end)} ends: before table columns and a hit count printed
   * after it. A number is a count only where it cannot be an operand: after the end of a search (a
   * closing bracket, a field suffix, a heading's slash, a reference), not after an operator.
   */
  public static int searchEnd(Source source, int start, int end) {
    String text = source.text();
    int e = end;
    String line = text.substring(start, e);
    if (line.indexOf('\t') >= 0) {
      e = withoutColumns(source, start, e);
      line = text.substring(start, e);
    }
    Matcher m = COUNT.matcher(line);
    if (!m.find() || m.start() == 0 || !Character.isWhitespace(line.charAt(m.start() - 1))) {
      return e;
    }
    String body = line.substring(0, m.start()).stripTrailing();
    String count = m.group("count");
    if (body.isEmpty() || OPERAND_BEFORE.matcher(body).matches()) {
      return e;
    }
    boolean marked =
        !count.matches("\\d+")
            || line.charAt(m.start() - 1) == '\t'
            || line.substring(body.length(), m.start()).length() >= 2;
    if (!marked && !endsASearch(body)) {
      return e;
    }
    source.warn(start + m.start(), "hit count " + count.trim() + " kept as an annotation");
    return start + body.length();
  }

  /** Table columns after the search: empty cells, a count, and Ovid's search type after it. */
  private static int withoutColumns(Source source, int start, int end) {
    String line = source.text().substring(start, end);
    int e = line.length();
    while (e > 0 && Character.isWhitespace(line.charAt(e - 1))) {
      e--;
    }
    int tab = line.lastIndexOf('\t', e - 1);
    if (tab > 0) {
      String cell = line.substring(tab + 1, e).trim().toLowerCase(Locale.ROOT);
      String before = line.substring(0, tab).stripTrailing();
      if (SEARCH_TYPES.contains(cell) && COUNT.matcher(before).find()) {
        source.warn(start + tab + 1, "search type '" + cell + "' kept as an annotation");
        e = tab;
      }
    }
    return start + e;
  }

  /**
   * Whether a text ends where a search can end: a bracket, suffix, heading, wildcard or reference.
   */
  private static boolean endsASearch(String body) {
    char last = body.charAt(body.length() - 1);
    if (")]/.\"'$*?#".indexOf(last) >= 0 || Character.isDigit(last)) {
      return true;
    }
    return body.matches("(?is).*(?:^|\\s)s\\d+");
  }

  private static int leadingSpace(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
