package org.winnow.ui.common;

/**
 * What every view model gets: the session (open project) and the task runner. Narrow on purpose: no
 * global preferences bag, no service locator.
 */
public record AppContext(Session session, TaskRunner tasks) {}
