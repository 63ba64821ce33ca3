package org.winnow.core.io.ris;

/**
 * One field of a tagged record: its tag, its value with continuation lines joined by {@code "\n"},
 * and the 1-based line where the field starts.
 */
public record TaggedField(String tag, String value, int line) {}
