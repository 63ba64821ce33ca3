package org.winnow.core.project;

/**
 * How the citation index was brought up to the data.
 *
 * @param citations the citations whose documents were written: those changed since the index's
 *     version (CAUGHT_UP), or every citation (REBUILT), or none (CURRENT)
 */
public record IndexRefresh(Kind kind, long citations) {
  /** What had to be done. */
  public enum Kind {
    /** The index already reflected the data. */
    CURRENT,
    /** Only the citations changed since its version were applied, from the change sequence. */
    CAUGHT_UP,
    /** It was missing, corrupt, of another schema or older than the change sequence. */
    REBUILT
  }
}
