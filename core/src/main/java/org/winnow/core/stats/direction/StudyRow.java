package org.winnow.core.stats.direction;

import java.util.Map;
import org.winnow.core.stats.Appraisal;

/**
 * One row of the effect-direction plot.
 *
 * @param participants the study's size (largest total sample size among its outcomes); null when no
 *     outcome reported it
 * @param size symbol size; null when the size is unknown
 * @param appraisal the team's quality judgement; null when none
 * @param domains direction per domain (domains without data are absent)
 */
public record StudyRow(
    String study,
    Integer participants,
    SizeBand size,
    Appraisal appraisal,
    Map<String, DomainDirection> domains) {

  public StudyRow {
    domains = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(domains));
  }
}
