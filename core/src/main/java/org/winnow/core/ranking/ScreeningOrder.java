package org.winnow.core.ranking;

import java.util.Locale;

/**
 * The order in which a reviewer is served the items of a stage. {@link #PRIORITISED} puts the items
 * a model trained on the decisions so far finds most likely relevant first; {@link #RANDOM} serves
 * them in a seeded random order (the stopping rule's assumptions hold for both); {@link #FILE}
 * keeps the order the items were imported in (the stopping rule does not apply then).
 */
public enum ScreeningOrder {
  PRIORITISED,
  RANDOM,
  FILE;

  /** The name on the command line and in replies. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the hypergeometric stopping rule's sampling argument holds for items served so. */
  public boolean supportsStopping() {
    return this != FILE;
  }

  public static ScreeningOrder parse(String value) {
    for (ScreeningOrder o : values()) {
      if (o.cliName().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "unknown order '" + value + "' (known: prioritised, random, file)");
  }
}
