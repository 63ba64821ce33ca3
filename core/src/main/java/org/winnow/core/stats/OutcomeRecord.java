package org.winnow.core.stats;

import org.winnow.core.stats.effect.Desirable;
import org.winnow.core.stats.effect.EffectSize;
import org.winnow.core.stats.effect.Reported;

/**
 * One outcome of one study as the statistics need it, whatever it was read from: a CSV batch file
 * today, a project's extraction forms when they exist. This is the seam where a new source plugs
 * in: produce these, and effect sizes, effect direction and pooling work unchanged.
 *
 * @param study the study's label
 * @param outcome the outcome's name (may be empty)
 * @param domain the outcome domain for the effect-direction synthesis (may be empty)
 * @param desirable which direction is better; null when not stated
 * @param appraisal the team's quality judgement of the study; null when none
 * @param reported what the study reported; null when nothing usable
 * @param missing why nothing usable was found (when {@code reported} is null)
 * @param source where it came from, for messages ("effects.csv:12")
 */
public record OutcomeRecord(
    String study,
    String outcome,
    String domain,
    Desirable desirable,
    Appraisal appraisal,
    Reported reported,
    String missing,
    String source) {

  public OutcomeRecord {
    if (study == null || study.isBlank()) {
      throw new IllegalArgumentException("every outcome needs a study");
    }
    outcome = outcome == null ? "" : outcome;
    domain = domain == null ? "" : domain;
    if ((reported == null) == (missing == null)) {
      throw new IllegalArgumentException("an outcome has either reported data or a reason why not");
    }
  }

  /** The effect size of what was reported, or why there is none. */
  public EffectSize effectSize() {
    return reported == null ? EffectSize.notComputable(missing) : reported.effectSize();
  }
}
