package org.winnow.core.ranking;

/** One screened item a model learns from: its index in the features and the decision. */
public record TrainingExample(int item, boolean relevant) {}
