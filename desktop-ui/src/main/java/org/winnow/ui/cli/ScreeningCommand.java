package org.winnow.ui.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.StoppingService;
import org.winnow.core.ranking.StopCheck;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "screening",
    description = {
      "When may the team stop screening?",
      "--stop-check runs the hypergeometric stopping rule on a stage's decisions in the order the"
          + " items were screened; --stop --reason TEXT stops title-abstract screening (the"
          + " records nobody screened count as marked ineligible by automation tools, PRISMA's"
          + " excluded_automatic); --stop --undo puts them back."
    })
final class ScreeningCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(
      names = "--stage",
      paramLabel = "STAGE",
      converter = StageOption.Converter.class,
      defaultValue = "title-abstract",
      description = StageOption.NAMES + "; title-abstract by default.")
  Stage stage;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Action action;

  static final class Action {
    @Option(names = "--stop-check", description = "Report whether the stopping rule says stop.")
    boolean check;

    @Option(names = "--stop", description = "Stop screening now (with --reason; or --undo).")
    boolean stop;
  }

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why the team stops (--stop).")
  String reason;

  @Option(names = "--undo", description = "With --stop: undo the last stop.")
  boolean undo;

  /** The reply to {@code --stop-check}. */
  record CheckReply(
      String stage,
      int records,
      int screened,
      int relevantFound,
      int recordsLeft,
      double targetRecall,
      double confidence,
      double pValue,
      double recallLowerBound,
      int relevantLeftUpperBound,
      boolean stop,
      boolean valid,
      int notServedInOrder,
      List<String> warnings) {}

  /** The reply to {@code --stop} (and its undo). */
  record StopReply(
      String stage,
      boolean undo,
      String by,
      String reason,
      String explanation,
      String field,
      int records) {}

  @Override
  public Integer call() throws Exception {
    if (undo && !action.stop) {
      throw new ParameterException(spec.commandLine(), "--undo goes with --stop");
    }
    if (action.stop && !undo && (reason == null || reason.isBlank())) {
      throw new ParameterException(spec.commandLine(), "--stop needs --reason TEXT");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (action.check) {
      try (ReviewProject p = project.openToRead()) {
        check(p.stopping().check(stage), out);
      }
      return ExitCodes.OK;
    }
    try (ReviewProject p = project.open()) {
      StoppingService.Stop s =
          undo
              ? p.stopping().undo(stage, project.actor, reason)
              : p.stopping().stop(stage, project.actor, reason);
      if (project.json) {
        Output.json(
            out,
            new StopReply(
                s.stage().cliName(),
                s.undo(),
                s.by(),
                s.reason(),
                s.explanation(),
                "excluded_automatic",
                s.records()));
      } else if (s.undo()) {
        out.printf(
            "%s screening goes on: %d records put back into screening%n",
            s.stage().cliName(), s.records());
      } else {
        out.printf(
            "%s screening stopped by %s: %d records left unscreened count as excluded_automatic"
                + " (see 'winnow prisma DIR --explain excluded_automatic')%n  %s%n",
            s.stage().cliName(), s.by(), s.records(), s.explanation());
      }
    }
    return ExitCodes.OK;
  }

  private void check(StoppingService.Report r, PrintWriter out) {
    StopCheck c = r.check();
    PrintWriter err = spec.commandLine().getErr();
    r.warnings().forEach(w -> err.println("winnow: warning: " + w));
    if (project.json) {
      Output.json(
          out,
          new CheckReply(
              r.stage().cliName(),
              c.records(),
              c.screened(),
              c.relevantFound(),
              c.recordsLeft(),
              c.targetRecall(),
              c.confidence(),
              c.pValue(),
              c.recallLowerBound(),
              c.relevantLeftUpperBound(),
              c.stop(),
              r.valid(),
              r.notServedInOrder(),
              r.warnings()));
      return;
    }
    out.printf(
        Locale.ROOT,
        "%s: %d of %d records screened, %d relevant found, %d left%n",
        r.stage().cliName(),
        c.screened(),
        c.records(),
        c.relevantFound(),
        c.recordsLeft());
    out.printf(
        Locale.ROOT,
        "Recall is at least %.3f with %.0f%% confidence (at most %d relevant left); p = %.4f%n",
        c.recallLowerBound(),
        c.confidence() * 100,
        c.relevantLeftUpperBound(),
        c.pValue());
    out.printf(
        Locale.ROOT,
        "%s (target recall %.0f%%)%s%n",
        c.stop() ? "The rule says the team may stop" : "The rule does not say stop yet",
        c.targetRecall() * 100,
        r.valid() ? "" : "; NOT VALID: see the warning");
  }
}
