package org.winnow.core.ranking;

/**
 * How early a screening order finds the relevant items (the metrics of ASReview's simulations).
 * Every item screened counts, the prior knowledge included.
 *
 * @param records all items
 * @param relevant all relevant items
 * @param recordsTo95 items screened when 95% of the relevant ones had been found
 * @param recordsTo100 items screened when the last relevant one was found
 * @param wss95 work saved over sampling at 95% recall: {@code (records - recordsTo95) / records -
 *     0.05}
 * @param wss100 the same at 100% recall
 * @param rrf10 relevant records found (as a fraction of all relevant) after screening 10% of the
 *     items (rounded down)
 */
public record RecallMetrics(
    int records,
    int relevant,
    int recordsTo95,
    int recordsTo100,
    double wss95,
    double wss100,
    double rrf10) {
  /** The recall of WSS@95 and records to 95%, in percent. */
  public static final int RECALL_95 = 95;

  /** The share of items screened for RRF@10, in percent. */
  public static final int RRF_SHARE = 10;

  public static RecallMetrics of(ScreeningHistory history, int records, int relevant) {
    if (history.relevantFound() != relevant) {
      throw new IllegalArgumentException("the history has not found every relevant item yet");
    }
    int to95 = recordsToFind(history, percentOf(relevant, RECALL_95));
    int to100 = recordsToFind(history, relevant);
    double wss95 = (records - to95) / (double) records - (100 - RECALL_95) / 100.0;
    double wss100 = (records - to100) / (double) records;
    int tenth = records * RRF_SHARE / 100;
    double rrf10 = history.relevantWithin(tenth) / (double) relevant;
    return new RecallMetrics(records, relevant, to95, to100, wss95, wss100, rrf10);
  }

  /** {@code ceil(percent% of n)}, in integers (0.95 * 20 is not exactly 19 in doubles). */
  static int percentOf(int n, int percent) {
    return (n * percent + 99) / 100;
  }

  /** Items screened when the {@code count}-th relevant one was found (0 for none needed). */
  private static int recordsToFind(ScreeningHistory history, int count) {
    return count == 0 ? 0 : history.relevantPosition(count - 1) + 1;
  }
}
