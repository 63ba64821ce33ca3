package org.winnow.ui.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "policy",
    description = {
      "Show or set a stage's screening policy: single, double (every item; the "
          + "default), or sample (double for a seeded random fraction, e.g. --fraction 0.25 "
          + "--seed 2024)."
    })
final class PolicyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin StageOption stage;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "MODE",
      description = "single, double or sample.")
  String mode;

  @Option(
      names = "--fraction",
      paramLabel = "F",
      description = "Share of items double-screened in sample mode (0 < F <= 1).")
  Double fraction;

  @Option(
      names = "--pilot",
      paramLabel = "N",
      description = "A pilot (calibration) set of N items every reviewer screens first (0: none).")
  Integer pilot;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the sample draw (recorded, so it reproduces).")
  Long seed;

  @Option(
      names = "--maybe-counts-as-include",
      paramLabel = "true|false",
      arity = "1",
      description = "true|false (title-abstract).")
  Boolean maybe;

  @Option(
      names = "--force",
      description =
          "Change the policy although screening has started at this stage (it can reveal other"
              + " reviewers' decisions; audited).")
  boolean force;

  @Override
  public Integer call() throws Exception {
    try (ReviewProject p = project.open()) {
      ScreeningPolicy policy;
      if (mode == null && pilot == null) {
        policy = p.screening().policy(stage.stage);
      } else {
        ScreeningPolicy.Mode m;
        try {
          m =
              mode == null
                  ? p.screening().policy(stage.stage).mode()
                  : ScreeningPolicy.Mode.parse(mode);
        } catch (IllegalArgumentException e) {
          throw new BadInputException(e.getMessage());
        }
        policy =
            p.screening()
                .setPolicy(stage.stage, m, fraction, seed, maybe, pilot, force, project.actor);
      }
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("stage", policy.stage().cliName());
      j.put("mode", policy.mode().cliName());
      j.put("fraction", policy.fraction());
      j.put("seed", policy.seed());
      j.put("maybeCountsAsInclude", policy.maybeCountsAsInclude());
      j.put("pilot", policy.pilotSize());
      if (project.json) {
        Output.json(spec.commandLine().getOut(), j);
      } else {
        spec.commandLine()
            .getOut()
            .printf(
                "%s: %s%s, maybe counts as include: %s%n",
                policy.stage().cliName(),
                policy.mode().cliName(),
                policy.mode() == ScreeningPolicy.Mode.SAMPLE
                    ? String.format(
                        " (%.0f%% double-screened, seed %d)",
                        100 * policy.fraction(), policy.seed())
                    : "",
                policy.maybeCountsAsInclude());
      }
    }
    return ExitCodes.OK;
  }
}
