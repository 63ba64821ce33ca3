package org.winnow.core.model;

/** An entry of the project's ordered list of exclusion reasons (the same list feeds PRISMA). */
public record ExclusionReason(long id, String label, int position) {}
