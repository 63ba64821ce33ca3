package org.winnow.core.model;

import java.time.Instant;

/**
 * One row of the audit trail: who did what, when, to which entity.
 *
 * @param entity what kind of thing changed ({@code project}, {@code import_batch}, {@code record},
 *     {@code citation}, a screening stage for decisions on its items, {@code study}, ...)
 * @param entityId its id in the project, or null for project-wide changes
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String action,
    String entity,
    Long entityId,
    String detail) {}
