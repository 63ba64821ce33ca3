package org.winnow.ui.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.winnow.core.model.Member;
import org.winnow.core.model.MemberRole;
import org.winnow.core.project.MemberService;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "member",
    description =
        "The people of a team project: each logs in to the PostgreSQL server as themselves, and the"
            + " server enforces what their role allows and what blinding hides.",
    subcommands = {
      MemberCommand.Add.class,
      MemberCommand.ListMembers.class,
      MemberCommand.Remove.class
    })
final class MemberCommand {
  private MemberCommand() {}

  /** One member in replies. */
  record MemberReply(
      String login,
      String name,
      String initials,
      String role,
      boolean active,
      String addedAt,
      String addedBy,
      String removedAt) {
    static MemberReply of(Member m) {
      return new MemberReply(
          m.login(),
          m.reviewer().name(),
          m.reviewer().initials(),
          m.role().cliName(),
          m.active(),
          m.addedAt().toString(),
          m.addedBy(),
          m.removedAt() == null ? null : m.removedAt().toString());
    }
  }

  /** The reply to {@code member add}: the password only when it was generated (shown once). */
  record AddReply(MemberReply member, boolean loginCreated, String password) {}

  /** The reply to {@code member list}. */
  record ListReply(List<MemberReply> members) {}

  @Command(
      name = "add",
      description =
          "Add a person to a team project: create their server login (with a password generated"
              + " and shown once, or read from standard input), give it the rights of the role,"
              + " and map it to the reviewer of that name (added if absent). Only a lead or the"
              + " project's owner may do this; creating a login needs CREATEROLE.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Parameters(index = "1", paramLabel = "NAME", description = "The person's reviewer name.")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description =
            "What the person may do: lead (manages the team and the project, sees everything),"
                + " reviewer (screens, extracts and appraises as themselves, blinded) or"
                + " statistician (reads everything, changes nothing).")
    String role;

    @Option(
        names = "--login",
        paramLabel = "LOGIN",
        description =
            "The person's server login (default: made from the name, 'Ben Carter' gives"
                + " ben_carter). An existing login keeps its password unless --password-stdin"
                + " gives one.")
    String login;

    @Option(
        names = "--password-stdin",
        description =
            "Read the login's password from the first line of standard input instead of"
                + " generating one.")
    boolean passwordStdin;

    @Override
    public Integer call() throws Exception {
      MemberRole r;
      try {
        r = MemberRole.parse(role);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--role: " + e.getMessage());
      }
      char[] password = passwordStdin ? readPassword() : null;
      try (ReviewProject p = project.open()) {
        MemberService.Added added = p.members().add(name, r, login, password, project.actor);
        var out = spec.commandLine().getOut();
        MemberReply m = MemberReply.of(added.member());
        if (project.json) {
          Output.json(out, new AddReply(m, added.loginCreated(), added.generatedPassword()));
        } else {
          out.printf(
              "Added %s as %s with login %s%s%n",
              m.name(), m.role(), m.login(), added.loginCreated() ? " (new login)" : "");
          if (added.generatedPassword() != null) {
            out.printf(
                "Password for %s (shown once, stored nowhere; give it to %s): %s%n",
                m.login(), m.name(), added.generatedPassword());
          }
        }
      } finally {
        if (password != null) {
          java.util.Arrays.fill(password, '\0');
        }
      }
      return ExitCodes.OK;
    }

    private char[] readPassword() throws BadInputException {
      try {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
          throw new BadInputException("--password-stdin: standard input held no password");
        }
        return line.toCharArray();
      } catch (java.io.IOException e) {
        throw new BadInputException("--password-stdin: cannot read standard input: " + e);
      }
    }
  }

  @Command(
      name = "list",
      description =
          "List the members of a team project: login, reviewer, role, and who is removed.")
  static final class ListMembers implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Override
    public Integer call() throws Exception {
      try (ReviewProject p = project.openToRead()) {
        List<MemberReply> members = p.members().list().stream().map(MemberReply::of).toList();
        var out = spec.commandLine().getOut();
        if (project.json) {
          Output.json(out, new ListReply(members));
        } else if (members.isEmpty()) {
          out.println("No members yet; add one with 'winnow member add URL NAME --role ROLE'");
        } else {
          for (MemberReply m : members) {
            out.printf(
                "%-20s %-24s %-12s %s%n",
                m.login(),
                m.name() + " (" + m.initials() + ")",
                m.role(),
                m.active() ? "added " + m.addedAt() : "removed " + m.removedAt());
          }
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "remove",
      description =
          "Remove a member from a team project: their login loses every right on it; the login and"
              + " everything they did stay, attributed to them. Only a lead or the project's owner"
              + " may do this.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Parameters(
        index = "1",
        paramLabel = "NAME",
        description = "The member's reviewer name, initials or login.")
    String name;

    @Override
    public Integer call() throws Exception {
      try (ReviewProject p = project.open()) {
        MemberReply m = MemberReply.of(p.members().remove(name, project.actor));
        var out = spec.commandLine().getOut();
        if (project.json) {
          Output.json(out, m);
        } else {
          out.printf("Removed %s (login %s); their work stays%n", m.name(), m.login());
        }
      }
      return ExitCodes.OK;
    }
  }
}
