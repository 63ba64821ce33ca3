package org.winnow.core.io.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Just enough BibTeX to read the expected entries beside JabRef's test inputs: {@code @type{key,
 * name = {value}, name = "value", name = bare}}, braces nested, {@code @Comment} skipped. Field
 * names are lower-cased; values keep their inner braces stripped. Test-only: Winnow's real BibTeX
 * importer replaces it once it exists.
 */
final class TinyBibReader {
  private final String s;
  private int i;

  private TinyBibReader(String s) {
    this.s = s;
  }

  static List<Map<String, String>> entries(String bib) {
    return new TinyBibReader(bib).all();
  }

  private List<Map<String, String>> all() {
    List<Map<String, String>> out = new ArrayList<>();
    while ((i = s.indexOf('@', i)) >= 0) {
      int open = s.indexOf('{', i);
      if (open < 0) {
        break;
      }
      String type = s.substring(i + 1, open).strip().toLowerCase(Locale.ROOT);
      i = open + 1;
      if (type.equals("comment") || type.equals("string") || type.equals("preamble")) {
        skipBalanced();
        continue;
      }
      int comma = s.indexOf(',', i);
      int close = s.indexOf('}', i);
      if (comma < 0 || (close >= 0 && close < comma)) {
        i = close < 0 ? s.length() : close + 1; // an entry without fields
        out.add(new LinkedHashMap<>());
        continue;
      }
      i = comma + 1;
      out.add(fields());
    }
    return out;
  }

  private Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    while (i < s.length()) {
      skipSpaceAndCommas();
      if (i >= s.length() || s.charAt(i) == '}') {
        i++;
        break;
      }
      int eq = s.indexOf('=', i);
      if (eq < 0) {
        i = s.length();
        break;
      }
      String name = s.substring(i, eq).strip().toLowerCase(Locale.ROOT);
      i = eq + 1;
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      String value;
      if (i < s.length() && s.charAt(i) == '{') {
        int start = ++i;
        skipBalanced();
        value = s.substring(start, i - 1);
      } else if (i < s.length() && s.charAt(i) == '"') {
        int end = s.indexOf('"', i + 1);
        value = s.substring(i + 1, end);
        i = end + 1;
      } else {
        int start = i;
        while (i < s.length() && ",}\n".indexOf(s.charAt(i)) < 0) {
          i++;
        }
        value = s.substring(start, i).strip();
      }
      f.put(name, value.replace("{", "").replace("}", "").strip());
    }
    return f;
  }

  /** Moves past the brace that closes the group whose opening brace was just passed. */
  private void skipBalanced() {
    int depth = 1;
    while (i < s.length() && depth > 0) {
      char c = s.charAt(i++);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    }
  }

  private void skipSpaceAndCommas() {
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
      i++;
    }
  }
}
