package org.winnow.core.model;

import java.time.Instant;

/**
 * A person on a team project: the server login they connect with, the reviewer they act as and
 * their role; a removed member keeps their row (and their past work) with the time of removal.
 */
public record Member(
    String login,
    Reviewer reviewer,
    MemberRole role,
    Instant addedAt,
    String addedBy,
    Instant removedAt) {

  public boolean active() {
    return removedAt == null;
  }
}
