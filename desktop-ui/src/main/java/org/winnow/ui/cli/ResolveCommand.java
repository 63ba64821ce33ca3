package org.winnow.ui.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Resolution;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "resolve",
    description =
        "Settle a conflict: by a third reviewer, or by consensus when --by decided the item too.")
final class ResolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin StageOption stage;

  @Option(
      names = "--item",
      required = true,
      paramLabel = "RECORD_ID",
      description = "The item (any record ID of it).")
  String item;

  @Option(
      names = "--decision",
      required = true,
      paramLabel = "D",
      description = "include or exclude.")
  String decision;

  @Option(
      names = "--reason",
      paramLabel = "R",
      description = "Exclusion reason (required at full text).")
  String reason;

  @Option(names = "--note", description = "Why.")
  String note;

  @Option(
      names = "--override",
      description =
          "Overrule decisions that agree (no conflict); recorded as an override in the audit.")
  boolean override;

  @Override
  public Integer call() throws Exception {
    DecisionValue value;
    try {
      value = DecisionValue.parse(decision);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--decision: " + e.getMessage());
    }
    try (ReviewProject p = ReviewProject.open(project.dir)) {
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
}
