package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.ReviewerProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "progress",
    description = "Per reviewer and stage: screened, remaining, open conflicts.")
final class ProgressCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Override
  public Integer call() throws Exception {
    try (ReviewProject p = project.openToRead()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      var out = spec.commandLine().getOut();
      for (Stage stage : Stage.values()) {
        for (ReviewerProgress r : p.screening().progress(stage)) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("stage", stage.cliName());
          m.put("reviewer", r.reviewer().name());
          m.put("screened", r.screened());
          m.put("remaining", r.remaining());
          m.put("conflicts", r.conflicts());
          rows.add(m);
          if (!project.json) {
            out.printf(
                "%-15s %-20s screened %5d  remaining %5d  conflicts %4d%n",
                stage.cliName(), r.reviewer().name(), r.screened(), r.remaining(), r.conflicts());
          }
        }
      }
      if (project.json) {
        Output.json(out, Map.of("progress", rows));
      }
    }
    return ExitCodes.OK;
  }
}
