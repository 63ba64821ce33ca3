package org.winnow.core.appraisal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The five study-design categories of MMAT 2018, each appraised on its own five criteria. */
public enum MmatCategory {
  QUALITATIVE(1, "qualitative", "Qualitative"),
  RANDOMIZED(2, "randomized", "Quantitative randomized controlled trials"),
  NON_RANDOMIZED(3, "non-randomized", "Quantitative non-randomized"),
  DESCRIPTIVE(4, "descriptive", "Quantitative descriptive"),
  MIXED_METHODS(5, "mixed-methods", "Mixed methods");

  private final int number;
  private final String id;
  private final String label;

  MmatCategory(int number, String id, String label) {
    this.number = number;
    this.id = id;
    this.label = label;
  }

  /** 1 to 5, the first digit of its criteria's codes. */
  public int number() {
    return number;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** The quantitative categories a mixed-methods study's quantitative component may take. */
  public boolean isQuantitative() {
    return this == RANDOMIZED || this == NON_RANDOMIZED || this == DESCRIPTIVE;
  }

  public List<MmatCriterion> criteria() {
    return Arrays.stream(MmatCriterion.values()).filter(c -> c.category() == this).toList();
  }

  /** Reads a category by id, number, label or a common spelling (randomised, RCT, mixed). */
  public static MmatCategory parse(String s) {
    String t =
        s.strip()
            .toLowerCase(Locale.ROOT)
            .replace('_', '-')
            .replace(' ', '-')
            .replace("ised", "ized");
    for (MmatCategory c : values()) {
      if (t.equals(c.id)
          || t.equals(Integer.toString(c.number))
          || t.equals(c.label.toLowerCase(Locale.ROOT).replace(' ', '-'))) {
        return c;
      }
    }
    return switch (t) {
      case "rct", "randomized-controlled-trial", "randomized-controlled-trials" -> RANDOMIZED;
      case "quantitative-non-randomized", "nrs" -> NON_RANDOMIZED;
      case "quantitative-descriptive" -> DESCRIPTIVE;
      case "mixed", "mixed-method" -> MIXED_METHODS;
      default ->
          throw new IllegalArgumentException(
              "'"
                  + s
                  + "' is not an MMAT 2018 category: "
                  + String.join(", ", Arrays.stream(values()).map(MmatCategory::id).toList()));
    };
  }
}
