package org.winnow.core.dedup;

import java.util.List;
import java.util.Map;

/**
 * What a deduplication run decided: which citations join which (target citation id → the citation
 * ids merged into it), and which pairs a reviewer should look at.
 *
 * @param compared how many candidate pairs were scored
 * @param links notices (errata, comments, replies, retractions) and the articles they name, kept
 *     apart but linked
 */
public record DedupPlan(
    Map<Long, List<Long>> merges, List<PairScore> queue, int compared, List<PairScore> links) {}
