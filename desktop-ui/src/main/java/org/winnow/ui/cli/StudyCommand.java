package org.winnow.ui.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.winnow.core.project.IncludedStudy;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.StudyService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "study",
    description = {
      "The included studies with their reports; link several reports of one study into "
          + "it, or unlink a report into a study of its own. A study's extracted and "
          + "appraised data stay with it."
    })
final class StudyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @ArgGroup(exclusive = true)
  Action action;

  static final class Action {
    @Option(
        names = "--link",
        arity = "2..*",
        paramLabel = "ID",
        description = "Link these reports (a record ID of each) into one study.")
    List<String> link;

    @Option(
        names = "--unlink",
        paramLabel = "ID",
        description = "Take this report (a record ID) out of its study into one of its own.")
    String unlink;
  }

  @Option(names = "--label", paramLabel = "L", description = "With --link: the study's label.")
  String label;

  /** One report of a study. */
  record ReportJson(long report, String title, List<String> recordIds, boolean fullText) {}

  /** One study with its reports. */
  record StudyJson(String study, String label, List<ReportJson> reports) {}

  /**
   * The studies after the action.
   *
   * @param changed the study linked into, or the unlinked report's own study; absent for a listing
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Reply(String changed, List<StudyJson> studies) {}

  @Override
  public Integer call() throws Exception {
    boolean linking = action != null && action.link != null;
    if (label != null && !linking) {
      throw new ParameterException(spec.commandLine(), "--label goes with --link");
    }
    try (ReviewProject p = project.open()) {
      StudyService studies = p.studies();
      String changed = null;
      if (linking) {
        changed = StudyService.PREFIX + studies.link(action.link, label, project.actor);
      } else if (action != null && action.unlink != null) {
        changed = studies.unlink(action.unlink, project.actor).code();
      }
      List<StudyJson> out = new ArrayList<>();
      for (IncludedStudy s : studies.included()) {
        List<ReportJson> reports = new ArrayList<>();
        for (StudyService.StudyReport r : studies.reports(s)) {
          reports.add(new ReportJson(r.reportId(), r.title(), r.recordIds(), r.pdf() != null));
        }
        out.add(new StudyJson(s.code(), s.label(), reports));
      }
      PrintWriter w = spec.commandLine().getOut();
      if (project.json) {
        Output.json(w, new Reply(changed, out));
      } else {
        if (changed != null) {
          w.printf("%s %s%n", linking ? "Linked into" : "Unlinked into", changed);
        }
        for (StudyJson s : out) {
          w.printf("%-6s %s%n", s.study(), s.label());
          for (ReportJson r : s.reports()) {
            w.printf(
                "       %-12s %s%s%n",
                String.join(", ", r.recordIds()), r.title(), r.fullText() ? "  [PDF]" : "");
          }
        }
      }
    }
    return ExitCodes.OK;
  }
}
