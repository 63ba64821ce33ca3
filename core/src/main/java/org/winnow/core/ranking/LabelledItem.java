package org.winnow.core.ranking;

/** One item of a labelled set: its text, whether it is relevant, and its line in the file. */
public record LabelledItem(RankingText text, boolean relevant, int line) {}
