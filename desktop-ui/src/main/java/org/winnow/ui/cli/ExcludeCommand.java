package org.winnow.ui.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.model.PreScreeningExclusion;
import org.winnow.core.project.ExclusionService;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "exclude",
    description = {
      "Remove records before screening, as PRISMA counts them: marked ineligible by "
          + "automation tools (--automatic: excluded_automatic) or removed for other reasons "
          + "(--other: excluded_other), with who (--by) and why (--reason). --undo puts them back."
    })
final class ExcludeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Records records;

  static final class Records {
    @Option(
        names = "--item",
        paramLabel = "RECORD_ID",
        arity = "1..*",
        description = "Record IDs (file IDs, or #N).")
    List<String> items;

    @Option(
        names = "--items",
        paramLabel = "FILE",
        description = "A file of record IDs, one per line ('#' comments and blank lines skipped).")
    Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Kind kind;

  static final class Kind {
    @Option(names = "--automatic", description = "Marked ineligible by automation tools.")
    boolean automatic;

    @Option(names = "--other", description = "Removed for other reasons.")
    boolean other;
  }

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  String reason;

  @Option(names = "--undo", description = "Put the records back into screening.")
  boolean undo;

  @Override
  public Integer call() throws Exception {
    PreScreeningExclusion.Kind k =
        kind == null
            ? null
            : kind.automatic
                ? PreScreeningExclusion.Kind.AUTOMATIC
                : PreScreeningExclusion.Kind.OTHER;
    if (k == null && !undo) {
      throw new BadInputException("say why they go: --automatic or --other");
    }
    try (ReviewProject p = project.open()) {
      ExclusionService.Change change =
          records.file != null
              ? p.exclusions().excludeFromFile(records.file, k, reason, undo, project.actor)
              : p.exclusions().exclude(records.items, k, reason, undo, project.actor);
      if (project.json) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("kind", change.kind().cliName());
        j.put("field", change.kind().prismaField());
        j.put("undo", change.undo());
        j.put("reason", change.reason());
        j.put("by", change.by());
        j.put("recordIds", change.recordIds());
        j.put("citations", change.citations());
        Output.json(spec.commandLine().getOut(), j);
      } else {
        spec.commandLine()
            .getOut()
            .printf(
                "%d citation(s) %s (%s, %s): %s%n",
                change.citations(),
                change.undo() ? "put back into screening" : "removed before screening",
                change.kind().prismaField(),
                change.reason(),
                String.join(", ", change.recordIds()));
      }
    }
    return ExitCodes.OK;
  }
}
