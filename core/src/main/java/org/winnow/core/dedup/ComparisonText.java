package org.winnow.core.dedup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text folded for comparison: no accents, no case, no punctuation, Greek letters spelled out. */
final class ComparisonText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Anything but letters and digits. Letters of every script are kept: folding Cyrillic or Chinese
   * away left titles such as "COVID-19 у детей" and "COVID-19 у взрослых" as the same "covid 19".
   */
  private static final Pattern PAGE = Pattern.compile("[A-Za-z]?\\d+[A-Za-z]?");

  private static final Pattern DAMAGED_VOLUME = Pattern.compile("\\d+\\).*");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Map<Character, String> GREEK =
      Map.of(
          'α', "alpha", 'β', "beta", 'γ', "gamma", 'δ', "delta", 'κ', "kappa", 'μ', "mu", 'ω',
          "omega", 'ε', "epsilon", 'λ', "lambda", 'τ', "tau");

  /**
   * Suffixes that databases add to translated or annotated titles: "[Chinese]", "[Article in
   * German]", "(author's transl)", "[see comments]".
   */
  private static final Pattern TITLE_ANNOTATION =
      Pattern.compile(
          "(?i)\\s*(\\[(article in |in )?[a-z ,]{2,40}( abstract)?]"
              + "|\\[\\d+ refs?]"
              + "|\\[(erratum|comment|retraction|retracted|update|corrected|republished|see|published|reprint)[^]]*(]|$)"
              + "|\\((author'?s )?transl\\.?\\))\\s*\\.?\\s*$");

  /**
   * A notice named at the end of a title, after a colon, full stop, dash or in brackets: "Title:
   * Correction", "Title [Erratum]", "Title (Retraction)". A title that merely ends in such a word
   * ("Attenuation correction") is no notice, and neither are MEDLINE's annotations on an article
   * ("[Erratum in: ...]", "[Retracted]").
   */
  private static final Pattern TRAILING_NOTICE =
      Pattern.compile(
          "(?i)^(.*?\\S)\\s*(?:[\\[(]\\s*(NOTICE)\\s*[\\])]|(?:[:;.,]|\\s[-\u2013\u2014])\\s*(NOTICE))"
                  .replace(
                      "NOTICE",
                      "erratum|errata|correction|corrigendum|corrigenda|retraction(?: notice)?"
                          + "|notice of retraction")
              + "\\s*\\.?\\s*$");

  private ComparisonText() {}

  /** Lower-case ASCII words separated by single spaces. */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    return isAscii(s) ? foldAscii(s) : foldAnyScript(s);
  }

  /** {@link #fold} for text in any script (the ASCII fast path must agree with it). */
  static String foldAnyScript(String s) {
    StringBuilder greek = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      String name = GREEK.get(Character.toLowerCase(c));
      if (name != null) {
        greek.append(' ').append(name).append(' ');
      } else {
        greek.append(c);
      }
    }
    String t = Normalizer.normalize(greek.toString(), Normalizer.Form.NFKD);
    t =
        MARKS
            .matcher(t)
            .replaceAll("")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replace("ß", "ss");
    t =
        t.replace("ø", "o")
            .replace("æ", "ae")
            .replace("œ", "oe")
            .replace("ł", "l")
            .replace("đ", "d");
    return NON_ALNUM.matcher(t).replaceAll(" ").strip();
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #fold} for plain ASCII text, in one pass: most titles and abstracts are ASCII, and
   * deduplication folds every abstract of a large project (normalising and two regular expressions
   * over 100,000 abstracts took longer than comparing their pairs).
   */
  private static String foldAscii(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (c == '&') {
        space = true;
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append("and");
      } else if (word) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /**
   * The script most letters of a folded text are written in (Latin, Cyrillic, Han...), or null when
   * it has no letters.
   */
  static Character.UnicodeScript script(String folded) {
    if (isAscii(folded)) { // most titles: their letters, if any, are Latin
      for (int i = 0; i < folded.length(); i++) {
        if (Character.isLetter(folded.charAt(i))) {
          return Character.UnicodeScript.LATIN;
        }
      }
      return null;
    }
    return scriptByCounting(folded);
  }

  /** {@link #script} by counting the letters of each script, for every text. */
  static Character.UnicodeScript scriptByCounting(String folded) {
    java.util.EnumMap<Character.UnicodeScript, Integer> letters =
        new java.util.EnumMap<>(Character.UnicodeScript.class);
    folded
        .codePoints()
        .filter(Character::isLetter)
        .forEach(c -> letters.merge(Character.UnicodeScript.of(c), 1, Integer::sum));
    return letters.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey)
        .orElse(null);
  }

  /** A title without the annotations databases add, folded. */
  static String title(String title) {
    if (title == null) {
      return "";
    }
    String t = title.strip();
    Matcher notice = TRAILING_NOTICE.matcher(t);
    if (notice.matches()) {
      // put the notice words first, where the notice rule reads them ("correction to: title")
      String word = notice.group(2) != null ? notice.group(2) : notice.group(3);
      return fold(word) + " " + title(notice.group(1));
    }
    for (int i = 0; i < 5; i++) {
      String stripped = TITLE_ANNOTATION.matcher(t).replaceFirst("");
      if (stripped.equals(t)) {
        break;
      }
      t = stripped;
    }
    t = fold(t);
    return t.startsWith("the ") ? t.substring(4) : t;
  }

  /**
   * A first page as a number, or null when it is no page: spreadsheets turn "9-11" into "11-Sep"
   * and such values must not count as a different page.
   */
  static String page(String s) {
    if (s == null || !PAGE.matcher(s.strip()).matches()) {
      return null;
    }
    String t = s.strip().toLowerCase(Locale.ROOT);
    String prefix = Character.isLetter(t.charAt(0)) ? t.substring(0, 1) : "";
    return prefix + leadingNumber(t);
  }

  /**
   * A volume number, or null when the value is damaged: "1)" is what is left of "59(Suppl 1)" in
   * some exports, and must not count as volume 1.
   */
  static String volume(String s) {
    if (s == null || DAMAGED_VOLUME.matcher(s.strip()).matches()) {
      return null;
    }
    return leadingNumber(s);
  }

  /** The first run of digits ("16 (1) (no pagination)" → "16", "e0123" → "0123"), or null. */
  static String leadingNumber(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !Character.isDigit(s.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      j++;
    }
    if (i == j) {
      return null;
    }
    // leading zeros go, as "^0+(?=\\d)" would take them: each one followed by an ASCII digit
    int k = i;
    while (k + 1 < j && s.charAt(k) == '0' && isAsciiDigit(s.charAt(k + 1))) {
      k++;
    }
    return s.substring(k, j);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
