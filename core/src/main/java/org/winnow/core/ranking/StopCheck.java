package org.winnow.core.ranking;

/**
 * The stopping rule's verdict and its evidence at one point of a screening.
 *
 * @param records all items to screen
 * @param screened items screened so far
 * @param relevantFound relevant items among them
 * @param recordsLeft items not screened
 * @param targetRecall the recall the team wants to have reached (e.g. 0.95)
 * @param confidence the confidence demanded (e.g. 0.95)
 * @param pValue the p-value of the hypothesis "recall is below the target"; the team may stop when
 *     it is below {@code 1 - confidence}
 * @param stop whether the rule says the team may stop
 * @param recallLowerBound recall is at least this with the given confidence
 * @param relevantLeftUpperBound at most this many relevant items remain, with the given confidence
 */
public record StopCheck(
    int records,
    int screened,
    int relevantFound,
    int recordsLeft,
    double targetRecall,
    double confidence,
    double pValue,
    boolean stop,
    double recallLowerBound,
    int relevantLeftUpperBound) {}
