package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.model.Reviewer;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "reviewer",
    description = "The review team: add or list reviewers.",
    subcommands = {ReviewerCommand.Add.class, ReviewerCommand.ListReviewers.class})
final class ReviewerCommand {

  static Map<String, Object> json(Reviewer r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("name", r.name());
    m.put("initials", r.initials());
    return m;
  }

  @Command(name = "add", description = "Add a reviewer to the project.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Parameters(index = "1", paramLabel = "NAME", description = "The reviewer's name.")
    String name;

    @Option(
        names = "--initials",
        paramLabel = "XY",
        description = "Initials shown in lists (default: from the name).")
    String initials;

    @Override
    public Integer call() throws Exception {
      try (ReviewProject p = project.open()) {
        Reviewer r = p.screening().addReviewer(name, initials, project.actor);
        if (project.json) {
          Output.json(spec.commandLine().getOut(), json(r));
        } else {
          spec.commandLine().getOut().printf("Added reviewer %s (%s)%n", r.name(), r.initials());
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", description = "List the project's reviewers.")
  static final class ListReviewers implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Override
    public Integer call() throws Exception {
      try (ReviewProject p = project.open()) {
        List<Reviewer> all = p.screening().reviewers();
        if (project.json) {
          List<Map<String, Object>> list = new ArrayList<>();
          all.forEach(r -> list.add(json(r)));
          Output.json(spec.commandLine().getOut(), Map.of("reviewers", list));
        } else {
          all.forEach(r -> spec.commandLine().getOut().printf("%s (%s)%n", r.name(), r.initials()));
        }
      }
      return ExitCodes.OK;
    }
  }
}
