package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.model.ExclusionReason;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "reasons",
    description =
        "The ordered list of exclusion reasons (required when excluding at full text; feeds PRISMA).")
final class ReasonsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(
      names = "--add",
      paramLabel = "LABEL",
      description = "Add a reason at the end of the list.")
  List<String> add = new ArrayList<>();

  @Option(
      names = "--retire",
      paramLabel = "LABEL",
      description = "Retire a reason (past decisions keep it).")
  List<String> retire = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    try (ReviewProject p = project.open()) {
      for (String a : add) {
        p.screening().addReason(a, project.actor);
      }
      for (String r : retire) {
        p.screening().retireReason(r, project.actor);
      }
      List<ExclusionReason> reasons = p.screening().reasons();
      if (project.json) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ExclusionReason r : reasons) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", r.id());
          m.put("label", r.label());
          m.put("position", r.position());
          list.add(m);
        }
        Output.json(spec.commandLine().getOut(), Map.of("reasons", list));
      } else {
        int i = 1;
        for (ExclusionReason r : reasons) {
          spec.commandLine().getOut().printf("%2d. %s%n", i++, r.label());
        }
      }
    }
    return ExitCodes.OK;
  }
}
