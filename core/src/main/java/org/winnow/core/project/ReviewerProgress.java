package org.winnow.core.project;

import org.winnow.core.model.Reviewer;
import org.winnow.core.model.Stage;

/**
 * How far one reviewer is at one stage.
 *
 * @param screened items with this reviewer's decision
 * @param remaining items that still need a decision and that this reviewer has not decided
 * @param conflicts open conflicts on items this reviewer decided
 */
public record ReviewerProgress(
    Reviewer reviewer, Stage stage, int screened, int remaining, int conflicts) {}
