package org.winnow.core.stats.direction;

import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.effect.Direction;
import org.winnow.core.stats.effect.EffectSize;

/**
 * One outcome's direction and why ("g = −0.36 < 0, lower is better").
 *
 * @param ciIncludesZero whether its 95% CI includes 0; null when there is no interval
 */
public record OutcomeDirection(
    OutcomeRecord outcome,
    EffectSize effect,
    Direction direction,
    Boolean ciIncludesZero,
    String reason) {}
