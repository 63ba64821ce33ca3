package org.winnow.core.io.conformance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.normalise.Dois;
import org.winnow.core.normalise.Pages;
import org.winnow.core.normalise.Text;

/**
 * Field-by-field agreement between what an importer read and a reference (an expected file of
 * another tool, or the same records in another format), after the same normalisation on both sides:
 * case folded, white space collapsed, a trailing period dropped, DOIs in lower case, pages through
 * {@link Pages#normalise}, authors as family name plus first initial. A field counts only where the
 * reference has a value: references are often incomplete, never a reason to fail.
 */
public final class BibFieldAgreement {

  /** The fields conformance tests compare, in table order. */
  public enum Compared {
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

  private BibFieldAgreement() {}

  /** One record's compared values, normalised for comparison; absent values are not stored. */
  public static final class Values {
    private final Map<Compared, String> values = new EnumMap<>(Compared.class);

    public static Values of(Bibliographic b) {
      return new Values()
          .title(b.title())
          .authors(b.authors())
          .year(b.year() == null ? null : b.year().toString())
          .journal(b.journal())
          .volume(b.volume())
          .issue(b.issue())
          .pages(b.pages())
          .doi(b.doi())
          .abstractText(b.abstractText());
    }

    public Values title(String v) {
      return put(Compared.TITLE, text(v));
    }

    public Values authors(List<Author> authors) {
      return put(Compared.AUTHORS, BibFieldAgreement.authors(authors));
    }

    public Values year(String v) {
      return put(Compared.YEAR, text(v));
    }

    public Values journal(String v) {
      return put(Compared.JOURNAL, text(v));
    }

    public Values volume(String v) {
      return put(Compared.VOLUME, text(v));
    }

    public Values issue(String v) {
      return put(Compared.ISSUE, text(v));
    }

    public Values pages(String v) {
      return put(Compared.PAGES, BibFieldAgreement.pages(v));
    }

    public Values doi(String v) {
      return put(Compared.DOI, BibFieldAgreement.doi(v));
    }

    public Values abstractText(String v) {
      return put(Compared.ABSTRACT, text(v));
    }

    public String get(Compared field) {
      return values.get(field);
    }

    private Values put(Compared field, String v) {
      if (v != null && !v.isEmpty()) {
        values.put(field, v);
      }
      return this;
    }
  }

  /** Cleaned, case-folded, white space collapsed, without a trailing period; null when blank. */
  public static String text(String raw) {
    String s = Text.clean(Text.stripBraces(raw));
    if (s == null) {
      return null;
    }
    s = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s.isEmpty() ? null : s;
  }

  public static String doi(String raw) {
    return Dois.normalise(raw);
  }

  public static String pages(String raw) {
    String p = Pages.normalise(raw);
    return p == null ? null : p.toLowerCase(Locale.ROOT);
  }

  /** "family initial; family initial" in order; organisations by their whole name. */
  public static String authors(List<Author> authors) {
    if (authors == null || authors.isEmpty()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Author a : authors) {
      String family = text(a.family());
      String given = a.given() == null ? "" : a.given().strip();
      String initial = given.isEmpty() ? "" : " " + given.substring(0, 1).toLowerCase(Locale.ROOT);
      out.add((family == null ? "" : family) + initial);
    }
    return String.join("; ", out);
  }

  /** Counts per compared field over many records; keeps the first disagreements for the report. */
  public static final class Tally {
    private static final int MAX_EXAMPLES = 40;
    private final Map<Compared, int[]> counts = new EnumMap<>(Compared.class);
    private final List<String> disagreements = new ArrayList<>();
    private int records;

    public Tally() {
      for (Compared c : Compared.values()) {
        counts.put(c, new int[2]);
      }
    }

    /** Compares one record; {@code label} names it in the list of disagreements. */
    public void compare(String label, Values expected, Values actual) {
      records++;
      for (Compared c : Compared.values()) {
        String want = expected.get(c);
        if (want == null) {
          continue;
        }
        int[] n = counts.get(c);
        n[0]++;
        String got = actual == null ? null : actual.get(c);
        if (Objects.equals(want, got)) {
          n[1]++;
        } else if (disagreements.size() < MAX_EXAMPLES) {
          disagreements.add(label + " " + c + ": expected <" + want + "> but was <" + got + ">");
        }
      }
    }

    /** A reference record the import did not produce: every field it has disagrees. */
    public void missing(String label, Values expected) {
      compare(label, expected, null);
    }

    public void addAll(Tally other) {
      records += other.records;
      for (Compared c : Compared.values()) {
        counts.get(c)[0] += other.counts.get(c)[0];
        counts.get(c)[1] += other.counts.get(c)[1];
      }
      for (String d : other.disagreements) {
        if (disagreements.size() < MAX_EXAMPLES) {
          disagreements.add(d);
        }
      }
    }

    public int records() {
      return records;
    }

    public int compared() {
      return counts.values().stream().mapToInt(n -> n[0]).sum();
    }

    public int agreed() {
      return counts.values().stream().mapToInt(n -> n[1]).sum();
    }

    /** Agreement over all compared fields, 0..1; 1 when nothing was compared. */
    public double rate() {
      return compared() == 0 ? 1.0 : (double) agreed() / compared();
    }

    public List<String> disagreements() {
      return List.copyOf(disagreements);
    }

    /** Table header matching {@link #row}. */
    public static String header() {
      StringBuilder s =
          new StringBuilder(String.format("%-34s %6s %8s", "folder", "cases", "records"));
      for (Compared c : Compared.values()) {
        s.append(String.format(" %9s", c.name().toLowerCase(Locale.ROOT)));
      }
      return s.append(String.format(" %14s", "all")).toString();
    }

    /** One table row: per field "agreed/compared", "-" when the reference had none. */
    public String row(String folder, int cases) {
      StringBuilder s = new StringBuilder(String.format("%-34s %6d %8d", folder, cases, records));
      for (Compared c : Compared.values()) {
        int[] n = counts.get(c);
        s.append(String.format(" %9s", n[0] == 0 ? "-" : n[1] + "/" + n[0]));
      }
      return s.append(
              String.format(
                  " %14s", agreed() + "/" + compared() + String.format(" %.1f%%", 100 * rate())))
          .toString();
    }
  }
}
