package org.winnow.core.stats.effect;

/**
 * Direction of effect relative to the outcome's desirable direction, with the symbols of the
 * effect-direction plot (Thomson &amp; Thomas 2013; Boon &amp; Thomson 2021).
 */
public enum Direction {
  BENEFIT("benefit", "▲"),
  HARM("harm", "▼"),
  /** No change, or (for a domain) mixed or conflicting findings. */
  NO_CLEAR("no clear difference", "◄►");

  private final String label;
  private final String symbol;

  Direction(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  public String label() {
    return label;
  }

  public String symbol() {
    return symbol;
  }

  public String id() {
    return this == NO_CLEAR ? "no-clear" : label;
  }

  /** The direction of an effect (group 1 minus group 2) whose zero means no difference. */
  public static Direction of(double effect, Desirable desirable) {
    if (effect == 0) {
      return NO_CLEAR;
    }
    boolean higher = effect > 0;
    return higher == (desirable == Desirable.HIGHER) ? BENEFIT : HARM;
  }

  public static Direction of(Favours favours) {
    return switch (favours) {
      case INTERVENTION -> BENEFIT;
      case CONTROL -> HARM;
      case NEITHER -> NO_CLEAR;
    };
  }
}
