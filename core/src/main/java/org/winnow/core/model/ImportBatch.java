package org.winnow.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One file imported from one source on one search date.
 *
 * @param searchedOn the date the search was run, if known
 * @param strategy the search strategy text attached to the batch, if any
 */
public record ImportBatch(
    long id,
    long sourceId,
    String fileName,
    String sha256,
    String format,
    String encoding,
    LocalDate searchedOn,
    String strategy,
    int recordCount,
    Instant importedAt,
    String importedBy) {}
