package org.winnow.core.dedup;

/** The three outcomes of comparing two records. */
public enum Tier {
  /** Certainly the same work: merged automatically. */
  CERTAIN,
  /** Possibly the same work: goes to the review queue with its evidence. */
  POSSIBLE,
  /** Different works. */
  DISTINCT
}
