package org.winnow.ui.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.appraisal.Appraisal;
import org.winnow.core.appraisal.MmatCategory;
import org.winnow.core.appraisal.MmatComparison;
import org.winnow.core.appraisal.MmatCriterion;
import org.winnow.core.appraisal.MmatResult;
import org.winnow.core.appraisal.MmatSummaryTable;
import org.winnow.core.io.AtomicFiles;
import org.winnow.core.project.AppraisalService;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "appraise",
    description = {
      "MMAT 2018 appraisal: record an appraiser's answers (blinded from the others), "
          + "compare two appraisals per criterion, record the consensus, and write the "
          + "summary per study and criterion. No overall score unless --criteria-met asks for "
          + "the descriptive count."
    })
final class AppraiseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin StudyOptions target;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Action action;

  static final class Action {
    @Option(
        names = "--answers",
        paramLabel = "FILE.json",
        description = "Record the appraisal of --by (or with --consensus, the consensus).")
    Path answers;

    @Option(
        names = "--from",
        paramLabel = "NAME",
        description = "With --consensus: take this appraiser's answers whole as the consensus.")
    String from;

    @Option(names = "--compare", description = "The appraisals side by side, per criterion.")
    boolean compare;

    @Option(names = "--summary", description = "The summary table per study and criterion.")
    boolean summary;

    @Option(names = "--criteria", description = "The MMAT 2018 items, to write answers files.")
    boolean criteria;
  }

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "With --summary: csv, md or html (default md).")
  String format = "md";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "With --summary: write here instead of stdout.")
  Path output;

  @Option(
      names = "--criteria-met",
      description =
          "With --summary: add the count of criteria met per component, for description only"
              + " (not a quality score; the MMAT guide advises against an overall score).")
  boolean criteriaMet;

  @Override
  public Integer call() throws Exception {
    target.checkFrom(action.from);
    PrintWriter out = spec.commandLine().getOut();
    if (action.criteria) {
      criteria(out);
      return ExitCodes.OK;
    }
    try (ReviewProject p = project.open()) {
      AppraisalService a = p.appraisal();
      if (action.summary) {
        summary(a.results(), out);
      } else if (action.compare) {
        compare(a, out);
      } else {
        String s = target.study();
        Appraisal recorded =
            action.from != null
                ? a.consensusFrom(s, project.actor, action.from)
                : target.consensus
                    ? a.consensus(
                        s, project.actor, action.answers, "file:" + action.answers.getFileName())
                    : a.appraise(
                        s, project.actor, action.answers, "file:" + action.answers.getFileName());
        recorded(recorded, out);
      }
    }
    return ExitCodes.OK;
  }

  private void recorded(Appraisal a, PrintWriter out) {
    String warning = a.mmat().screeningWarning().orElse(null);
    if (project.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("study", "S" + a.studyId());
      m.put("by", a.by());
      m.put("consensus", a.consensus());
      m.put("appraisal", a.id());
      m.put("category", a.mmat().category() == null ? null : a.mmat().category().id());
      m.put(
          "quantitativeComponent",
          a.mmat().quantitativeComponent() == null ? null : a.mmat().quantitativeComponent().id());
      m.put("furtherAppraisal", warning);
      m.put("basedOn", a.basedOn());
      Output.json(out, m);
    } else {
      out.printf(
          "Recorded %s of S%d by %s: %s%n",
          a.consensus() ? "the consensus MMAT appraisal" : "the MMAT appraisal",
          a.studyId(),
          a.by(),
          a.mmat().category() == null ? "no category" : a.mmat().category().label());
      if (warning != null) {
        out.println(warning);
      }
    }
  }

  private void compare(AppraisalService a, PrintWriter out) throws Exception {
    List<AppraisalService.StudyAppraisals> all;
    all = target.study == null ? a.compareAll() : List.of(a.compare(target.study));
    List<Map<String, Object>> list = new ArrayList<>();
    for (AppraisalService.StudyAppraisals s : all) {
      MmatComparison c = s.comparison();
      String id = s.study().id();
      if (project.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", id);
        m.put("label", s.study().label());
        m.put("appraisers", c.appraisers());
        m.put("agree", c.agrees());
        List<Map<String, Object>> ds = new ArrayList<>();
        for (MmatComparison.Row r : c.disagreements()) {
          Map<String, Object> d = new LinkedHashMap<>();
          d.put("item", r.item());
          d.put("question", r.question());
          d.put("values", r.values());
          d.put("comments", r.comments());
          ds.add(d);
        }
        m.put("disagreements", ds);
        m.put("consensus", s.consensus() == null ? null : s.consensus().by());
        list.add(m);
        continue;
      }
      out.printf(
          "%s%s: %s — %d disagreement%s%n",
          id,
          " " + s.study().label(),
          String.join(" vs ", c.appraisers()),
          c.disagreements().size(),
          c.disagreements().size() == 1 ? "" : "s");
      for (MmatComparison.Row r : c.disagreements()) {
        out.printf("  %s  %s%n", r.item(), r.question());
        for (int i = 0; i < c.appraisers().size(); i++) {
          String v = r.values().get(i);
          String comment = r.comments().get(i);
          out.printf(
              "    %-20s %s%s%n",
              c.appraisers().get(i),
              v == null ? "(no answer)" : v,
              comment == null ? "" : "  \"" + comment + "\"");
        }
      }
    }
    if (project.json) {
      Output.json(out, Map.of("comparisons", list));
    } else if (all.isEmpty()) {
      out.println("No study has two appraisals yet.");
    }
  }

  private void summary(List<MmatResult> results, PrintWriter out) throws Exception {
    MmatSummaryTable.Format f;
    try {
      f = MmatSummaryTable.Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--format: " + e.getMessage());
    }
    MmatSummaryTable table = new MmatSummaryTable(results, criteriaMet);
    if (output == null) {
      if (project.json) {
        throw new BadInputException("--json needs -o FILE: stdout carries the JSON summary");
      }
      Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      table.write(f, w);
      return;
    }
    AtomicFiles.writeText(
        output,
        w -> {
          table.write(f, w);
          return null;
        });
    if (project.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", output.toString());
      m.put("format", f.name().toLowerCase(java.util.Locale.ROOT));
      m.put("studies", results.size());
      m.put("criteriaMet", criteriaMet);
      Output.json(out, m);
    } else {
      out.printf("Wrote the MMAT 2018 summary of %d studies to %s%n", results.size(), output);
    }
  }

  private void criteria(PrintWriter out) {
    if (project.json) {
      List<Map<String, Object>> categories = new ArrayList<>();
      for (MmatCategory c : MmatCategory.values()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("number", c.number());
        m.put("label", c.label());
        m.put("criteria", c.criteria().stream().map(AppraiseCommand::item).toList());
        categories.add(m);
      }
      Output.json(
          out,
          Map.of(
              "screening",
              List.of(item(MmatCriterion.S1), item(MmatCriterion.S2)),
              "answers",
              List.of("Yes", "No", "Can't tell"),
              "categories",
              categories));
      return;
    }
    out.println("Answers: Yes, No or Can't tell, with a comment.");
    out.println("Screening (all studies):");
    for (MmatCriterion s : List.of(MmatCriterion.S1, MmatCriterion.S2)) {
      out.printf("  %s  %s%n", s.code(), s.question());
    }
    for (MmatCategory c : MmatCategory.values()) {
      out.printf("%d. %s (category \"%s\"):%n", c.number(), c.label(), c.id());
      c.criteria().forEach(x -> out.printf("  %s  %s%n", x.code(), x.question()));
    }
  }

  private static Map<String, Object> item(MmatCriterion c) {
    return Map.of("code", c.code(), "question", c.question());
  }
}
