package org.winnow.ui.cli;

import java.io.PrintWriter;
import org.winnow.core.index.QuerySyntaxException;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.OutputFileException;
import org.winnow.core.project.ProjectBusyException;
import org.winnow.core.project.ProjectException;
import org.winnow.ui.common.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code winnow} command line: every sub-command runs headless. */
@Command(
    name = "winnow",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = WinnowCli.Version.class,
    description =
        "Winnow systematic-review engine. Without a sub-command the desktop window opens.",
    subcommands = {
      InitCommand.class,
      ImportCommand.class,
      InfoCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      DedupCommand.class,
      ReviewerCommand.class,
      MemberCommand.class,
      PolicyCommand.class,
      ReasonsCommand.class,
      ScreenCommand.class,
      ScreeningCommand.class,
      ConflictsCommand.class,
      ResolveCommand.class,
      ExcludeCommand.class,
      AgreementCommand.class,
      PrismaCommand.class,
      ProgressCommand.class,
      RetrievalCommand.class,
      FormCommand.class,
      StudyCommand.class,
      ExtractCommand.class,
      AppraiseCommand.class,
      ReindexCommand.class,
      AuditCommand.class,
      FormatsCommand.class,
      BenchCommand.class,
      StrategyCommand.class,
      EffectSizeCommand.class,
      EffectDirectionCommand.class,
      PoolCommand.class,
      ReportCommand.class,
      SimulateCommand.class,
      TransferCommand.Push.class,
      TransferCommand.Pull.class,
      CommandLine.HelpCommand.class
    })
public final class WinnowCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a sub-command");
  }

  /** Runs the command line and returns the exit code (DESIGN.md section 4). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new WinnowCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(WinnowCli::exitCode);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          int code = exitCode(e);
          String message = e.getMessage() == null ? e.toString() : e.getMessage();
          if (refusedByServer(e)) {
            message =
                "the server refused this to your login (its role does not allow it; see"
                    + " 'winnow member list'): "
                    + message;
          }
          commandLine
              .getErr()
              .println(
                  "winnow: "
                      + (code == ExitCodes.INTERNAL_ERROR ? "internal error: " : "")
                      + message);
          if (code == ExitCodes.INTERNAL_ERROR && Boolean.getBoolean("winnow.debug")) {
            e.printStackTrace(commandLine.getErr());
          }
          commandLine.getErr().flush();
          return code;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static int exitCode(Throwable e) {
    if (refusedByServer(e)) {
      return ExitCodes.BAD_INPUT;
    }
    if (e instanceof ImportException
        || e instanceof ProjectException
        || e instanceof ProjectBusyException
        || e instanceof QuerySyntaxException
        || e instanceof BadInputException
        || e instanceof OutputFileException) {
      return ExitCodes.BAD_INPUT;
    }
    if (e instanceof CommandLine.ParameterException) {
      return ExitCodes.USAGE;
    }
    return ExitCodes.INTERNAL_ERROR;
  }

  /**
   * Whether a team project's server refused the work to this login (SQLSTATE 42501: no privilege,
   * or a row that row-level security does not allow): the person asked for more than their role
   * allows, which is bad input, not an internal error.
   */
  static boolean refusedByServer(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException s && "42501".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The version, the build's commit and the runtime (the same as Help, About in the window). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return BuildInfo.current().lines().toArray(String[]::new);
    }
  }
}
