package org.winnow.core.normalise;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Cleans free text from exports: HTML entities and tags, LaTeX accent commands and braces, odd
 * white space. Returns null for blank results so stored fields are never empty strings.
 */
public final class Text {
  /** Longest value kept for any one field; longer values are cut (bounded field sizes). */
  public static final int MAX_FIELD_CHARS = 100_000;

  private static final Pattern LATEX_ACCENT =
      Pattern.compile(
          "\\{?\\\\([`'^\"~=.uvHcdbrkt])\\s*(?:\\{\\s*(\\\\?[A-Za-z])\\s*}|(\\\\?[A-Za-z]))}?");
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
  private static final Map<String, String> LATEX_SYMBOLS =
      Map.ofEntries(
          Map.entry("\\ss", "ß"),
          Map.entry("\\o", "ø"),
          Map.entry("\\O", "Ø"),
          Map.entry("\\ae", "æ"),
          Map.entry("\\AE", "Æ"),
          Map.entry("\\oe", "œ"),
          Map.entry("\\OE", "Œ"),
          Map.entry("\\aa", "å"),
          Map.entry("\\AA", "Å"),
          Map.entry("\\l", "ł"),
          Map.entry("\\L", "Ł"),
          Map.entry("\\i", "ı"),
          Map.entry("\\&", "&"),
          Map.entry("\\%", "%"),
          Map.entry("\\_", "_"),
          Map.entry("\\#", "#"),
          Map.entry("\\$", "$"));
  private static final Pattern LATEX_SYMBOL =
      Pattern.compile("\\{?(\\\\(?:ss|oe|OE|ae|AE|aa|AA|o|O|l|L|i)(?![A-Za-z])|\\\\[&%_#$])}?");
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(?:i|b|em|strong|sup|sub|u|span|p|br|div|mml:[a-z]+|math)(?:\\s[^>]*)?/?>",
          Pattern.CASE_INSENSITIVE);

  private Text() {}

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
    if (s.indexOf('<') >= 0) {
      s = HTML_TAG.matcher(s).replaceAll("");
    }
    if (s.indexOf('\\') >= 0) {
      s = latexToUnicode(s);
    }
    s = s.replace('\u00A0', ' ').replaceAll("[\\s\\p{Z}\\p{Cc}]+", " ").strip();
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    return s.isEmpty() ? null : s;
  }

  /** Accents and symbols written as LaTeX commands become Unicode; protective braces go. */
  public static String latexToUnicode(String s) {
    Matcher m = LATEX_ACCENT.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String base = m.group(2) != null ? m.group(2) : m.group(3);
      if (base.equals("\\i")) {
        base = "i";
      }
      String combining = COMBINING.get(m.group(1));
      String replaced =
          combining == null || base.startsWith("\\")
              ? m.group()
              : Normalizer.normalize(base + combining, Normalizer.Form.NFC);
      m.appendReplacement(out, Matcher.quoteReplacement(replaced));
    }
    m.appendTail(out);
    Matcher sym = LATEX_SYMBOL.matcher(out.toString());
    StringBuilder out2 = new StringBuilder();
    while (sym.find()) {
      sym.appendReplacement(
          out2, Matcher.quoteReplacement(LATEX_SYMBOLS.getOrDefault(sym.group(1), sym.group(1))));
    }
    sym.appendTail(out2);
    return out2.toString().replace("{}", "");
  }

  /** Removes BibTeX protective braces ("{DNA} repair" → "DNA repair"). */
  public static String stripBraces(String s) {
    return s == null ? null : s.replace("{", "").replace("}", "");
  }
}
