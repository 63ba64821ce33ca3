package org.winnow.ui.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.extraction.AnswersSkeleton;
import org.winnow.core.extraction.EffectSizeCsv;
import org.winnow.core.extraction.Extraction;
import org.winnow.core.extraction.ExtractionComparison;
import org.winnow.core.extraction.ExtractionExport;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.extraction.FormTemplate;
import org.winnow.core.extraction.StudyComparison;
import org.winnow.core.extraction.TemplateMigration;
import org.winnow.core.io.AtomicFiles;
import org.winnow.core.project.ExtractionService;
import org.winnow.core.project.ExtractionView;
import org.winnow.core.project.IncludedStudy;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    description = {
      "Data extraction with forms: record an extractor's answers (blinded from the "
          + "others), compare two extractions field by field, record the consensus, upgrade "
          + "answers to a new template version, list the included studies, export everything "
          + "extracted."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin StudyOptions target;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Action action;

  static final class Action {
    @Option(
        names = "--answers",
        paramLabel = "FILE.json",
        description = "Record the answers of --by (or with --consensus, the consensus).")
    Path answers;

    @Option(
        names = "--from",
        paramLabel = "NAME",
        description = "With --consensus: take this extractor's answers whole as the consensus.")
    String from;

    @Option(names = "--compare", description = "Field-level comparison of the extractions.")
    boolean compare;

    @Option(names = "--show", description = "The extractions --by may see (blinded).")
    boolean show;

    @Option(
        names = "--upgrade",
        description = "Carry --by's answers (or the consensus) to the form's latest version.")
    boolean upgrade;

    @Option(names = "--studies", description = "The included studies and their extraction status.")
    boolean studies;

    @Option(names = "--export", paramLabel = "FILE", description = "Export extracted data.")
    Path export;

    @Option(
        names = "--skeleton",
        description =
            "Write an answers file to fill in for --study and --form: every field empty, with"
                + " what it takes; -o FILE or stdout.")
    boolean skeleton;
  }

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "With --skeleton: write the answers file here instead of stdout.")
  Path output;

  @Option(names = "--form", paramLabel = "FORM", description = "A form: ID or ID@VERSION.")
  String form;

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      description = "A note on the consensus (with --from).")
  String note;

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "With --export: csv-wide, csv-long, json or effect-sizes.")
  String format;

  @Option(
      names = "--section",
      paramLabel = "S",
      description = "With --format csv-wide: the repeating section that gives one row per entry.")
  String section;

  @Override
  public Integer call() throws Exception {
    target.checkFrom(action.from);
    try (ReviewProject p = project.open()) {
      ExtractionService x = p.extraction();
      PrintWriter out = spec.commandLine().getOut();
      if (action.studies) {
        studies(p, out);
      } else if (action.export != null) {
        export(p, out);
      } else if (action.compare) {
        compare(x, out);
      } else if (action.skeleton) {
        skeleton(p, x, out);
      } else {
        String s = target.study();
        if (action.show) {
          show(x.view(s, need(form, "--form"), project.actor), out);
        } else if (action.upgrade) {
          upgrade(
              x.upgrade(s, need(form, "--form"), project.actor, target.consensus, project.actor),
              s,
              out);
        } else if (action.from != null) {
          recorded(x.consensusFrom(s, need(form, "--form"), project.actor, action.from, note), out);
        } else if (target.consensus) {
          recorded(
              x.consensus(
                  s,
                  need(form, "--form"),
                  project.actor,
                  action.answers,
                  "file:" + action.answers.getFileName()),
              out);
        } else {
          recorded(
              x.extract(
                  s, form, project.actor, action.answers, "file:" + action.answers.getFileName()),
              out);
        }
      }
    }
    return ExitCodes.OK;
  }

  /** An answers file to fill in, to stdout or -o FILE (written whole or not at all). */
  private void skeleton(ReviewProject p, ExtractionService x, PrintWriter out) throws Exception {
    IncludedStudy study = p.studies().study(target.study());
    FormTemplate template = x.template(need(form, "--form"));
    String about =
        template.title()
            + " for "
            + study.ref().id()
            + " "
            + study.ref().label()
            + ". Fill in the answers (null: not answered; \"NR\": not reported), then record them:"
            + " winnow extract DIR --study "
            + study.ref().id()
            + " --form "
            + template.id()
            + " --by NAME --answers FILE";
    String text =
        Output.JSON.writeValueAsString(AnswersSkeleton.of(template, about))
            + System.lineSeparator();
    if (output == null) {
      out.print(text);
      out.flush();
      return;
    }
    AtomicFiles.writeText(
        output,
        w -> {
          w.write(text);
          return null;
        });
    if (project.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", output.toString());
      m.put("study", study.ref().id());
      m.put("form", template.id());
      m.put("version", template.version());
      m.put("fields", template.fieldCount());
      Output.json(out, m);
    } else {
      out.printf(
          "Answers file for %s %s with %s (%d fields) written to %s%n",
          study.ref().id(), study.ref().label(), template.ref(), template.fieldCount(), output);
    }
  }

  private static String need(String value, String option) throws BadInputException {
    return StudyOptions.need(value, option);
  }

  private void recorded(Extraction e, PrintWriter out) {
    if (project.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("study", "S" + e.studyId());
      m.put("form", e.template().id());
      m.put("version", e.template().version());
      m.put("by", e.by());
      m.put("consensus", e.consensus());
      m.put("extraction", e.id());
      m.put("answered", e.answers().answeredCount());
      m.put("basedOn", e.basedOn());
      Output.json(out, m);
    } else {
      out.printf(
          "Recorded %s of S%d with %s by %s (%d answers)%n",
          e.consensus() ? "the consensus" : "the extraction",
          e.studyId(),
          e.template().ref(),
          e.by(),
          e.answers().answeredCount());
    }
  }

  private void show(ExtractionView v, PrintWriter out) {
    if (project.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("study", v.study().id());
      m.put("blinded", v.blinded());
      m.put("own", v.own() == null ? null : answers(v.own()));
      List<Object> others = new ArrayList<>();
      v.others().forEach(e -> others.add(answers(e)));
      m.put("others", others);
      m.put("consensus", v.consensus() == null ? null : answers(v.consensus()));
      Output.json(out, m);
      return;
    }
    out.printf("%s %s%n", v.study().id(), v.study().label());
    out.println(
        v.own() == null
            ? "You have not extracted this form yet."
            : "Your extraction: "
                + v.own().answers().answeredCount()
                + " answers, "
                + v.own().createdAt());
    if (v.blinded()) {
      out.println("Other extractions stay hidden until every required extraction is in.");
    }
    for (Extraction e : v.others()) {
      out.printf("%s: %d answers, %s%n", e.by(), e.answers().answeredCount(), e.createdAt());
    }
  }

  private static Object answers(Extraction e) {
    var file = ExtractionExport.answersFile(e.template(), e.answers(), e.note());
    file.put("by", e.by());
    file.put("createdAt", e.createdAt());
    return Output.JSON.convertValue(file, Object.class);
  }

  private void compare(ExtractionService x, PrintWriter out) throws Exception {
    String f = need(form, "--form");
    List<StudyComparison> all =
        target.study == null ? x.compareAll(f) : List.of(x.compare(target.study, f));
    if (project.json) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (StudyComparison c : all) {
        list.add(comparisonJson(c));
      }
      Output.json(out, Map.of("form", x.template(f).id(), "comparisons", list));
      return;
    }
    for (StudyComparison c : all) {
      ExtractionComparison cmp = c.comparison();
      out.printf(
          "%s %s (%s): %s — %d disagreement%s%s%n",
          c.study().id(),
          c.study().label(),
          cmp.template().ref(),
          String.join(" vs ", cmp.extractors()),
          cmp.disagreements().size(),
          cmp.disagreements().size() == 1 ? "" : "s",
          c.consensus() == null ? "" : "; consensus by " + c.consensus().by());
      for (ExtractionComparison.FieldComparison d : cmp.disagreements()) {
        out.printf("  %s  (%s)%n", d.path(), d.label());
        for (int i = 0; i < cmp.extractors().size(); i++) {
          String v = d.values().get(i);
          out.printf(
              "    %-20s %s%n",
              cmp.extractors().get(i),
              !d.present().get(i) ? "(no such entry)" : v == null ? "(no answer)" : v);
        }
      }
    }
    if (all.isEmpty()) {
      out.println("No study has two extractions of " + f + " yet.");
    }
  }

  static Map<String, Object> comparisonJson(StudyComparison c) {
    ExtractionComparison cmp = c.comparison();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("study", c.study().id());
    m.put("label", c.study().label());
    m.put("version", cmp.template().version());
    m.put("extractors", cmp.extractors());
    m.put("agree", cmp.agrees());
    List<Map<String, Object>> ds = new ArrayList<>();
    for (ExtractionComparison.FieldComparison d : cmp.disagreements()) {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("path", d.path());
      dm.put("section", d.section());
      dm.put("instance", d.instance());
      dm.put("field", d.field());
      dm.put("label", d.label());
      dm.put("values", d.values());
      dm.put("present", d.present());
      ds.add(dm);
    }
    m.put("disagreements", ds);
    if (c.consensus() == null) {
      m.put("consensus", null);
    } else {
      m.put("consensus", Map.of("by", c.consensus().by(), "createdAt", c.consensus().createdAt()));
    }
    return m;
  }

  private void upgrade(TemplateMigration.Result r, String s, PrintWriter out) {
    if (project.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("study", s);
      m.put("form", r.to().id());
      m.put("from", r.from().version());
      m.put("to", r.to().version());
      m.put("moved", r.moved().stream().map(x -> Map.of("from", x.from(), "to", x.to())).toList());
      m.put(
          "leftBehind",
          r.leftBehind().stream()
              .map(x -> Map.of("field", x.field(), "value", x.value(), "reason", x.reason()))
              .toList());
      m.put("newlyRequired", r.newlyRequired());
      Output.json(out, m);
      return;
    }
    out.printf("Upgraded %s from %s to %s%n", s, r.from().ref(), r.to().ref());
    r.moved().forEach(x -> out.printf("  moved %s → %s%n", x.from(), x.to()));
    r.leftBehind()
        .forEach(
            x ->
                out.printf(
                    "  kept only in %s: %s = %s (%s)%n",
                    r.from().ref(), x.field(), x.value(), x.reason()));
    r.newlyRequired().forEach(f -> out.printf("  now required, still to answer: %s%n", f));
  }

  private void studies(ReviewProject p, PrintWriter out) throws Exception {
    List<IncludedStudy> studies = p.studies().included();
    Map<String, List<FormResult>> byStudy = new LinkedHashMap<>();
    for (FormResult r : p.extraction().results(null)) {
      byStudy.computeIfAbsent(r.study().id(), k -> new ArrayList<>()).add(r);
    }
    if (project.json) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (IncludedStudy s : studies) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", s.code());
        m.put("label", s.label());
        m.put("recordIds", s.recordIds());
        List<Map<String, Object>> forms = new ArrayList<>();
        for (FormResult r : byStudy.getOrDefault(s.code(), List.of())) {
          Map<String, Object> f = new LinkedHashMap<>();
          f.put("form", r.template().id());
          f.put("version", r.template().version());
          f.put("status", r.status().id());
          f.put(
              "extractors",
              r.extractions().stream().filter(e -> !e.consensus()).map(Extraction::by).toList());
          f.put("decidedBy", r.decidedBy());
          forms.add(f);
        }
        m.put("forms", forms);
        list.add(m);
      }
      Output.json(out, Map.of("studies", list));
      return;
    }
    for (IncludedStudy s : studies) {
      List<String> forms = new ArrayList<>();
      for (FormResult r : byStudy.getOrDefault(s.code(), List.of())) {
        forms.add(r.template().ref() + " " + r.status().id());
      }
      out.printf(
          "%-5s %-30s %-20s %s%n",
          s.code(),
          s.label(),
          String.join(", ", s.recordIds()),
          forms.isEmpty() ? "(nothing extracted)" : String.join("; ", forms));
    }
  }

  private void export(ReviewProject p, PrintWriter out) throws Exception {
    String f =
        need(format, "--format csv-wide|csv-long|json|effect-sizes")
            .strip()
            .toLowerCase(Locale.ROOT);
    ExtractionService x = p.extraction();
    FormTemplate template = form == null ? null : x.template(form);
    List<FormResult> results = x.results(template == null ? null : template.id());
    List<EffectSizeCsv.Skipped> skipped = new ArrayList<>();
    int rows =
        switch (f) {
          case "csv-wide" -> {
            FormTemplate t =
                template == null
                    ? x.template(need(form, "--form (csv-wide is one form)"))
                    : template;
            String rowSection = section;
            if (rowSection == null) {
              rowSection =
                  t.sections().stream()
                      .filter(s -> s.repeats())
                      .map(s -> s.id())
                      .findFirst()
                      .orElse(null);
            } else if (t.section(rowSection).map(s -> !s.repeats()).orElse(true)) {
              throw new BadInputException(
                  "--section: '"
                      + section
                      + "' is not a repeating section of "
                      + t.ref()
                      + " ("
                      + String.join(
                          ", ",
                          t.sections().stream().filter(s -> s.repeats()).map(s -> s.id()).toList())
                      + ")");
            }
            String chosen = rowSection;
            AtomicFiles.writeText(
                action.export,
                w -> {
                  ExtractionExport.wide(results, t, chosen, w);
                  return null;
                });
            yield (int) results.stream().filter(r -> r.status().hasFinal()).count();
          }
          case "csv-long" ->
              AtomicFiles.writeText(
                  action.export,
                  w -> {
                    ExtractionExport.longCsv(results, w);
                    return results.size();
                  });
          case "json" ->
              AtomicFiles.writeText(
                  action.export,
                  w -> {
                    ExtractionExport.json(results, p.name(), w);
                    return results.size();
                  });
          case "effect-sizes" -> {
            EffectSizeCsv.Written written =
                AtomicFiles.writeText(action.export, w -> EffectSizeCsv.write(results, w));
            skipped.addAll(written.skipped());
            yield written.rows();
          }
          default ->
              throw new BadInputException(
                  "--format: '" + format + "' is not csv-wide, csv-long, json or effect-sizes");
        };
    List<Map<String, Object>> pending = new ArrayList<>();
    for (FormResult r : results) {
      if (!r.status().hasFinal()) {
        pending.add(Map.of("study", r.study().id(), "form", r.template().id()));
        if (!f.equals("csv-long") && !f.equals("json")) {
          spec.commandLine()
              .getErr()
              .printf(
                  "winnow: %s %s awaits a consensus: left out%n",
                  r.study().id(), r.template().id());
        }
      }
    }
    if (project.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", action.export.toString());
      m.put("format", f);
      m.put(f.equals("effect-sizes") ? "rows" : "studyForms", rows);
      m.put("pending", pending);
      m.put("skipped", skipped);
      Output.json(out, m);
    } else {
      out.printf(
          "Exported %d %s to %s (%s)%n",
          rows, f.equals("effect-sizes") ? "rows" : "study forms", action.export, f);
      if (!skipped.isEmpty()) {
        out.printf(
            "%d comparison%s not written:%n", skipped.size(), skipped.size() == 1 ? "" : "s");
        for (EffectSizeCsv.Skipped k : skipped) {
          out.printf(
              "  %s %s / %s / %s: %s%n",
              k.studyId(), k.study(), k.outcome(), k.timePoint(), k.reason());
        }
      }
    }
  }
}
