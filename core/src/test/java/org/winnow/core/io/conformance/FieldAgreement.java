package org.winnow.core.io.conformance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.normalise.AuthorNames;
import org.winnow.core.normalise.Dois;
import org.winnow.core.normalise.Pages;
import org.winnow.core.normalise.Text;
import org.winnow.core.normalise.Years;

/**
 * Field-by-field agreement between what an importer produced and what a reference (another parser's
 * expected output, or the same records exported by another tool) says, for any format. Both sides
 * go through the same comparison form: case-folded, accents kept, white space collapsed, a trailing
 * period dropped, DOIs lower-cased, pages through {@link Pages#normalise}, authors as family name
 * plus first initial. A field is compared only when the reference has a value for it; the importer
 * producing nothing then counts as a disagreement.
 */
public final class FieldAgreement {

  /** The fields every conformance table reports. */
  public enum Item {
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

  private final Map<Item, int[]> counts = new EnumMap<>(Item.class);
  private final List<String> disagreements = new ArrayList<>();

  public FieldAgreement() {
    for (Item i : Item.values()) {
      counts.put(i, new int[2]);
    }
  }

  /** Compares one field; skipped when the reference value is blank. */
  public boolean compare(Item item, String where, String expected, String actual) {
    String e = form(item, expected);
    if (e == null) {
      return true;
    }
    String a = form(item, actual);
    boolean same = e.equals(a);
    count(item, same, where, e, a);
    return same;
  }

  /** Compares author lists (order kept) by family name and first initial. */
  public boolean compareAuthors(String where, List<Author> expected, List<Author> actual) {
    if (expected.isEmpty()) {
      return true;
    }
    List<String> e = authorForms(expected);
    List<String> a = authorForms(actual);
    boolean same = e.equals(a);
    count(Item.AUTHORS, same, where, e.toString(), a.toString());
    return same;
  }

  /** Compares every field of two normalised records. */
  public void compareAll(String where, Bibliographic expected, Bibliographic actual) {
    compare(Item.TITLE, where, expected.title(), actual.title());
    compareAuthors(where, expected.authors(), actual.authors());
    compare(
        Item.YEAR,
        where,
        Objects.toString(expected.year(), null),
        Objects.toString(actual.year(), null));
    compare(Item.JOURNAL, where, expected.journal(), actual.journal());
    compare(Item.VOLUME, where, expected.volume(), actual.volume());
    compare(Item.ISSUE, where, expected.issue(), actual.issue());
    compare(Item.PAGES, where, expected.pages(), actual.pages());
    compare(Item.DOI, where, expected.doi(), actual.doi());
    compare(Item.ABSTRACT, where, expected.abstractText(), actual.abstractText());
  }

  private void count(Item item, boolean same, String where, String expected, String actual) {
    int[] c = counts.get(item);
    c[1]++;
    if (same) {
      c[0]++;
    } else {
      disagreements.add(
          where + " " + item + ": expected <" + cut(expected) + "> got <" + cut(actual) + ">");
    }
  }

  /** Adds another tally into this one. */
  public void add(FieldAgreement other) {
    for (Item i : Item.values()) {
      counts.get(i)[0] += other.counts.get(i)[0];
      counts.get(i)[1] += other.counts.get(i)[1];
    }
    disagreements.addAll(other.disagreements);
  }

  public int agreed(Item item) {
    return counts.get(item)[0];
  }

  public int compared(Item item) {
    return counts.get(item)[1];
  }

  public int agreed() {
    return counts.values().stream().mapToInt(c -> c[0]).sum();
  }

  public int compared() {
    return counts.values().stream().mapToInt(c -> c[1]).sum();
  }

  /** Share of compared fields that agreed; 1 when nothing was compared. */
  public double rate() {
    return compared() == 0 ? 1.0 : (double) agreed() / compared();
  }

  public List<String> disagreements() {
    return List.copyOf(disagreements);
  }

  /** One table row: "agreed/compared" per field, then the overall rate. */
  public String row(String label, int cases, int records) {
    StringBuilder s =
        new StringBuilder(String.format(Locale.ROOT, "%-40s %5d %7d", label, cases, records));
    for (Item i : Item.values()) {
      int[] c = counts.get(i);
      s.append(String.format(Locale.ROOT, " %9s", c[1] == 0 ? "-" : c[0] + "/" + c[1]));
    }
    return s.append(String.format(Locale.ROOT, " %7.1f%%", 100 * rate())).toString();
  }

  /** The header that goes with {@link #row}. */
  public static String header() {
    StringBuilder s =
        new StringBuilder(
            String.format(Locale.ROOT, "%-40s %5s %7s", "folder", "cases", "records"));
    for (Item i : Item.values()) {
      s.append(String.format(Locale.ROOT, " %9s", i.name().toLowerCase(Locale.ROOT)));
    }
    return s.append(String.format(Locale.ROOT, " %8s", "overall")).toString();
  }

  /** The comparison form of a value, or null when blank. */
  public static String form(Item item, String raw) {
    if (raw == null) {
      return null;
    }
    switch (item) {
      case DOI:
        return Dois.normalise(raw);
      case PAGES:
        String p = Pages.normalise(raw);
        return p == null ? null : p.toLowerCase(Locale.ROOT);
      case YEAR:
        Integer y = Years.from(raw);
        return y == null ? null : y.toString();
      default:
        return text(raw);
    }
  }

  /** Case-folded, white space collapsed, trailing period removed, NFC. */
  public static String text(String raw) {
    String t = Text.clean(raw);
    if (t == null) {
      return null;
    }
    t = Normalizer.normalize(t, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.isEmpty() ? null : t;
  }

  /** "family i" for each author: family name case-folded, first initial of the given names. */
  public static List<String> authorForms(List<Author> authors) {
    List<String> out = new ArrayList<>();
    for (Author a : authors) {
      String family = text(a.family());
      String initials = a.initials();
      out.add(
          (family == null ? "" : family)
              + (initials.isEmpty()
                  ? ""
                  : " " + initials.substring(0, 1).toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  /** Parses one author name the way importers' values are parsed. */
  public static Author author(String name) {
    return AuthorNames.parse(name);
  }

  private static String cut(String s) {
    return s == null ? "null" : s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }
}
