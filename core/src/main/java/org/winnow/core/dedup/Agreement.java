package org.winnow.core.dedup;

/** How one field of two records compares. */
public enum Agreement {
  /** The values are the same after normalisation. */
  MATCH,
  /** Close but not the same (a year apart, a truncated title, an abbreviated journal). */
  PARTIAL,
  /** Both present and different. */
  CONFLICT,
  /** At least one side has no value: no evidence either way. */
  MISSING
}
