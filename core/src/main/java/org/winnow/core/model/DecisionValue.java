package org.winnow.core.model;

import java.util.Locale;

/** A reviewer's verdict on an item. */
public enum DecisionValue {
  INCLUDE,
  EXCLUDE,
  MAYBE;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Also reads the words Covidence and Rayyan exports use, and the 1/0 and true/false of ASReview's
   * labels and spreadsheets.
   */
  public static DecisionValue parse(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "include", "included", "yes", "y", "i", "1", "true" -> INCLUDE;
      case "exclude", "excluded", "no", "n", "e", "0", "false" -> EXCLUDE;
      case "maybe", "unsure", "m", "?" -> MAYBE;
      default -> throw new IllegalArgumentException("'" + s + "' is not include, exclude or maybe");
    };
  }
}
