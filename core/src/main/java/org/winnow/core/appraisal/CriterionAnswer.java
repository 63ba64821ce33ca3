package org.winnow.core.appraisal;

/** The answer to one MMAT item, with the appraiser's comment (null when none). */
public record CriterionAnswer(MmatRating rating, String comment) {}
