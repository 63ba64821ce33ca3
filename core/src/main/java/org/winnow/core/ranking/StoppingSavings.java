package org.winnow.core.ranking;

/**
 * The work a stop saved, as a share of what "perfect knowledge" would save, under its two readings:
 * screening only the relevant items, or stopping exactly when 95% of them have been found on the
 * same ranking (the oracle stop).
 */
public final class StoppingSavings {
  private StoppingSavings() {}

  /** {@code (N - screened) / (N - relevant)}: against screening only the relevant items. */
  public static double vsRelevantOnly(int records, int relevant, int screened) {
    return (records - screened) / (double) (records - relevant);
  }

  /**
   * {@code (N - screened) / (N - recordsTo95)}: against stopping exactly at 95% recall on the same
   * ranking. Above 1 when the stop came before 95% recall.
   */
  public static double vsOracleStop(int records, int recordsTo95, int screened) {
    return (records - screened) / (double) (records - recordsTo95);
  }
}
