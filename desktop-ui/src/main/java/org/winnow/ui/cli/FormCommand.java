package org.winnow.ui.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.extraction.ChoiceOption;
import org.winnow.core.extraction.FieldSpec;
import org.winnow.core.extraction.FormTemplate;
import org.winnow.core.extraction.SectionSpec;
import org.winnow.core.extraction.TemplateInfo;
import org.winnow.core.extraction.TemplateJson;
import org.winnow.core.project.ExtractionService;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "form",
    description =
        "Extraction form templates: list them, show one, import a new one or a new version.",
    subcommands = {FormCommand.ListForms.class, FormCommand.Show.class, FormCommand.Import.class})
final class FormCommand {

  @Command(name = "list", description = "The form templates of the project, every version.")
  static final class ListForms implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Override
    public Integer call() throws Exception {
      try (ReviewProject p = project.open()) {
        List<TemplateInfo> all = p.extraction().templates();
        PrintWriter out = spec.commandLine().getOut();
        if (project.json) {
          List<Map<String, Object>> list = new ArrayList<>();
          for (TemplateInfo t : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.template().id());
            m.put("version", t.template().version());
            m.put("title", t.template().title());
            m.put("origin", t.origin());
            m.put("latest", t.latest());
            m.put("sections", t.template().sections().size());
            m.put("fields", t.template().fieldCount());
            list.add(m);
          }
          Output.json(out, Map.of("forms", list));
        } else {
          for (TemplateInfo t : all) {
            out.printf(
                "%-24s %-40s %3d fields  %s%s%n",
                t.template().ref(),
                t.template().title(),
                t.template().fieldCount(),
                t.origin(),
                t.latest() ? "" : "  (older version)");
          }
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "show",
      description = {
        "One form template: its sections and fields. With --json, the template file "
            + "itself (a starting point for a new version)."
      })
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Parameters(index = "1", paramLabel = "FORM", description = "ID or ID@VERSION, e.g. tidier@1.")
    String form;

    @Override
    public Integer call() throws Exception {
      try (ReviewProject p = project.open()) {
        FormTemplate t = p.extraction().template(form);
        PrintWriter out = spec.commandLine().getOut();
        if (project.json) {
          out.print(TemplateJson.write(t));
          out.flush();
          return ExitCodes.OK;
        }
        out.printf("%s  %s%n", t.ref(), t.title());
        if (t.description() != null) {
          out.println(t.description());
        }
        for (SectionSpec s : t.sections()) {
          out.println();
          out.printf(
              "[%s] %s%s%n",
              s.id(),
              s.label(),
              s.repeats()
                  ? "  (repeats: one entry per "
                      + s.unitName()
                      + (s.repeat().key().isEmpty()
                          ? ""
                          : "; identified by " + String.join(", ", s.repeat().key()))
                      + ")"
                  : "");
          for (FieldSpec f : s.fields()) {
            out.printf(
                "  %-24s %-16s %s%s%s%n",
                f.id(), f.type().id(), f.label(), f.required() ? "  (required)" : "", details(f));
          }
        }
      }
      return ExitCodes.OK;
    }

    private static String details(FieldSpec f) {
      List<String> d = new ArrayList<>();
      if (!f.options().isEmpty()) {
        d.add(
            "options: "
                + String.join(", ", f.options().stream().map(ChoiceOption::value).toList()));
      }
      if (f.unit() != null) {
        d.add("unit: " + f.unit());
      }
      if (!f.units().isEmpty()) {
        d.add("units: " + String.join(", ", f.units()));
      }
      if (f.min() != null) {
        d.add("min " + f.min().toPlainString());
      }
      if (f.max() != null) {
        d.add("max " + f.max().toPlainString());
      }
      return d.isEmpty() ? "" : "  [" + String.join("; ", d) + "]";
    }
  }

  @Command(
      name = "import-template",
      description = {
        "Add a template (or a new version of one) to the project. A changed template "
            + "needs a new version number; answers given with older versions keep theirs."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Parameters(index = "1", paramLabel = "FILE.json", description = "The template file.")
    Path file;

    @Override
    public Integer call() throws Exception {
      try (ReviewProject p = project.open()) {
        ExtractionService.TemplateImport r = p.extraction().importTemplate(file, project.actor);
        PrintWriter out = spec.commandLine().getOut();
        if (project.json) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("form", r.template().id());
          m.put("version", r.template().version());
          m.put("title", r.template().title());
          m.put("added", r.added());
          Output.json(out, m);
        } else {
          out.printf(
              "%s %s (%s)%n",
              r.added() ? "Imported" : "Already in the project:",
              r.template().ref(),
              r.template().title());
        }
      }
      return ExitCodes.OK;
    }
  }
}
