package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.winnow.core.model.Member;
import org.winnow.core.model.MemberRole;
import org.winnow.core.model.Reviewer;

/**
 * The member table: which server login acts as which reviewer, in which role. Rows are kept when a
 * member is removed (removed_at set) so that their past work stays attributed.
 */
public final class MemberDao {
  private static final String SELECT =
      "SELECT m.login, r.id, r.name, r.initials, m.role, m.added_at, m.added_by, m.removed_at"
          + " FROM member m JOIN reviewer r ON r.id = m.reviewer_id";

  private MemberDao() {}

  /** Every member, present and removed, in the order they were added. */
  public static List<Member> members(Connection c) throws SQLException {
    return query(c, SELECT + " ORDER BY m.added_at, m.login");
  }

  /** The member row of a login, active or removed. */
  public static Optional<Member> ofLogin(Connection c, String login) throws SQLException {
    return query(c, SELECT + " WHERE m.login = ?", login).stream().findFirst();
  }

  /** The member row of a reviewer, active or removed. */
  public static Optional<Member> ofReviewer(Connection c, long reviewerId) throws SQLException {
    return query(c, SELECT + " WHERE m.reviewer_id = ?", reviewerId).stream().findFirst();
  }

  /** The active member the connection's login is (server only: a folder has no logins). */
  public static Optional<Member> connected(Connection c) throws SQLException {
    return query(c, SELECT + " WHERE m.login = current_user AND m.removed_at IS NULL").stream()
        .findFirst();
  }

  /** Adds a member, or gives a removed one (same login and reviewer) their place back. */
  public static void put(Connection c, String login, long reviewerId, MemberRole role, String by)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO member(login, reviewer_id, role, added_at, added_by) VALUES (?,?,?,?,?)"
                + " ON CONFLICT (login) DO UPDATE SET role = excluded.role,"
                + " added_at = excluded.added_at, added_by = excluded.added_by,"
                + " removed_at = NULL, removed_by = NULL")) {
      Sql.bind(ps, login, reviewerId, role.cliName(), Instant.now().toString(), by);
      ps.executeUpdate();
    }
  }

  public static void markRemoved(Connection c, String login, String by) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE member SET removed_at = ?, removed_by = ? WHERE login = ?"
                + " AND removed_at IS NULL")) {
      Sql.bind(ps, Instant.now().toString(), by, login);
      ps.executeUpdate();
    }
  }

  private static List<Member> query(Connection c, String sql, Object... args) throws SQLException {
    List<Member> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Sql.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String removed = rs.getString(8);
          out.add(
              new Member(
                  rs.getString(1),
                  new Reviewer(rs.getLong(2), rs.getString(3), rs.getString(4)),
                  MemberRole.parse(rs.getString(5)),
                  Instant.parse(rs.getString(6)),
                  rs.getString(7),
                  removed == null ? null : Instant.parse(removed)));
        }
      }
    }
    return out;
  }
}
