package org.winnow.core.extraction;

/**
 * A form as someone typed it and has not yet submitted: answers-file JSON, possibly incomplete or
 * not yet valid. Only its author reads it.
 *
 * @param answers the answers-file text ({@code {"sections": {...}}})
 * @param savedAt when it was last saved (ISO instant)
 */
public record ExtractionDraft(String answers, String savedAt) {}
