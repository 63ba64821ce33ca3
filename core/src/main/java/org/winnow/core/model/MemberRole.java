package org.winnow.core.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a member of a team project may do, enforced by the server: a lead manages the team and the
 * project (imports, deduplication, policies, reasons, conflicts) and sees everything; a reviewer
 * screens, extracts and appraises as themselves and sees others' work only once it is unblinded; a
 * statistician reads everything and changes nothing.
 */
public enum MemberRole {
  LEAD,
  REVIEWER,
  STATISTICIAN;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MemberRole parse(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    for (MemberRole r : values()) {
      if (r.cliName().equals(t)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '"
            + s
            + "' (one of "
            + String.join(", ", Arrays.stream(values()).map(MemberRole::cliName).toList())
            + ")");
  }
}
