package org.winnow.core.model;

/** One tag and value exactly as the imported file had it. */
public record RawField(String tag, String value) {}
