package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.winnow.core.model.MemberRole;

/**
 * A team project's logins and what the server lets them do (PostgreSQL only): one group role per
 * project and member role ({@code <database>_lead}, {@code _reviewer}, {@code _statistician}) holds
 * the grants, and each member's login is granted the group of their role. Least privilege: every
 * group reads (row-level security, V16, decides which rows) and appends to the audit trail; a
 * reviewer inserts only decisions, extraction answers, appraisals and the served-item log, and
 * keeps their own extraction drafts; a lead changes everything but the audit trail; a statistician
 * only reads. Nobody but the owner changes the schema.
 */
public final class TeamRoles {
  /** Tables a reviewer appends to (their own rows: row-level security checks the reviewer). */
  private static final List<String> REVIEWER_APPENDS =
      List.of("decision", "extraction", "appraisal", "served_item");

  private TeamRoles() {}

  /** The group role of a member role in this project's database. */
  public static String group(Connection c, MemberRole role) throws SQLException {
    return database(c) + "_" + role.cliName();
  }

  /**
   * Creates the project's group roles where missing and (re)grants their rights on every table, so
   * that tables added by later migrations are covered too. Needs CREATEROLE for a missing group,
   * and ownership of the tables for the grants.
   */
  public static void grantRights(Connection c) throws SQLException {
    String schema = quote(schema(c));
    String lead = quote(group(c, MemberRole.LEAD));
    String reviewer = quote(group(c, MemberRole.REVIEWER));
    String statistician = quote(group(c, MemberRole.STATISTICIAN));
    String all = lead + ", " + reviewer + ", " + statistician;
    try (Statement s = c.createStatement()) {
      for (MemberRole role : MemberRole.values()) {
        if (!roleExists(c, group(c, role))) {
          s.execute("CREATE ROLE " + quote(group(c, role)) + " NOLOGIN");
        }
      }
      // a lead manages the members: admin of the groups (a lead login holds its own group with
      // admin option, see grantRole)
      s.execute("GRANT " + reviewer + ", " + statistician + " TO " + lead + " WITH ADMIN OPTION");
      s.execute("GRANT CONNECT ON DATABASE " + quote(database(c)) + " TO " + all);
      s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + all);
      s.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + schema + " FROM " + all);
      s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + all);
      s.execute("GRANT INSERT ON audit TO " + all);
      s.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + reviewer);
      // a lead's import numbers records itself and moves the identity past them (setval)
      s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + lead);
      s.execute("GRANT INSERT ON " + String.join(", ", REVIEWER_APPENDS) + " TO " + reviewer);
      s.execute("GRANT INSERT, UPDATE, DELETE ON extraction_draft TO " + reviewer);
      s.execute("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + lead);
      s.execute("REVOKE UPDATE, DELETE ON audit, schema_version FROM " + lead);
    }
  }

  /** Whether the project's group roles exist (a member was ever added). */
  public static boolean groupsExist(Connection c) throws SQLException {
    return roleExists(c, group(c, MemberRole.LEAD));
  }

  public static boolean roleExists(Connection c, String role) throws SQLException {
    return exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role);
  }

  /** Creates a role that cannot log in yet ({@link #allowLogin} gives it a password). */
  public static void createLogin(Connection c, String login) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + quote(login) + " NOLOGIN");
    }
  }

  /**
   * Lets the role log in with this password. The password is hashed (SCRAM) by the driver before it
   * is sent, so it never appears in the server's statement log.
   */
  public static void allowLogin(Connection c, String login, char[] password) throws SQLException {
    c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(login, password, "scram-sha-256");
    try (Statement s = c.createStatement()) {
      s.execute("ALTER ROLE " + quote(login) + " LOGIN");
    }
  }

  /**
   * Makes the login a member of its role's group, and of no other group of this project; a lead
   * with admin option, so that they can add and remove members.
   */
  public static void grantRole(Connection c, String login, MemberRole role) throws SQLException {
    revokeRoles(c, login);
    try (Statement s = c.createStatement()) {
      s.execute(
          "GRANT "
              + quote(group(c, role))
              + " TO "
              + quote(login)
              + (role == MemberRole.LEAD ? " WITH ADMIN OPTION" : ""));
    }
  }

  /**
   * Takes every group of this project from the login. The role itself stays (it may log in to other
   * databases, and the rows it wrote keep its name).
   */
  public static void revokeRoles(Connection c, String login) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (MemberRole role : MemberRole.values()) {
        String group = group(c, role);
        if (roleExists(c, group) && isMemberOf(c, login, group)) {
          s.execute("REVOKE " + quote(group) + " FROM " + quote(login));
        }
      }
    }
  }

  private static boolean isMemberOf(Connection c, String login, String group) throws SQLException {
    return exists(
        c,
        "SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid"
            + " JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ? AND m.rolname = ?",
        group,
        login);
  }

  private static boolean exists(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Sql.bind(ps, values);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Whether the connected login owns the project's tables (it ran 'winnow init'), or is above. */
  public static boolean connectedAsOwner(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables"
                + " WHERE schemaname = current_schema() AND tablename = 'member'")) {
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** The connected login's name. */
  public static String connectedLogin(Connection c) throws SQLException {
    return single(c, "SELECT current_user");
  }

  private static String database(Connection c) throws SQLException {
    return single(c, "SELECT current_database()");
  }

  private static String schema(Connection c) throws SQLException {
    return single(c, "SELECT current_schema()");
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** A role, database or schema name as a quoted SQL identifier. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
