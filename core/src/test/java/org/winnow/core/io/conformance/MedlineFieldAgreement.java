package org.winnow.core.io.conformance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * Field-by-field agreement between what an importer produced and what another tool's ground truth
 * says, compared by meaning: both sides go through the same normalisation (case-folded, accents and
 * white space folded, a trailing period and enclosing quotes or brackets dropped, DOIs lower-case,
 * pages via {@link Pages#normalise}, authors by family name and first initial). A field is compared
 * only where the ground truth has it (authors: where either side has any). Shared by every
 * conformance test; keep it generic.
 */
public final class MedlineFieldAgreement {

  /** The fields compared. */
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

  /** The ground truth of one record, in plain strings; null where the truth says nothing. */
  public static final class Expected {
    private final Map<Name, Object> values = new EnumMap<>(Name.class);

    public Expected set(Name name, String value) {
      if (value != null && !value.isBlank()) {
        values.put(name, value);
      }
      return this;
    }

    /** The authors, in order (editors and other contributors left out). */
    public Expected authors(List<Author> authors) {
      values.put(Name.AUTHORS, List.copyOf(authors));
      return this;
    }
  }

  /** Counts per field for one group of cases (a fixture folder). */
  public static final class Tally {
    private final Map<Name, int[]> counts = new EnumMap<>(Name.class);
    private final List<String> disagreements = new ArrayList<>();
    private int cases;
    private int records;
    private int expectedRecords;
    private int detectionChecked;
    private int detectedRight;

    public void cases(int n) {
      cases += n;
    }

    /** Counts one file whose format detection was checked. */
    public void detected(boolean right) {
      detectionChecked++;
      detectedRight += right ? 1 : 0;
    }

    public void records(int actual, int expected) {
      records += actual;
      expectedRecords += expected;
    }

    public int compared() {
      return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int agreed() {
      return counts.values().stream().mapToInt(c -> c[1]).sum();
    }

    public List<String> disagreements() {
      return disagreements;
    }

    /** Compares one record; {@code where} names it in the list of disagreements. */
    public void compare(String where, Expected expected, Bibliographic actual) {
      for (Name name : Name.values()) {
        Object want = expected.values.get(name);
        String wantKey;
        String haveKey;
        if (name == Name.AUTHORS) {
          @SuppressWarnings("unchecked")
          List<Author> authors = want == null ? null : (List<Author>) want;
          if (authors == null || (authors.isEmpty() && actual.authors().isEmpty())) {
            continue;
          }
          wantKey = authorKeysOf(authors);
          haveKey = authorKeysOf(actual.authors());
        } else {
          if (want == null) {
            continue;
          }
          wantKey = key(name, (String) want);
          haveKey = key(name, actualValue(name, actual));
        }
        int[] c = counts.computeIfAbsent(name, n -> new int[2]);
        c[0]++;
        if (Objects.equals(wantKey, haveKey)) {
          c[1]++;
        } else {
          disagreements.add(
              where
                  + " "
                  + name
                  + ": expected <"
                  + shorten(wantKey)
                  + "> got <"
                  + shorten(haveKey)
                  + ">");
        }
      }
    }
  }

  /** Longest value shown in a disagreement line. */
  private static final int SHOWN_CHARS = 100;

  private MedlineFieldAgreement() {}

  private static String shorten(String s) {
    return s == null || s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS) + "...";
  }

  private static String actualValue(Name name, Bibliographic b) {
    return switch (name) {
      case TITLE -> b.title();
      case YEAR -> b.year() == null ? null : b.year().toString();
      case JOURNAL -> b.journal();
      case VOLUME -> b.volume();
      case ISSUE -> b.issue();
      case PAGES -> b.pages();
      case DOI -> b.doi();
      case ABSTRACT -> b.abstractText();
      case AUTHORS -> throw new IllegalArgumentException("authors are a list");
    };
  }

  /** The comparable form of one value of a field. */
  public static String key(Name name, String value) {
    if (value == null) {
      return null;
    }
    return switch (name) {
      case YEAR -> {
        Integer y = Years.from(value);
        yield y == null ? null : y.toString();
      }
      case DOI -> Dois.normalise(value);
      case PAGES -> text(Pages.normalise(value));
      default -> text(value);
    };
  }

  /** Case-folded, accent-folded text without enclosing quotes/brackets or a trailing period. */
  public static String text(String value) {
    String s = Text.clean(value);
    if (s == null) {
      return null;
    }
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    String before;
    do {
      before = s;
      s = s.replaceAll("[.\\s]+$", "");
      if (s.length() >= 2 && isWrapped(s)) {
        s = s.substring(1, s.length() - 1).strip();
      }
    } while (!s.equals(before));
    return s.isEmpty() ? null : s;
  }

  private static boolean isWrapped(String s) {
    char a = s.charAt(0);
    char z = s.charAt(s.length() - 1);
    return (a == '[' && z == ']')
        || (a == '"' && z == '"')
        || (a == '“' && z == '”')
        || (a == '\'' && z == '\'');
  }

  /** Names written as strings ("Family, Given", "Given Family", an organisation). */
  public static List<Author> parseNames(List<String> names) {
    List<Author> authors = new ArrayList<>();
    for (String n : names) {
      Author a = AuthorNames.parse(n);
      if (a != null) {
        authors.add(a);
      }
    }
    return authors;
  }

  /** "family initial; family initial": family name and first initial of each author. */
  public static String authorKeysOf(List<Author> authors) {
    List<String> keys = new ArrayList<>();
    for (Author a : authors) {
      String family = text(a.family());
      String initial = a.initials().isEmpty() ? "" : a.initials().substring(0, 1);
      keys.add((family == null ? "" : family) + " " + initial.toLowerCase(Locale.ROOT));
    }
    return String.join("; ", keys).strip();
  }

  /** A table: one row per group, then the totals, with field agreement per field. */
  public static String table(Map<String, Tally> groups) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-34s %5s %9s %9s %9s %9s %7s",
            "group",
            "cases",
            "detected",
            "records",
            "compared",
            "agreed",
            "%"));
    for (Name n : Name.values()) {
      out.append(String.format(Locale.ROOT, " %9s", n.name().toLowerCase(Locale.ROOT)));
    }
    out.append('\n');
    Tally total = new Tally();
    Map<String, Tally> rows = new LinkedHashMap<>(groups);
    for (Map.Entry<String, Tally> e : rows.entrySet()) {
      row(out, e.getKey(), e.getValue());
      Tally t = e.getValue();
      total.cases += t.cases;
      total.records += t.records;
      total.expectedRecords += t.expectedRecords;
      total.detectionChecked += t.detectionChecked;
      total.detectedRight += t.detectedRight;
      t.counts.forEach(
          (k, v) -> {
            int[] c = total.counts.computeIfAbsent(k, x -> new int[2]);
            c[0] += v[0];
            c[1] += v[1];
          });
    }
    row(out, "TOTAL", total);
    return out.toString();
  }

  private static void row(StringBuilder out, String name, Tally t) {
    out.append(
        String.format(
            Locale.ROOT,
            "%-34s %5d %9s %4d/%-4d %9d %9d %6.1f%%",
            name,
            t.cases,
            t.detectedRight + "/" + t.detectionChecked,
            t.records,
            t.expectedRecords,
            t.compared(),
            t.agreed(),
            percent(t.agreed(), t.compared())));
    for (Name n : Name.values()) {
      int[] c = t.counts.get(n);
      out.append(String.format(Locale.ROOT, " %9s", c == null ? "-" : c[1] + "/" + c[0]));
    }
    out.append('\n');
  }

  /** Agreed as a percentage of compared; 100 when nothing was compared. */
  public static double percent(int agreed, int compared) {
    return compared == 0 ? 100.0 : 100.0 * agreed / compared;
  }

  /** Total agreement over several groups, in percent. */
  public static double overall(Map<String, Tally> groups) {
    int agreed = groups.values().stream().mapToInt(Tally::agreed).sum();
    int compared = groups.values().stream().mapToInt(Tally::compared).sum();
    return percent(agreed, compared);
  }
}
