package org.winnow.core.dedup;

/**
 * A notice (erratum, comment, reply or retraction) linked to the article it names: both stay
 * separate works, the link tells a reviewer they belong together.
 */
public record StoredLink(
    long id, long noticeRecord, long articleRecord, String kind, String reason, String createdAt) {}
