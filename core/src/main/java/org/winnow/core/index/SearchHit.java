package org.winnow.core.index;

import java.util.List;

/** One citation found by a search, with the IDs its records had in their files. */
public record SearchHit(
    long citationId, List<String> recordIds, String title, Integer year, float score) {}
