package org.winnow.core.model;

/**
 * One stored decision row as the database holds it, with its write key and origin: what a check
 * that every write was stored exactly once reads (the screening rules use {@link Decision}).
 *
 * @param id the row's id (the server's sequence on a team project)
 * @param reviewer the reviewer's name
 * @param writeKey the key its client made for the write (null for rows written before keys)
 * @param origin where the decision came from (cli, window, bulk:FILE, a benchmark's name)
 */
public record LedgerEntry(
    long id,
    Stage stage,
    long itemId,
    String reviewer,
    DecisionValue value,
    String writeKey,
    String origin) {}
