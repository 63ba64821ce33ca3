package org.winnow.core.model;

/** A member of the review team who screens, extracts or appraises. */
public record Reviewer(long id, String name, String initials) {}
