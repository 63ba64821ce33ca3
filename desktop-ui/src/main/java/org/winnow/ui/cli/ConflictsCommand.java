package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.model.CitationView;
import org.winnow.core.model.Decision;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.screening.ItemOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "conflicts",
    description = "Items whose independent decisions disagree, with both decisions.")
final class ConflictsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin StageOption stage;

  @Override
  public Integer call() throws Exception {
    try (ReviewProject p = project.openToRead()) {
      List<ItemOutcome> conflicts = p.screening().conflicts(stage.stage);
      var out = spec.commandLine().getOut();
      List<Map<String, Object>> list = new ArrayList<>();
      for (ItemOutcome o : conflicts) {
        CitationView v = p.screening().citation(stage.stage, o.itemId());
        if (project.json) {
          list.add(ScreeningJson.outcome(o, v));
        } else {
          out.printf(
              "[%s] %s%n  %s%n",
              String.join(", ", v.recordIds()), v.fields().title(), o.conflict());
          for (Decision d : o.decisions()) {
            out.printf(
                "    %-20s %-8s %s%s%n",
                d.reviewer().name(),
                d.value().cliName(),
                d.reason() == null ? "" : d.reason().label(),
                d.note() == null ? "" : "  \"" + d.note() + "\"");
          }
        }
      }
      if (project.json) {
        Output.json(out, Map.of("stage", stage.stage.cliName(), "conflicts", list));
      } else {
        out.printf("%d open conflicts at %s%n", conflicts.size(), stage.stage.cliName());
      }
    }
    return ExitCodes.OK;
  }
}
