package org.winnow.core.stats.effect;

/** Which way an outcome is better: more (quality of life) or less (length of stay, pain). */
public enum Desirable {
  HIGHER,
  LOWER;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
