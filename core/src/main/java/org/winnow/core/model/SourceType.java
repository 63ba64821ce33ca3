package org.winnow.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where records came from, as PRISMA 2020 distinguishes identification sources. */
public enum SourceType {
  DATABASE("database"),
  REGISTER("register"),
  WEBSITE("website"),
  ORGANISATION("organisation"),
  CITATION_SEARCH("citation-search"),
  OTHER("other");

  private final String cliName;

  SourceType(String cliName) {
    this.cliName = cliName;
  }

  /** The stable name used on the command line, in JSON and in the database. */
  public String cliName() {
    return cliName;
  }

  /** True for the PRISMA "other methods" column (websites, organisations, citation searching). */
  public boolean isOtherMethod() {
    return this == WEBSITE || this == ORGANISATION || this == CITATION_SEARCH || this == OTHER;
  }

  public static SourceType parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (SourceType s : values()) {
      if (s.cliName.equals(t)) {
        return s;
      }
    }
    if (t.equals("organization")) {
      return ORGANISATION;
    }
    throw new IllegalArgumentException(
        "unknown source type '"
            + text
            + "' (expected one of "
            + Arrays.stream(values()).map(SourceType::cliName).collect(Collectors.joining(", "))
            + ")");
  }
}
