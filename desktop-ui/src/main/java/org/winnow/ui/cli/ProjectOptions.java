package org.winnow.ui.cli;

import java.time.Duration;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options every project verb shares. */
final class ProjectOptions {
  @Parameters(
      index = "0",
      paramLabel = "DIR",
      converter = LocationConverter.class,
      description =
          "The project folder, or a team project's PostgreSQL URL"
              + " postgresql://[user@]host[:port]/database[?sslmode=...] (password from PGPASSWORD"
              + " or ~/.pgpass).")
  ProjectLocation dir;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Option(
      names = "--by",
      paramLabel = "WHO",
      description =
          "Who does this, for the audit trail (default: the system user name). On a team project"
              + " a member acts as their own login's reviewer: naming anyone else is refused.")
  String actor = System.getProperty("user.name", "unknown");

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  private int waitSeconds;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      defaultValue = "0",
      description =
          "If another process is changing the project, wait up to this long for it (default 0:"
              + " fail at once, naming who holds it). Commands that only read never wait for it.")
  void waitSeconds(int seconds) {
    if (seconds < 0) {
      throw new ParameterException(
          command.commandLine(), "--wait needs a number of seconds, 0 or more");
    }
    waitSeconds = seconds;
  }

  /** Opens the project to change it: waits up to --wait for another writer. */
  ReviewProject open() throws ProjectException {
    return actingAsLogin(ReviewProject.open(dir, waitDuration()));
  }

  /** Opens the project to read it: no lock, so it works while another process writes. */
  ReviewProject openToRead() throws ProjectException {
    return actingAsLogin(ReviewProject.openReadOnly(dir, waitDuration()));
  }

  /**
   * On a team project a member is their login: --by becomes the login's reviewer, and a --by that
   * names someone else is refused (the server would refuse the rows anyway).
   */
  private ReviewProject actingAsLogin(ReviewProject p) throws ProjectException {
    try {
      boolean given = command.commandLine().getParseResult().hasMatchedOption("--by");
      String who = p.members().actingAs(given ? actor : null, "--by");
      if (who != null) {
        actor = who;
      }
      return p;
    } catch (ProjectException | RuntimeException e) {
      p.close();
      throw e;
    }
  }

  private Duration waitDuration() {
    return Duration.ofSeconds(waitSeconds);
  }
}
