package org.winnow.core.normalise;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DOIs compare case-insensitively and arrive wrapped in URLs, prefixes and suffixes. */
public final class Dois {
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
  private static final Pattern PERCENT_ENCODED = Pattern.compile(".*%[0-9A-Fa-f]{2}.*");
  private static final Pattern DOI_TAG = Pattern.compile("\\[doi]$");

  private Dois() {}

  /**
   * The bare DOI in lower case ("10.1097/mol.0b013e3282ffaf82") from "https://doi.org/...",
   * "doi:...", "10.1/x [doi]" and the like; null when the text holds no DOI.
   */
  public static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    try {
      if (s.indexOf('%') >= 0 && PERCENT_ENCODED.matcher(s).matches()) {
        s = java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
      }
    } catch (IllegalArgumentException ignored) {
      // not URL-encoded after all: keep the text as it is
    }
    Matcher m = DOI.matcher(s);
    if (!m.find()) {
      return null;
    }
    String doi = m.group();
    doi = DOI_TAG.matcher(doi).replaceAll("");
    while (!doi.isEmpty() && ".,;:)]}>\"'".indexOf(doi.charAt(doi.length() - 1)) >= 0) {
      // a closing bracket is part of some DOIs only when balanced inside
      char last = doi.charAt(doi.length() - 1);
      if (last == ')' && count(doi, '(') >= count(doi, ')')) {
        break;
      }
      doi = doi.substring(0, doi.length() - 1);
    }
    return doi.isEmpty() ? null : doi.toLowerCase(Locale.ROOT);
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }
}
