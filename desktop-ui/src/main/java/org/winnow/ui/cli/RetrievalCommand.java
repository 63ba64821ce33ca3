package org.winnow.ui.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.project.FullTextAttachment;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "retrieval",
    description = "Full-text retrieval of a report: attach its PDF, or mark it not retrieved.")
final class RetrievalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(
      names = "--item",
      required = true,
      paramLabel = "RECORD_ID",
      description = "The report (any record ID of it).")
  String item;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Action action;

  static final class Action {
    @Option(names = "--not-retrieved", description = "The full text could not be obtained.")
    boolean notRetrieved;

    @Option(
        names = "--retrieved",
        description = "The full text was obtained (without attaching it).")
    boolean retrieved;

    @Option(
        names = "--attach",
        paramLabel = "FILE.pdf",
        description = "Copy the PDF into the project and attach it.")
    Path attach;
  }

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      description = "A note (e.g. why it was not retrieved).")
  String note;

  @Option(
      names = "--replace",
      description = "With --attach: replace the PDF attached already (it is kept as a version).")
  boolean replace;

  @Override
  public Integer call() throws Exception {
    try (ReviewProject p = project.open()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("item", item);
      if (action.attach != null) {
        FullTextAttachment a = p.screening().attach(item, action.attach, replace, project.actor);
        j.put("retrieval", "retrieved");
        j.put("pdf", a.file().toString());
        j.put("originalName", a.originalName());
        j.put("replaced", a.replaced() == null ? null : a.replaced().toString());
      } else {
        if (replace) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--replace goes with --attach FILE.pdf");
        }
        p.screening().markRetrieval(item, action.retrieved, note, project.actor);
        j.put("retrieval", action.retrieved ? "retrieved" : "not-retrieved");
      }
      if (project.json) {
        Output.json(spec.commandLine().getOut(), j);
      } else {
        spec.commandLine()
            .getOut()
            .println(
                item
                    + ": "
                    + j.get("retrieval")
                    + (j.containsKey("pdf")
                        ? " (" + j.get("pdf") + ", from " + j.get("originalName") + ")"
                        : "")
                    + (j.get("replaced") != null
                        ? "; the earlier PDF is kept as " + j.get("replaced")
                        : ""));
      }
    }
    return ExitCodes.OK;
  }
}
