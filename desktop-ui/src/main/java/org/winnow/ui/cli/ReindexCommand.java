package org.winnow.ui.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", description = "Rebuild the search index from the project database.")
final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Override
  public Integer call() throws Exception {
    try (ReviewProject p = project.open()) {
      long records = p.reindex();
      var out = spec.commandLine().getOut();
      if (project.json) {
        Output.json(out, Map.of("records", records));
      } else {
        out.printf("Indexed %d records%n", records);
      }
    }
    return ExitCodes.OK;
  }
}
