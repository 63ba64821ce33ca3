package org.winnow.ui.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "init",
    description =
        "Create a new review project in an empty or new folder, or in an empty PostgreSQL"
            + " database (a team project).")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The review's name (default: the folder name).")
  String name;

  @Override
  public Integer call() throws Exception {
    try (ReviewProject p = ReviewProject.create(project.dir, name, project.actor)) {
      var out = spec.commandLine().getOut();
      if (project.json) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("project", p.location().display());
        json.put("name", p.name());
        json.put("schemaVersion", p.summary().schemaVersion());
        Output.json(out, json);
      } else {
        out.println("Created project '" + p.name() + "' in " + p.location().display());
      }
    }
    return ExitCodes.OK;
  }
}
