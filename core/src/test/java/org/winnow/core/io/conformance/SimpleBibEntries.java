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
  static Map<CsvFieldAgreement.Name, String> reference(Map<String, String> entry) {
    Map<CsvFieldAgreement.Name, String> v = new EnumMap<>(CsvFieldAgreement.Name.class);
    putIf(v, CsvFieldAgreement.Name.TITLE, entry.get("title"));
    putIf(v, CsvFieldAgreement.Name.AUTHORS, entry.get("author"));
    putIf(v, CsvFieldAgreement.Name.YEAR, entry.get("year"));
    putIf(v, CsvFieldAgreement.Name.JOURNAL, entry.get("journal"));
    putIf(v, CsvFieldAgreement.Name.VOLUME, entry.get("volume"));
    putIf(v, CsvFieldAgreement.Name.ISSUE, entry.getOrDefault("number", entry.get("issue")));
    putIf(v, CsvFieldAgreement.Name.PAGES, entry.get("pages"));
    putIf(v, CsvFieldAgreement.Name.DOI, entry.get("doi"));
    putIf(v, CsvFieldAgreement.Name.ABSTRACT, entry.get("abstract"));
    return CsvFieldAgreement.ofValues(v);
  }

  private static void putIf(
      Map<CsvFieldAgreement.Name, String> m, CsvFieldAgreement.Name n, String v) {
    if (v != null && !v.isBlank()) {
      m.put(n, v.replace("{", "").replace("}", ""));
    }
  }
}
