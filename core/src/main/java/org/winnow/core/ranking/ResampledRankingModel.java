package org.winnow.core.ranking;

import java.util.List;

/**
 * A model trained on what a {@link TrainingSetStrategy} makes of the screened items in each round
 * instead of on the screened items themselves.
 */
public final class ResampledRankingModel implements RankingModel {
  private final RankingModel model;
  private final TrainingSetStrategy strategy;

  public ResampledRankingModel(RankingModel model, TrainingSetStrategy strategy) {
    this.model = model;
    this.strategy = strategy;
  }

  @Override
  public String id() {
    return model.id() + "+" + strategy.id();
  }

  @Override
  public String label() {
    return model.label(); // the strategy is named in the settings
  }

  @Override
  public String settings() {
    return model.settings() + "; " + strategy.settings();
  }

  @Override
  public Scores train(TextFeatures features, List<TrainingExample> examples) {
    return model.train(features, strategy.prepare(features, examples));
  }
}
