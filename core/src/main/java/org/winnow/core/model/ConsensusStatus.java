package org.winnow.core.model;

import java.util.Locale;

/**
 * Where a study's independent extractions (or appraisals) stand, and so which answers count as
 * final.
 */
public enum ConsensusStatus {
  /** The team recorded a consensus: it is final. */
  CONSENSUS,
  /** Two or more people gave the same answers everywhere: their answers are final. */
  AGREED,
  /** One person so far (single extraction, or the second is still to come). */
  SINGLE,
  /** The answers disagree (or use different template versions) and await a consensus. */
  PENDING;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether there are answers that count as final for tables and effect sizes. */
  public boolean hasFinal() {
    return this != PENDING;
  }
}
