package org.winnow.ui.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.project.ProjectTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** winnow push DIR URL and winnow pull URL DIR: a whole project between a folder and a server. */
final class TransferCommand {
  private TransferCommand() {}

  /** The reply of both verbs. */
  record Reply(String from, String to, Map<String, Long> rows, int fullTexts) {
    static Reply of(ProjectTransfer.Summary s) {
      return new Reply(s.from(), s.to(), s.rows(), s.fullTexts());
    }
  }

  static void print(picocli.CommandLine.Model.CommandSpec spec, boolean json, Reply r)
      throws Exception {
    var out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, r);
    } else {
      long rows = r.rows().values().stream().mapToLong(Long::longValue).sum();
      out.printf(
          "Copied %s to %s: %d rows in %d tables, %d full texts%n",
          r.from(), r.to(), rows, r.rows().size(), r.fullTexts());
    }
  }

  @Command(
      name = "push",
      description =
          "Copy a folder project, with all of its data (ids, audit trail, PDFs), into an empty"
              + " PostgreSQL database, so that a team can work on it there.")
  static final class Push implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Parameters(
        index = "1",
        paramLabel = "URL",
        converter = LocationConverter.class,
        description = "An empty database, as postgresql://[user@]host[:port]/database.")
    ProjectLocation url;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (!(url instanceof ProjectLocation.Server server)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "URL must be a postgresql:// URL, not a folder: " + url);
      }
      print(spec, json, Reply.of(ProjectTransfer.push(dir, server)));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "pull",
      description =
          "Write a complete local copy of a team project (all data, audit trail and PDFs) into a"
              + " new or empty folder.")
  static final class Pull implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "URL",
        converter = LocationConverter.class,
        description = "The team project, as postgresql://[user@]host[:port]/database.")
    ProjectLocation url;

    @Parameters(index = "1", paramLabel = "DIR", description = "A new or empty folder.")
    Path dir;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (!(url instanceof ProjectLocation.Server server)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "URL must be a postgresql:// URL, not a folder: " + url);
      }
      print(spec, json, Reply.of(ProjectTransfer.pull(server, dir)));
      return ExitCodes.OK;
    }
  }
}
