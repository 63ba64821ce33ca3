package org.winnow.core.index;

import java.util.List;

/** The total number of matching citations and the best hits. */
public record SearchResult(String query, long total, List<SearchHit> hits) {}
