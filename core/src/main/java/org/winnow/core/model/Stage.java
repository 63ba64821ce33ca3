package org.winnow.core.model;

import java.util.Locale;

/** The two screening stages. Title-abstract screens citations; full-text screens reports. */
public enum Stage {
  TITLE_ABSTRACT("title-abstract"),
  FULL_TEXT("full-text");

  private final String cliName;

  Stage(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  public static Stage parse(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (t) {
      case "title-abstract", "ta", "tiab", "title-and-abstract", "abstract" -> TITLE_ABSTRACT;
      case "full-text", "ft", "fulltext" -> FULL_TEXT;
      default ->
          throw new IllegalArgumentException(
              "unknown stage '" + s + "' (title-abstract or full-text)");
    };
  }
}
