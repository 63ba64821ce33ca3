package org.winnow.core.io.conformance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only reader of the expected-result BibTeX files beside JabRef's importer fixtures, which
 * JabRef writes one {@code field = {value},} per line. A stand-in until the BibTeX importer can
 * read them: it handles nothing else (no @string, no concatenation, no multi-line values).
 */
final class SimpleBibEntries {
  private static final Pattern ENTRY = Pattern.compile("^\\s*@(\\w+)\\s*\\{\\s*([^,]*),?\\s*$");
  private static final Pattern FIELD =
      Pattern.compile("^\\s*([\\w-]+)\\s*=\\s*[{\"](.*)[}\"]\\s*,?\\s*$");

  private SimpleBibEntries() {}

  /** One map of lower-case field name → value per entry, in file order. */
  static List<Map<String, String>> read(String text) {
    List<Map<String, String>> entries = new ArrayList<>();
    Map<String, String> current = null;
    for (String line : text.split("\\R")) {
      Matcher e = ENTRY.matcher(line);
      if (e.matches() && !e.group(1).equalsIgnoreCase("comment")) {
        current = new LinkedHashMap<>();
        current.put("@type", e.group(1).toLowerCase(Locale.ROOT));
        current.put("@key", e.group(2).strip());
        entries.add(current);
        continue;
      }
      Matcher f = FIELD.matcher(line);
      if (current != null && f.matches()) {
        current.put(f.group(1).toLowerCase(Locale.ROOT), f.group(2));
      }
    }
    return entries;
  }

  /** The comparable fields of one entry. */
  static Map<FieldAgreement.Name, String> reference(Map<String, String> entry) {
    Map<FieldAgreement.Name, String> v = new EnumMap<>(FieldAgreement.Name.class);
    putIf(v, FieldAgreement.Name.TITLE, entry.get("title"));
    putIf(v, FieldAgreement.Name.AUTHORS, entry.get("author"));
    putIf(v, FieldAgreement.Name.YEAR, entry.get("year"));
    putIf(v, FieldAgreement.Name.JOURNAL, entry.get("journal"));
    putIf(v, FieldAgreement.Name.VOLUME, entry.get("volume"));
    putIf(v, FieldAgreement.Name.ISSUE, entry.getOrDefault("number", entry.get("issue")));
    putIf(v, FieldAgreement.Name.PAGES, entry.get("pages"));
    putIf(v, FieldAgreement.Name.DOI, entry.get("doi"));
    putIf(v, FieldAgreement.Name.ABSTRACT, entry.get("abstract"));
    return FieldAgreement.ofValues(v);
  }

  private static void putIf(Map<FieldAgreement.Name, String> m, FieldAgreement.Name n, String v) {
    if (v != null && !v.isBlank()) {
      m.put(n, v.replace("{", "").replace("}", ""));
    }
  }
}
