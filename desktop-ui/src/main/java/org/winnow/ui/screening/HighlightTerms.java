package org.winnow.ui.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's include and exclude keyword lists, and where they occur in a text. A term is a word
 * or phrase matched case-insensitively on word boundaries; a trailing {@code *} matches any ending
 * ({@code pregnan*} finds pregnant and pregnancy). A word in both lists shows as include.
 */
public final class HighlightTerms {
  /** Project setting keys (one term per line), shared by the whole team with the project. */
  public static final String INCLUDE_KEY = "screening.highlight.include";

  public static final String EXCLUDE_KEY = "screening.highlight.exclude";

  /** How a stretch of text is shown. */
  public enum Kind {
    PLAIN,
    INCLUDE,
    EXCLUDE
  }

  /** A stretch of text of one kind. */
  public record Segment(String text, Kind kind) {}

  public static final HighlightTerms NONE = new HighlightTerms(List.of(), List.of());

  private final List<String> include;
  private final List<String> exclude;
  private final Pattern includePattern;
  private final Pattern excludePattern;

  public HighlightTerms(List<String> include, List<String> exclude) {
    this.include = clean(include);
    this.exclude = clean(exclude);
    this.includePattern = pattern(this.include);
    this.excludePattern = pattern(this.exclude);
  }

  /** Reads the two settings (null when never set). */
  public static HighlightTerms of(String includeLines, String excludeLines) {
    return new HighlightTerms(lines(includeLines), lines(excludeLines));
  }

  static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.asList(text.split("\\R"));
  }

  private static List<String> clean(List<String> terms) {
    return terms.stream()
        .map(t -> t.strip().replaceAll("\\s+", " "))
        .filter(t -> !t.isEmpty() && !t.equals("*"))
        .distinct()
        .toList();
  }

  public List<String> include() {
    return include;
  }

  public List<String> exclude() {
    return exclude;
  }

  /** The terms as the settings store them: one per line. */
  public static String text(List<String> terms) {
    return String.join("\n", terms);
  }

  /** Longer terms first, so a phrase wins over a word inside it. */
  private static Pattern pattern(List<String> terms) {
    if (terms.isEmpty()) {
      return null;
    }
    List<String> sorted = new ArrayList<>(terms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> alternatives = new ArrayList<>();
    for (String t : sorted) {
      boolean wildcard = t.endsWith("*");
      String stem = wildcard ? t.substring(0, t.length() - 1).strip() : t;
      List<String> words = Arrays.stream(stem.split(" ")).map(Pattern::quote).toList();
      alternatives.add(String.join("\\s+", words) + (wildcard ? "[\\p{L}\\p{N}]*" : ""));
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The text cut into plain and highlighted stretches, in order; empty for null. */
  public List<Segment> segments(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Kind[] kinds = new Kind[text.length()];
    Arrays.fill(kinds, Kind.PLAIN);
    mark(excludePattern, text, kinds, Kind.EXCLUDE);
    mark(includePattern, text, kinds, Kind.INCLUDE);
    List<Segment> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || kinds[i] != kinds[start]) {
        out.add(new Segment(text.substring(start, i), kinds[start]));
        start = i;
      }
    }
    return out;
  }

  private static void mark(Pattern p, String text, Kind[] kinds, Kind kind) {
    if (p == null) {
      return;
    }
    Matcher m = p.matcher(text);
    while (m.find()) {
      Arrays.fill(kinds, m.start(), m.end(), kind);
    }
  }
}
