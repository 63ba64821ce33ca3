package org.winnow.core.io.conformance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.normalise.AuthorNames;
import org.winnow.core.normalise.Dois;
import org.winnow.core.normalise.Pages;
import org.winnow.core.normalise.Text;
import org.winnow.core.normalise.Years;

/**
 * Field-by-field agreement between what an importer read and a reference (another tool's expected
 * parse, or the same records in another file), tallied per field over many records. Both sides go
 * through one comparison form per field: text cleaned as importers' values are ({@link Text#clean};
 * titles also as {@link RecordNormaliser#title}), NFC, case-folded, white space collapsed, trailing
 * periods dropped; years as {@link Years#from}; DOIs through {@link Dois#normalise}; pages through
 * {@link Pages#normalise}; authors, in order, as family name plus first initial. A field counts
 * only where the reference has a value; the importer producing nothing there is a disagreement.
 */
public final class FieldAgreement {

  /** The fields every conformance table reports, in table order. */
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

  /** One record's values in comparison form; blank values are absent. */
  public static final class Values {
    private final Map<Item, String> forms = new EnumMap<>(Item.class);

    public static Values of(Bibliographic b) {
      return new Values()
          .set(Item.TITLE, b.title())
          .authors(b.authors())
          .set(Item.YEAR, b.year() == null ? null : b.year().toString())
          .set(Item.JOURNAL, b.journal())
          .set(Item.VOLUME, b.volume())
          .set(Item.ISSUE, b.issue())
          .set(Item.PAGES, b.pages())
          .set(Item.DOI, b.doi())
          .set(Item.ABSTRACT, b.abstractText());
    }

    /** Sets a field from a raw value; an author list may be in any shape importers read. */
    public Values set(Item item, String raw) {
      return put(item, form(item, raw));
    }

    /** The authors, in order; an empty list is no value. */
    public Values authors(List<Author> authors) {
      return put(Item.AUTHORS, authorForm(authors));
    }

    public String get(Item item) {
      return forms.get(item);
    }

    /** A copy with only the fields that {@code other} has too. */
    public Values sharedWith(Values other) {
      Values v = new Values();
      forms.forEach((item, form) -> v.put(item, other.forms.containsKey(item) ? form : null));
      return v;
    }

    private Values put(Item item, String form) {
      if (form != null && !form.isBlank()) {
        forms.put(item, form);
      } else {
        forms.remove(item);
      }
      return this;
    }
  }

  private final Map<Item, int[]> counts = new EnumMap<>(Item.class);
  private final List<String> disagreements = new ArrayList<>();
  private int cases;
  private int records;

  public FieldAgreement() {
    for (Item i : Item.values()) {
      counts.put(i, new int[2]);
    }
  }

  /** Compares one record, field by field, where the reference has a value. */
  public void compare(String where, Values expected, Values actual) {
    for (Item item : Item.values()) {
      String want = expected.get(item);
      if (want == null) {
        continue;
      }
      String got = actual.get(item);
      int[] c = counts.get(item);
      c[1]++;
      if (want.equals(got)) {
        c[0]++;
      } else {
        disagreements.add(where + " " + item + ": " + difference(want, got));
      }
    }
  }

  public void compare(String where, Bibliographic expected, Bibliographic actual) {
    compare(where, Values.of(expected), Values.of(actual));
  }

  /**
   * Counts one case (an input file) and compares its records in order with the reference's; a
   * reference record the importer did not produce disagrees on every field it has.
   */
  public void compareCase(String where, List<Values> expected, List<Bibliographic> actual) {
    cases++;
    records += actual.size();
    for (int i = 0; i < expected.size(); i++) {
      compare(
          where + "#" + (i + 1),
          expected.get(i),
          i < actual.size() ? Values.of(actual.get(i)) : new Values());
    }
  }

  /** Counts cases and records compared outside {@link #compareCase}. */
  public FieldAgreement counted(int cases, int records) {
    this.cases += cases;
    this.records += records;
    return this;
  }

  /** Adds another tally into this one. */
  public FieldAgreement add(FieldAgreement other) {
    for (Item i : Item.values()) {
      counts.get(i)[0] += other.counts.get(i)[0];
      counts.get(i)[1] += other.counts.get(i)[1];
    }
    disagreements.addAll(other.disagreements);
    cases += other.cases;
    records += other.records;
    return this;
  }

  /** The sum of several tallies. */
  public static FieldAgreement total(Iterable<FieldAgreement> tallies) {
    FieldAgreement t = new FieldAgreement();
    tallies.forEach(t::add);
    return t;
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

  public int cases() {
    return cases;
  }

  public int records() {
    return records;
  }

  /** Share of compared fields that agreed; 1 when nothing was compared. */
  public double rate() {
    return compared() == 0 ? 1.0 : (double) agreed() / compared();
  }

  /** Where and how each disagreement differed. */
  public List<String> disagreements() {
    return List.copyOf(disagreements);
  }

  /** The header that goes with {@link #row}. */
  public static String header() {
    StringBuilder s =
        new StringBuilder(
            String.format(Locale.ROOT, "%-46s %5s %7s", "folder", "cases", "records"));
    for (Item i : Item.values()) {
      s.append(String.format(Locale.ROOT, " %9s", i.name().toLowerCase(Locale.ROOT)));
    }
    return s.append(String.format(Locale.ROOT, " %15s", "overall")).toString();
  }

  /** One table row: cases, records, "agreed/compared" per field, then overall. */
  public String row(String label) {
    StringBuilder s =
        new StringBuilder(String.format(Locale.ROOT, "%-46s %5d %7d", label, cases, records));
    for (Item i : Item.values()) {
      int[] c = counts.get(i);
      s.append(String.format(Locale.ROOT, " %9s", c[1] == 0 ? "-" : c[0] + "/" + c[1]));
    }
    return s.append(
            String.format(Locale.ROOT, " %8s %5.1f%%", agreed() + "/" + compared(), 100 * rate()))
        .toString();
  }

  /** A titled table of labelled rows, a TOTAL row, then every disagreement. */
  public static String table(String title, Map<String, FieldAgreement> rows) {
    StringBuilder out = new StringBuilder("\n=== ").append(title).append('\n');
    out.append(header()).append('\n');
    rows.forEach((label, row) -> out.append(row.row(label)).append('\n'));
    FieldAgreement total = total(rows.values());
    out.append(total.row("TOTAL")).append('\n');
    if (!total.disagreements.isEmpty()) {
      out.append("disagreements:\n");
      total.disagreements.forEach(d -> out.append("  ").append(d).append('\n'));
    }
    return out.toString();
  }

  /** The comparison form of one value of a field, or null when blank. */
  public static String form(Item item, String raw) {
    if (raw == null) {
      return null;
    }
    return switch (item) {
      case TITLE -> text(RecordNormaliser.title(raw));
      case YEAR -> Objects.toString(Years.from(raw), null);
      case DOI -> Dois.normalise(raw);
      case PAGES -> text(Pages.normalise(raw));
      case AUTHORS -> authorForm(AuthorNames.parseList(raw));
      default -> text(raw);
    };
  }

  /** Cleaned, NFC, case-folded, white space collapsed, trailing periods dropped; null if blank. */
  public static String text(String raw) {
    String t = Text.clean(raw);
    if (t == null) {
      return null;
    }
    t = Normalizer.normalize(t, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    t = t.replaceAll("\\s+", " ").strip();
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.isEmpty() ? null : t;
  }

  /** "family i; family i": each author's family name and first initial, in order. */
  public static String authorForm(List<Author> authors) {
    List<String> out = new ArrayList<>();
    for (Author a : authors) {
      String family = Objects.requireNonNullElse(text(a.family()), "");
      String initials = a.initials();
      out.add(
          initials.isEmpty()
              ? family
              : family + " " + initials.substring(0, 1).toLowerCase(Locale.ROOT));
    }
    return out.isEmpty() ? null : String.join("; ", out);
  }

  /** Longest stretch of a value a disagreement line shows. */
  private static final int SHOWN = 90;

  /** "expected <...> got <...>", long values shown from a little before where they part. */
  private static String difference(String want, String got) {
    int from = 0;
    if (got != null && Math.max(want.length(), got.length()) > SHOWN) {
      int same = 0;
      while (same < Math.min(want.length(), got.length())
          && want.charAt(same) == got.charAt(same)) {
        same++;
      }
      from = Math.max(0, same - 20);
    }
    return "expected <" + excerpt(want, from) + "> got <" + excerpt(got, from) + ">";
  }

  private static String excerpt(String s, int from) {
    if (s == null) {
      return "null";
    }
    String t = s.substring(Math.min(from, s.length()));
    return (from > 0 ? "..." : "") + (t.length() > SHOWN ? t.substring(0, SHOWN) + "..." : t);
  }
}
