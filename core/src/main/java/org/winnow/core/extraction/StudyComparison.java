package org.winnow.core.extraction;

/**
 * The comparison of one study's extractions for one form.
 *
 * @param consensus the consensus recorded so far, or null
 */
public record StudyComparison(
    StudyRef study, ExtractionComparison comparison, Extraction consensus) {}
