package org.winnow.core.io.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.normalise.AuthorNames;
import org.winnow.core.normalise.Dois;
import org.winnow.core.normalise.Pages;
import org.winnow.core.normalise.Text;
import org.winnow.core.normalise.Years;

/**
 * Compares what an importer produced with what a reference says, field by field, after the same
 * normalisation on both sides: case folded, accents and extra white space removed, a trailing
 * period dropped, DOIs bare and lower case, pages via {@link Pages#normalise}, authors as family
 * name + first initial. A field counts only when the reference has a value for it.
 */
public final class CsvFieldAgreement {

  /** The fields every conformance table reports. */
  public enum Name {
    TITLE,
    AUTHORS,
    YEAR,
    JOURNAL,
    VOLUME,
    ISSUE,
    PAGES,
    DOI,
    ABSTRACT
  }

  private final Map<Name, int[]> counts = new EnumMap<>(Name.class);
  private final List<String> disagreements = new ArrayList<>();

  public CsvFieldAgreement() {
    for (Name n : Name.values()) {
      counts.put(n, new int[2]);
    }
  }

  /** Comparable values of a normalised record. */
  public static Map<Name, String> of(Bibliographic b) {
    Map<Name, String> m = new EnumMap<>(Name.class);
    put(m, Name.TITLE, text(b.title()));
    put(m, Name.AUTHORS, authors(b.authors()));
    put(m, Name.YEAR, b.year() == null ? null : b.year().toString());
    put(m, Name.JOURNAL, text(b.journal()));
    put(m, Name.VOLUME, text(b.volume()));
    put(m, Name.ISSUE, text(b.issue()));
    put(m, Name.PAGES, pages(b.pages()));
    put(m, Name.DOI, Dois.normalise(b.doi()));
    put(m, Name.ABSTRACT, text(b.abstractText()));
    return m;
  }

  /** Comparable values of a Zotero item (translator test cases' expected JSON). */
  public static Map<Name, String> ofZotero(JsonNode item) {
    Map<Name, String> m = new EnumMap<>(Name.class);
    put(m, Name.TITLE, text(item.path("title").asText(null)));
    List<Author> authors = new ArrayList<>();
    for (JsonNode c : item.path("creators")) {
      String role = c.path("creatorType").asText("author");
      if (!role.equals("author") && !role.equals("inventor")) {
        continue;
      }
      if (c.has("name")) {
        authors.add(new Author(c.path("name").asText(), ""));
      } else {
        authors.add(new Author(c.path("lastName").asText(), c.path("firstName").asText("")));
      }
    }
    put(m, Name.AUTHORS, authors(authors));
    Integer year = Years.from(item.path("date").asText(null));
    put(m, Name.YEAR, year == null ? null : year.toString());
    String journal = item.path("publicationTitle").asText(null);
    if (journal == null) {
      journal = item.path("bookTitle").asText(item.path("proceedingsTitle").asText(null));
    }
    put(m, Name.JOURNAL, text(journal));
    put(m, Name.VOLUME, text(item.path("volume").asText(null)));
    put(m, Name.ISSUE, text(item.path("issue").asText(null)));
    put(m, Name.PAGES, pages(item.path("pages").asText(null)));
    put(m, Name.DOI, Dois.normalise(item.path("DOI").asText(null)));
    put(m, Name.ABSTRACT, text(item.path("abstractNote").asText(null)));
    return m;
  }

  /**
   * Comparable values from loose strings (a hand-read reference, a BibTeX entry): {@code authors}
   * is a whole author list in any shape {@link AuthorNames#parseList} reads.
   */
  public static Map<Name, String> ofValues(Map<Name, String> values) {
    Map<Name, String> m = new EnumMap<>(Name.class);
    for (Map.Entry<Name, String> e : values.entrySet()) {
      String v = e.getValue();
      switch (e.getKey()) {
        case AUTHORS -> put(m, Name.AUTHORS, authors(AuthorNames.parseList(v)));
        case YEAR -> {
          Integer y = Years.from(v);
          put(m, Name.YEAR, y == null ? null : y.toString());
        }
        case PAGES -> put(m, Name.PAGES, pages(v));
        case DOI -> put(m, Name.DOI, Dois.normalise(v));
        default -> put(m, e.getKey(), text(v));
      }
    }
    return m;
  }

  /** Counts one record: every field the reference has is compared. */
  public void compare(String label, Map<Name, String> reference, Map<Name, String> actual) {
    for (Map.Entry<Name, String> e : reference.entrySet()) {
      int[] c = counts.get(e.getKey());
      c[1]++;
      String got = actual.get(e.getKey());
      if (e.getValue().equals(got)) {
        c[0]++;
      } else {
        disagreements.add(
            label
                + " "
                + e.getKey()
                + ": expected <"
                + cut(e.getValue())
                + "> got <"
                + cut(got)
                + ">");
      }
    }
  }

  /** Counts a record that the reference has but the importer did not produce. */
  public void missing(String label, Map<Name, String> reference) {
    compare(label, reference, Map.of());
  }

  public void addAll(CsvFieldAgreement other) {
    for (Name n : Name.values()) {
      counts.get(n)[0] += other.counts.get(n)[0];
      counts.get(n)[1] += other.counts.get(n)[1];
    }
    disagreements.addAll(other.disagreements);
  }

  public int agreed() {
    return counts.values().stream().mapToInt(c -> c[0]).sum();
  }

  public int compared() {
    return counts.values().stream().mapToInt(c -> c[1]).sum();
  }

  public double rate() {
    return compared() == 0 ? 1.0 : (double) agreed() / compared();
  }

  public List<String> disagreements() {
    return List.copyOf(disagreements);
  }

  /** "agreed/compared" per field, in {@link Name} order ("-" when never compared). */
  public Map<Name, String> cells() {
    Map<Name, String> out = new LinkedHashMap<>();
    for (Name n : Name.values()) {
      int[] c = counts.get(n);
      out.put(n, c[1] == 0 ? "-" : c[0] + "/" + c[1]);
    }
    return out;
  }

  /** A fixed-width table row: label, then one cell per field and the overall rate. */
  public String row(String label, String extra) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-44s %-14s", label, extra));
    cells().values().forEach(v -> s.append(String.format(Locale.ROOT, " %9s", v)));
    s.append(String.format(Locale.ROOT, " %7.2f%%", 100 * rate()));
    return s.toString();
  }

  /** The header line matching {@link #row}. */
  public static String header(String first, String extra) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-44s %-14s", first, extra));
    for (Name n : Name.values()) {
      String name = n.name().toLowerCase(Locale.ROOT);
      s.append(String.format(Locale.ROOT, " %9s", name.length() > 9 ? name.substring(0, 9) : name));
    }
    return s.append("   overall").toString();
  }

  // --- normalisation shared by both sides ---

  /** Case-folded, accent-free, single-spaced text without a trailing period; null when blank. */
  public static String text(String raw) {
    String s = Text.clean(raw);
    if (s == null) {
      return null;
    }
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s.isEmpty() ? null : s;
  }

  public static String pages(String raw) {
    String p = Pages.normalise(raw);
    return p == null ? null : p.toLowerCase(Locale.ROOT);
  }

  /** "family i; family i" in order; null when the list is empty. */
  public static String authors(List<Author> authors) {
    List<String> out = new ArrayList<>();
    for (Author a : authors) {
      String family = text(a.family());
      if (family == null) {
        continue;
      }
      String initials = a.initials();
      out.add(
          initials.isEmpty()
              ? family
              : family + " " + initials.substring(0, 1).toLowerCase(Locale.ROOT));
    }
    return out.isEmpty() ? null : String.join("; ", out);
  }

  private static void put(Map<Name, String> m, Name n, String v) {
    if (v != null && !v.isBlank()) {
      m.put(n, v);
    }
  }

  private static String cut(String s) {
    return s == null ? "null" : s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
