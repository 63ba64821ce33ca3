package org.winnow.core.project;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.winnow.core.model.Member;
import org.winnow.core.model.MemberRole;
import org.winnow.core.model.Reviewer;
import org.winnow.core.normalise.Text;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.MemberDao;
import org.winnow.core.storage.ScreeningDao;
import org.winnow.core.storage.StorageException;
import org.winnow.core.storage.TeamRoles;

/**
 * The members of a team project: each person logs in to the server as themselves, and the login is
 * mapped to the reviewer they act as, with a role (lead, reviewer, statistician) whose rights the
 * server enforces (grants and row-level security, ADR 0013). Only a lead or the project's owner
 * manages members. A folder project has no logins, hence no members.
 */
public final class MemberService {
  private static final Pattern LOGIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,62}");
  private static final String PASSWORD_LETTERS =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int PASSWORD_LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ReviewProject project;

  MemberService(ReviewProject project) {
    this.project = project;
  }

  /**
   * A member added: the member row, whether a new login role was created, and the password that was
   * generated for it (null when the password was given, or the login already existed): shown once,
   * stored nowhere.
   */
  public record Added(Member member, boolean loginCreated, String generatedPassword) {}

  /**
   * Adds a person: creates their login role where missing (a password given, else one generated),
   * grants it the project's group of the role, and maps it to the reviewer of that name (created if
   * absent). All in one transaction: a failure leaves no role, grant or row behind.
   *
   * @param login the login's name; null: made from the name ("Ben Carter" → ben_carter)
   * @param password the password to set; null: generated for a new login, unchanged for an existing
   *     one
   */
  public Added add(String name, MemberRole role, String login, char[] password, String actor)
      throws ProjectException {
    String person = name == null ? "" : name.strip();
    if (person.isEmpty()) {
      throw new ProjectException("a member needs a name");
    }
    String user = login == null ? loginFor(person) : login.strip();
    if (!LOGIN.matcher(user).matches()) {
      throw new ProjectException(
          "login '"
              + user
              + "' is not usable: start with a letter or _, then letters, digits, _ . or -,"
              + " at most 63 characters (give one with --login)");
    }
    requireManager("add members");
    return write(
        c -> {
          for (MemberRole r : MemberRole.values()) {
            if (TeamRoles.group(c, r).equals(user)) {
              throw new ProjectException(
                  "login '" + user + "' is the project's group role; give a person's login");
            }
          }
          Reviewer reviewer = reviewerNamed(c, person, actor);
          Optional<Member> sameReviewer = MemberDao.ofReviewer(c, reviewer.id());
          if (sameReviewer.isPresent() && !sameReviewer.get().login().equals(user)) {
            throw new ProjectException(
                reviewer.name()
                    + " is already the member with login '"
                    + sameReviewer.get().login()
                    + "'; remove that member first to give them another login");
          }
          Optional<Member> sameLogin = MemberDao.ofLogin(c, user);
          if (sameLogin.isPresent() && sameLogin.get().reviewer().id() != reviewer.id()) {
            throw new ProjectException(
                "login '"
                    + user
                    + "' already acts as "
                    + sameLogin.get().reviewer().name()
                    + "; one login is one person");
          }
          if (TeamRoles.connectedAsOwner(c)) {
            TeamRoles.grantRights(c);
          } else if (!TeamRoles.groupsExist(c)) {
            throw new ProjectException(
                "the project's owner (the login that ran 'winnow init') adds the first member");
          }
          boolean created = !TeamRoles.roleExists(c, user);
          String generated = null;
          if (created) {
            TeamRoles.createLogin(c, user);
          }
          if (password != null) {
            TeamRoles.allowLogin(c, user, password);
          } else if (created) {
            generated = newPassword();
            TeamRoles.allowLogin(c, user, generated.toCharArray());
          }
          TeamRoles.grantRole(c, user, role);
          MemberDao.put(c, user, reviewer.id(), role, actor);
          AuditDao.log(
              c,
              actor,
              "member-add",
              "reviewer",
              reviewer.id(),
              "login " + user + " as " + role.cliName());
          return new Added(MemberDao.ofLogin(c, user).orElseThrow(), created, generated);
        });
  }

  /** Every member, present and removed. */
  public List<Member> list() throws ProjectException {
    requireServer();
    return project.database().read(MemberDao::members);
  }

  /**
   * Removes a member (named by reviewer name, initials or login): their login loses the project's
   * groups, so it reads and writes nothing more; the login role and every row they wrote stay.
   */
  public Member remove(String nameOrLogin, String actor) throws ProjectException {
    requireManager("remove members");
    return write(
        c -> {
          Member m = activeMember(c, nameOrLogin.strip());
          TeamRoles.revokeRoles(c, m.login());
          MemberDao.markRemoved(c, m.login(), actor);
          AuditDao.log(
              c, actor, "member-remove", "reviewer", m.reviewer().id(), "login " + m.login());
          return MemberDao.ofLogin(c, m.login()).orElseThrow();
        });
  }

  /** The member the connection's login is; empty on a folder, or for a login that is no member. */
  public Optional<Member> connected() {
    if (!project.onServer()) {
      return Optional.empty();
    }
    return project.database().read(MemberDao::connected);
  }

  /**
   * Who acts, given who a command says acts ({@code named}, null: not said). On a server, a member
   * acts as their own reviewer whatever they name: naming someone else is refused. Elsewhere (a
   * folder, or the owner's login) the name is taken as given.
   *
   * @param option the option that named the person, for the message ("--by")
   */
  public String actingAs(String named, String option) throws ProjectException {
    Optional<Member> me = connected();
    if (me.isEmpty()) {
      return named;
    }
    Reviewer reviewer = me.get().reviewer();
    if (named != null
        && !named.strip().equalsIgnoreCase(reviewer.name())
        && !named.strip().equalsIgnoreCase(reviewer.initials())) {
      throw new ProjectException(
          "you are logged in as '"
              + me.get().login()
              + "', the member "
              + reviewer.name()
              + "; on a team project everyone acts as their own login, so "
              + option
              + " '"
              + named.strip()
              + "' is refused (leave "
              + option
              + " out, or name "
              + reviewer.name()
              + ")");
    }
    return reviewer.name();
  }

  /** A login name made from a person's name: lower-case ASCII words joined by '_'. */
  static String loginFor(String name) {
    String login = Text.asciiWords(name, "_");
    if (login.isEmpty()) {
      return "member";
    }
    return Character.isDigit(login.charAt(0)) ? "m_" + login : login;
  }

  /** A new random password of the kind {@link #add} generates (for a caller that sets its own). */
  public static String newPassword() {
    StringBuilder b = new StringBuilder(PASSWORD_LENGTH);
    for (int i = 0; i < PASSWORD_LENGTH; i++) {
      b.append(PASSWORD_LETTERS.charAt(RANDOM.nextInt(PASSWORD_LETTERS.length())));
    }
    return b.toString();
  }

  private Reviewer reviewerNamed(Connection c, String name, String actor)
      throws SQLException, ProjectException {
    Optional<Reviewer> existing = ScreeningDao.reviewer(c, name);
    if (existing.isPresent()) {
      return existing.get();
    }
    return project.screening().addReviewer(name, null, actor);
  }

  private static Member activeMember(Connection c, String nameOrLogin)
      throws SQLException, ProjectException {
    Optional<Member> byLogin = MemberDao.ofLogin(c, nameOrLogin);
    Optional<Member> m =
        byLogin.isPresent()
            ? byLogin
            : ScreeningDao.reviewer(c, nameOrLogin).flatMap(r -> ofReviewer(c, r.id()));
    if (m.isEmpty() || !m.get().active()) {
      throw new ProjectException(
          "no member '" + nameOrLogin + "' (see 'winnow member list URL' for the members)");
    }
    return m.get();
  }

  private static Optional<Member> ofReviewer(Connection c, long reviewerId) {
    try {
      return MemberDao.ofReviewer(c, reviewerId);
    } catch (SQLException e) {
      throw new StorageException("cannot read the members: " + e.getMessage(), e);
    }
  }

  private void requireServer() throws ProjectException {
    if (!project.onServer()) {
      throw new ProjectException(
          project.location().display()
              + " is a folder project: members exist on team projects only (a PostgreSQL"
              + " server, where each person logs in as themselves); move it there with 'winnow"
              + " push DIR URL'");
    }
  }

  private void requireManager(String what) throws ProjectException {
    requireServer();
    requireLead(what);
  }

  /**
   * Refuses a lead's work to anyone else on a team project: there only a lead member or the
   * project's owner may do it. On a folder project (no members) anyone may.
   *
   * @param what the work, for the message ("stop screening")
   */
  public void requireLead(String what) throws ProjectException {
    if (!project.onServer()) {
      return;
    }
    boolean allowed =
        project
            .database()
            .read(
                c ->
                    TeamRoles.connectedAsOwner(c)
                        || MemberDao.connected(c)
                            .map(m -> m.role() == MemberRole.LEAD)
                            .orElse(false));
    if (!allowed) {
      String login = project.database().read(TeamRoles::connectedLogin);
      throw new ProjectException(
          "only a lead or the project's owner may "
              + what
              + "; you are logged in as '"
              + login
              + "'");
    }
  }

  @FunctionalInterface
  private interface Write<T> {
    T run(Connection c) throws SQLException, ProjectException;
  }

  private <T> T write(Write<T> work) throws ProjectException {
    try {
      return project.database().inTransaction(ProjectException.class, work::run);
    } catch (StorageException e) {
      if (e.getMessage() != null && e.getMessage().contains("permission denied")) {
        throw new ProjectException(
            "the server refused: "
                + e.getMessage()
                + " (creating logins needs a login with CREATEROLE, e.g. 'createuser --createrole';"
                + " granting on the tables needs the owner who ran 'winnow init')");
      }
      throw e;
    }
  }
}
