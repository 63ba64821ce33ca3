package org.winnow.core.normalise;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Cleans free text from exports: HTML entities and tags, LaTeX accent commands and braces, odd
 * white space. Returns null for blank results so stored fields are never empty strings.
 */
public final class Text {
  /** Longest value kept for any one field; longer values are cut (bounded field sizes). */
  public static final int MAX_FIELD_CHARS = 100_000;

  /**
   * An accent command and its letter: {@code \'e}, {@code {\"{a}}}, {@code \v{s}}, {@code \c C}. A
   * letter-named accent ({@code \v}, {@code \c}...) must not run into further letters, as in TeX:
   * {@code \varepsilon} or {@code \cite} are other commands, not accents.
   */
  private static final Pattern LATEX_ACCENT =
      Pattern.compile(
          "(\\{)?\\\\(?:([`'^\"~=.])|([uvHcdbrkt])(?![A-Za-z]))"
              + "\\s*(?:\\{\\s*(\\\\?[A-Za-z])\\s*}|(\\\\?[A-Za-z]))(})?");

  private static final Map<String, String> COMBINING =
      Map.ofEntries(
          Map.entry("`", "\u0300"),
          Map.entry("'", "\u0301"),
          Map.entry("^", "\u0302"),
          Map.entry("~", "\u0303"),
          Map.entry("=", "\u0304"),
          Map.entry("u", "\u0306"),
          Map.entry(".", "\u0307"),
          Map.entry("\"", "\u0308"),
          Map.entry("r", "\u030A"),
          Map.entry("H", "\u030B"),
          Map.entry("v", "\u030C"),
          Map.entry("d", "\u0323"),
          Map.entry("c", "\u0327"),
          Map.entry("k", "\u0328"),
          Map.entry("b", "\u0331"));
  private static final Map<String, String> LATEX_SYMBOLS = new HashMap<>();

  static {
    String[][] symbols = {
      {"ss", "ß"},
      {"o", "ø"},
      {"O", "Ø"},
      {"ae", "æ"},
      {"AE", "Æ"},
      {"oe", "œ"},
      {"OE", "Œ"},
      {"aa", "å"},
      {"AA", "Å"},
      {"l", "ł"},
      {"L", "Ł"},
      {"i", "ı"},
      {"dh", "ð"},
      {"DH", "Ð"},
      {"th", "þ"},
      {"TH", "Þ"},
      {"textless", "<"},
      {"textgreater", ">"},
      {"textasciitilde", "~"},
      {"textasciicircum", "^"},
      {"textbackslash", "\\"},
      {"textendash", "\u2013"},
      {"textemdash", "\u2014"},
      {"textquoteleft", "\u2018"},
      {"textquoteright", "\u2019"},
      {"textquotesingle", "'"},
      {"textquotedblleft", "\u201C"},
      {"textquotedblright", "\u201D"},
      {"textdegree", "\u00B0"},
      {"textpm", "\u00B1"},
      {"pm", "\u00B1"},
      {"times", "\u00D7"},
      {"leq", "\u2264"},
      {"geq", "\u2265"},
      {"le", "\u2264"},
      {"ge", "\u2265"}
    };
    for (String[] e : symbols) {
      LATEX_SYMBOLS.put("\\" + e[0], e[1]);
    }
    // Greek letters, as in "TNF-$\alpha$"; \epsilon and \phi read as the usual text forms
    String[] greek = {
      "alpha",
      "beta",
      "gamma",
      "delta",
      "epsilon",
      "varepsilon",
      "zeta",
      "eta",
      "theta",
      "vartheta",
      "iota",
      "kappa",
      "lambda",
      "mu",
      "nu",
      "xi",
      "pi",
      "rho",
      "sigma",
      "varsigma",
      "tau",
      "upsilon",
      "phi",
      "varphi",
      "chi",
      "psi",
      "omega",
      "Gamma",
      "Delta",
      "Theta",
      "Lambda",
      "Xi",
      "Pi",
      "Sigma",
      "Upsilon",
      "Phi",
      "Psi",
      "Omega"
    };
    String letters = "αβγδεεζηθϑικλμνξπρσςτυφφχψωΓΔΘΛΞΠΣΥΦΨΩ";
    for (int k = 0; k < greek.length; k++) {
      LATEX_SYMBOLS.put("\\" + greek[k], letters.substring(k, k + 1));
    }
    for (String c : new String[] {"&", "%", "_", "#", "$"}) {
      LATEX_SYMBOLS.put("\\" + c, c);
    }
    for (String c : new String[] {",", ";", ":"}) {
      LATEX_SYMBOLS.put("\\" + c, " "); // TeX spacing: "12\,%"
    }
  }

  /** Any command of {@link #LATEX_SYMBOLS}, longest names first, with its own optional braces. */
  private static final Pattern LATEX_SYMBOL =
      Pattern.compile(
          "(\\{)?(\\\\(?:"
              + LATEX_SYMBOLS.keySet().stream()
                  .filter(k -> Character.isLetter(k.charAt(1)))
                  .map(k -> k.substring(1))
                  .sorted(Comparator.comparingInt(String::length).reversed())
                  .collect(Collectors.joining("|"))
              + ")(?![A-Za-z])|\\\\[&%_#$,;:])(})?");

  /** Inline math ({@code $\Sigma^{0}$}, {@code $^{13}$C}), recognised by a command, ^ or _. */
  private static final Pattern LATEX_MATH =
      Pattern.compile("(?<!\\\\)\\$([^$]{1,80}?)(?<!\\\\)\\$");

  private static final Pattern MATH_HINT = Pattern.compile("\\\\[A-Za-z]|[_^]");
  private static final Pattern MATH_SCRIPT = Pattern.compile("([_^])([-+]?\\d+)");
  private static final String DIGITS = "0123456789+-";
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻";
  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋";

  /** Font commands whose argument is plain text ({@code \textit{Natrix}}): the command goes. */
  private static final Pattern LATEX_FONT =
      Pattern.compile(
          "\\\\(?:textit|textbf|textsc|textrm|textsf|texttt|textup|textmd|textnormal|emph|mbox"
              + "|mathrm|mathit|mathbf)\\s*(?=\\{)");

  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(?:i|b|em|strong|sup|sub|u|span|p|br|div|mml:[a-z]+|math)(?:\\s[^>]*)?/?>",
          Pattern.CASE_INSENSITIVE);

  private Text() {}

  /**
   * Lower-case ASCII words joined by the separator: accents dropped, every other run of characters
   * one separator, none at either end ("Céline O'Brien" with "_" gives "celine_o_brien"); empty
   * when nothing is left.
   */
  public static String asciiWords(String s, String separator) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", separator)
        .replaceAll(
            "^"
                + java.util.regex.Pattern.quote(separator)
                + "+|"
                + java.util.regex.Pattern.quote(separator)
                + "+$",
            "");
  }

  /** Cleaned text, or null when nothing is left. */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw;
    if (s.length() > MAX_FIELD_CHARS) {
      s = s.substring(0, MAX_FIELD_CHARS);
    }
    if (s.indexOf('&') >= 0) {
      s = StringEscapeUtils.unescapeHtml4(s);
    }
    if (s.indexOf('\\') >= 0 || s.indexOf('$') >= 0) {
      // before tag removal: BibTeX writes a tag such as <i> as {\textless}i{\textgreater}
      s = latexToUnicode(s);
    }
    if (s.indexOf('<') >= 0) {
      s = HTML_TAG.matcher(s).replaceAll("");
    }
    s = collapseSpaceToNfc(s);
    return s.isEmpty() ? null : s;
  }

  /**
   * Every run of white space, separators (no-break space included) and control characters becomes
   * one space, the ends are trimmed, and the text is put in NFC: {@code [\s\p{Z}\p{Cc}]+} replaced
   * by " ", then {@code strip()}, then {@link Normalizer}. Written out as one pass because it runs
   * over every abstract of large imports, most of which need no change.
   */
  static String collapseSpaceToNfc(String s) {
    int n = s.length();
    boolean afterSpace = true; // a space at the start needs work too
    boolean marks = false; // a character from U+0300 up, which NFC may change
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < '\u007F') {
        afterSpace = false; // printable ASCII, by far the most common
      } else if (c == ' ' && !afterSpace) {
        afterSpace = true; // one space between words
      } else if (!isSpace(c)) {
        afterSpace = false;
        marks |= c >= '\u0300';
      } else {
        return nfc(collapseFrom(s, afterSpace && i > 0 ? i - 1 : i));
      }
    }
    String t = afterSpace && n > 0 ? collapseFrom(s, n - 1) : s;
    return marks ? Normalizer.normalize(t, Normalizer.Form.NFC) : t;
  }

  /** Collapses from {@code start}; the text before it needs no change and ends in no space. */
  private static String collapseFrom(String s, int start) {
    int n = s.length();
    StringBuilder out = new StringBuilder(n).append(s, 0, start);
    boolean space = false;
    for (int i = start; i < n; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code [\s\p{Z}\p{Cc}]} matches the character. */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return true; // C0 controls, white space and the space itself
    }
    if (c < '\u007F') {
      return false;
    }
    if (c <= '\u009F') {
      return true; // DEL and C1 controls
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Text without characters from U+0300 up is already in NFC: no mark can combine with it. */
  private static String nfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '\u0300') {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
      }
    }
    return s;
  }

  /** Accents and symbols written as LaTeX commands become Unicode; protective braces go. */
  public static String latexToUnicode(String s) {
    String t = LATEX_FONT.matcher(s).replaceAll("");
    if (t.indexOf('$') >= 0) {
      t = inlineMath(t);
    }
    Matcher m = LATEX_ACCENT.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String base = m.group(4) != null ? m.group(4) : m.group(5);
      if (base.equals("\\i")) {
        base = "i";
      }
      String combining = COMBINING.get(m.group(2) != null ? m.group(2) : m.group(3));
      String replaced =
          combining == null || base.startsWith("\\")
              ? m.group()
              : keepUnpairedBrace(
                  m.group(1),
                  Normalizer.normalize(base + combining, Normalizer.Form.NFC),
                  m.group(6));
      m.appendReplacement(out, Matcher.quoteReplacement(replaced));
    }
    m.appendTail(out);
    Matcher sym = LATEX_SYMBOL.matcher(out.toString());
    StringBuilder out2 = new StringBuilder();
    while (sym.find()) {
      String symbol = LATEX_SYMBOLS.getOrDefault(sym.group(2), sym.group(2));
      sym.appendReplacement(
          out2, Matcher.quoteReplacement(keepUnpairedBrace(sym.group(1), symbol, sym.group(3))));
    }
    sym.appendTail(out2);
    return out2.toString().replace("{}", "");
  }

  /**
   * Inline math loses its dollars and grouping braces; digits raised or lowered become Unicode
   * super- and subscripts ("DNA$_{2}$" → "DNA₂"). Dollars around plain text stay: "$5 to $10".
   */
  private static String inlineMath(String s) {
    Matcher m = LATEX_MATH.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String math = m.group(1);
      if (MATH_HINT.matcher(math).find()) {
        math = math.replace("{", "").replace("}", "");
        Matcher script = MATH_SCRIPT.matcher(math);
        StringBuilder scripted = new StringBuilder();
        while (script.find()) {
          String table = script.group(1).equals("^") ? SUPERSCRIPTS : SUBSCRIPTS;
          StringBuilder digits = new StringBuilder();
          for (char c : script.group(2).toCharArray()) {
            digits.append(table.charAt(DIGITS.indexOf(c)));
          }
          script.appendReplacement(scripted, Matcher.quoteReplacement(digits.toString()));
        }
        script.appendTail(scripted);
        math = scripted.toString();
      } else {
        math = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(math));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A command's own braces ({@code {\'e}}) go with it; a brace that only one side of it had ({@code
   * {Caf\'e}}) belongs to an outer group and stays, so braces remain balanced.
   */
  private static String keepUnpairedBrace(String open, String replacement, String close) {
    if (open != null && close == null) {
      return open + replacement;
    }
    if (open == null && close != null) {
      return replacement + close;
    }
    return replacement;
  }

  /**
   * Removes BibTeX protective braces ("{DNA} repair" → "DNA repair"). LaTeX commands are converted
   * first, because their braces carry meaning: {@code \c{C}etin} is not {@code \cCetin}.
   */
  public static String stripBraces(String s) {
    if (s == null) {
      return null;
    }
    String t = s.indexOf('\\') >= 0 || s.indexOf('$') >= 0 ? latexToUnicode(s) : s;
    return t.replace("{", "").replace("}", "");
  }
}
