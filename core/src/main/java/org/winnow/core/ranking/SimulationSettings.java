package org.winnow.core.ranking;

/**
 * How a simulated screening runs.
 *
 * @param seed seeds the prior knowledge and the order among equal scores (and nothing else varies)
 * @param priorIncluded relevant items known before screening (chosen at random with the seed)
 * @param priorExcluded irrelevant items known before screening
 * @param batchSize items screened, best-ranked first, between two trainings of the model
 * @param stop the stopping rule to apply, or null for none
 */
public record SimulationSettings(
    long seed, int priorIncluded, int priorExcluded, int batchSize, StoppingRule stop) {
  /** ASReview's default prior knowledge: one include and one exclude. */
  public static final int DEFAULT_PRIOR = 1;

  /**
   * Items screened per training: the model is retrained after every ten decisions. ASReview
   * retrains after each one; ten keeps a simulation of the evidence sets within minutes on two
   * cores, and docs/prioritisation.md measures what it costs.
   */
  public static final int DEFAULT_BATCH = 10;

  public SimulationSettings {
    if (priorIncluded < 1 || priorExcluded < 1 || batchSize < 1) {
      throw new IllegalArgumentException(
          "prior knowledge needs at least one include and one exclude; batch at least 1");
    }
  }

  public static SimulationSettings defaults(long seed) {
    return new SimulationSettings(seed, DEFAULT_PRIOR, DEFAULT_PRIOR, DEFAULT_BATCH, null);
  }

  public SimulationSettings withStop(StoppingRule rule) {
    return new SimulationSettings(seed, priorIncluded, priorExcluded, batchSize, rule);
  }

  public SimulationSettings withBatch(int batch) {
    return new SimulationSettings(seed, priorIncluded, priorExcluded, batch, stop);
  }
}
