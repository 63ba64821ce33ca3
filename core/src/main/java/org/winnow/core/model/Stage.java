package org.winnow.core.model;

import java.util.List;
import java.util.Locale;

/** The two screening stages. Title-abstract screens citations; full-text screens reports. */
public enum Stage {
  TITLE_ABSTRACT("title-abstract", "ta", "tiab", "title-and-abstract", "abstract"),
  FULL_TEXT("full-text", "ft", "fulltext");

  private final String cliName;
  private final List<String> aliases;

  Stage(String cliName, String... aliases) {
    this.cliName = cliName;
    this.aliases = List.of(aliases);
  }

  public String cliName() {
    return cliName;
  }

  /** Every name {@link #parse} accepts for this stage: its CLI name first, then the short ones. */
  public List<String> names() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(cliName), aliases.stream())
        .toList();
  }

  public static Stage parse(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Stage stage : values()) {
      if (stage.names().contains(t)) {
        return stage;
      }
    }
    throw new IllegalArgumentException("unknown stage '" + s + "' (title-abstract or full-text)");
  }
}
