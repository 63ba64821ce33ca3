package org.winnow.core.stats.effect;

/** What a study reported its result favoured, when it gave a direction but no usable numbers. */
public enum Favours {
  INTERVENTION,
  CONTROL,
  NEITHER;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
