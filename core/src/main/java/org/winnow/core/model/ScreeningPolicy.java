package org.winnow.core.model;

import java.util.Locale;

/**
 * How many independent decisions each item of a stage needs.
 *
 * @param fraction share of items double-screened when {@code mode} is SAMPLE (1 for DOUBLE)
 * @param seed the seed that selected the sample, recorded so it reproduces
 * @param maybeCountsAsInclude whether "maybe" agrees with "include" (title-abstract only)
 * @param pilotSize how many items form a pilot (calibration) set that every reviewer screens first,
 *     drawn with {@code seed}; 0 for none
 */
public record ScreeningPolicy(
    Stage stage,
    Mode mode,
    double fraction,
    long seed,
    boolean maybeCountsAsInclude,
    int pilotSize) {

  /** Single screening, double for every item, or double for a random sample. */
  public enum Mode {
    SINGLE,
    DOUBLE,
    SAMPLE;

    public String cliName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Mode parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown policy '" + s + "' (single, double or sample)", e);
      }
    }
  }

  /** The Cochrane standard, and Winnow's default: two independent decisions on every item. */
  public static ScreeningPolicy defaultFor(Stage stage) {
    return new ScreeningPolicy(stage, Mode.DOUBLE, 1.0, 0, stage == Stage.TITLE_ABSTRACT, 0);
  }
}
