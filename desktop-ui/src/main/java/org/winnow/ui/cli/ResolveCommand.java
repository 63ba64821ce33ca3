package org.winnow.ui.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.io.decisions.DecisionFile;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Resolution;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "resolve",
    description = {
      "Settle a conflict: by a third reviewer, or by consensus when --by decided the item too.",
      "--decisions FILE settles many in one transaction (every bad row named, nothing stored then)."
    })
final class ResolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin StageOption stage;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(
        names = "--item",
        paramLabel = "RECORD_ID",
        description = "The item (any record ID of it).")
    String item;

    @Option(
        names = "--decisions",
        paramLabel = "FILE.csv",
        description =
            "Settle many items at once from a decision file (record_id,decision,reason,note; as"
                + " screen --decisions reads): all or nothing, every bad row named.")
    Path decisions;
  }

  @Option(names = "--decision", paramLabel = "D", description = "include or exclude (with --item).")
  String decision;

  @Option(
      names = "--reason",
      paramLabel = "R",
      description = "Exclusion reason (required at full text).")
  String reason;

  @Option(names = "--note", paramLabel = "TEXT", description = "Why.")
  String note;

  /** The reply to {@code --decisions}. */
  record BulkReply(String stage, String by, int resolutions, int skipped, List<String> items) {}

  @Option(
      names = "--override",
      description =
          "Overrule decisions that agree (no conflict); recorded as an override in the audit.")
  boolean override;

  @Override
  public Integer call() throws Exception {
    if (target.decisions != null) {
      return resolveFile();
    }
    String item = target.item;
    if (decision == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Missing required option: '--decision=D' (with --item)");
    }
    DecisionValue value;
    try {
      value = DecisionValue.parse(decision);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--decision: " + e.getMessage());
    }
    try (ReviewProject p = project.open()) {
      Resolution r =
          p.screening().resolve(stage.stage, item, value, reason, note, project.actor, override);
      if (project.json) {
        Map<String, Object> j = new LinkedHashMap<>(ScreeningJson.resolution(r));
        j.put("item", item);
        j.put("stage", stage.stage.cliName());
        j.put("override", override);
        Output.json(spec.commandLine().getOut(), j);
      } else {
        spec.commandLine()
            .getOut()
            .printf(
                "%s resolved as %s by %s (%s)%n",
                item, r.value().cliName(), r.resolvedBy().name(), r.method().cliName());
      }
    }
    return ExitCodes.OK;
  }

  private int resolveFile() throws Exception {
    if (decision != null || reason != null || note != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--decisions takes decisions, reasons and notes from the file, not --decision/--reason/--note");
    }
    try (ReviewProject p = project.open()) {
      DecisionFile file = DecisionFile.read(target.decisions, project.actor);
      List<Resolution> done = p.screening().resolveAll(stage.stage, file, project.actor, override);
      List<String> items = file.rows().stream().map(DecisionFile.Row::id).toList();
      var out = spec.commandLine().getOut();
      if (project.json) {
        Output.json(
            out,
            new BulkReply(
                stage.stage.cliName(), project.actor, done.size(), file.skipped(), items));
      } else {
        out.printf(
            "Resolved %d %s items by %s%s%n",
            done.size(),
            stage.stage.cliName(),
            project.actor,
            file.skipped() == 0
                ? ""
                : " (" + file.skipped() + " rows without a decision left out)");
      }
    }
    return ExitCodes.OK;
  }
}
