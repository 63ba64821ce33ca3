package org.winnow.core.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication years from whatever date strings exports carry ("2008 Jun", "2008/06/12/"). */
public final class Years {
  private static final Pattern YEAR =
      Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d|2100)(?!\\d)");

  private Years() {}

  /** The first plausible year in the text, or null. */
  public static Integer from(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = YEAR.matcher(raw);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }
}
