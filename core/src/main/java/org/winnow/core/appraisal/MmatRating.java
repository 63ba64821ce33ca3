package org.winnow.core.appraisal;

import java.util.Locale;

/** The answers MMAT 2018 allows for every item. */
public enum MmatRating {
  YES("yes", "Yes"),
  NO("no", "No"),
  CANT_TELL("cant-tell", "Can't tell");

  private final String id;
  private final String label;

  MmatRating(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** Reads "yes", "No", "can't tell", "Can’t tell", "cannot tell", "cant-tell" and the like. */
  public static MmatRating parse(String s) {
    String t =
        s.strip()
            .toLowerCase(Locale.ROOT)
            .replace("’", "'")
            .replace("cannot", "can't")
            .replaceAll("[\\s_-]+", " ")
            .replace("can't", "cant")
            .replace("can t", "cant");
    return switch (t) {
      case "yes", "y" -> YES;
      case "no", "n" -> NO;
      case "cant tell" -> CANT_TELL;
      default ->
          throw new IllegalArgumentException(
              "'" + s + "' is not an MMAT answer: Yes, No or Can't tell");
    };
  }
}
