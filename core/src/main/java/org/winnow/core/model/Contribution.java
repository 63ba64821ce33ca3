package org.winnow.core.model;

/**
 * One person's stored answers about a study (an extraction or an appraisal), or the consensus the
 * team recorded. Rows are appended: a person's latest counts.
 */
public interface Contribution {
  long id();

  /** The extractor or appraiser, or who decided the consensus. */
  String by();

  boolean consensus();
}
