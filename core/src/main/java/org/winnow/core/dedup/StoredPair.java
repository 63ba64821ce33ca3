package org.winnow.core.dedup;

import java.util.List;

/**
 * A pair of records as the review queue keeps it: queued by a run ("open") or decided by a reviewer
 * ("same", "different"), with the evidence shown to the reviewer.
 */
public record StoredPair(
    long id,
    long recordA,
    long recordB,
    double score,
    String reason,
    List<FieldEvidence> evidence,
    String status,
    String decidedBy,
    String decidedAt) {}
