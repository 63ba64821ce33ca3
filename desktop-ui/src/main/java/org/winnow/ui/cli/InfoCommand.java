package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.model.ImportBatch;
import org.winnow.core.project.ProjectSummary;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "info", description = "Counts per source and import batch.")
final class InfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Override
  public Integer call() throws Exception {
    try (ReviewProject p = project.openToRead()) {
      ProjectSummary s = p.summary();
      var out = spec.commandLine().getOut();
      if (project.json) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", s.name());
        json.put("folder", s.folder());
        json.put("schemaVersion", s.schemaVersion());
        json.put("records", s.records());
        json.put("citations", s.citations());
        List<Map<String, Object>> sources = new ArrayList<>();
        for (ProjectSummary.SourceCount c : s.sources()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", c.source().id());
          m.put("name", c.source().name());
          m.put("type", c.source().type().cliName());
          m.put("records", c.records());
          m.put("batches", c.batches());
          sources.add(m);
        }
        json.put("sources", sources);
        json.put("batches", s.batches().stream().map(InfoCommand::batchJson).toList());
        Output.json(out, json);
      } else {
        out.printf(
            "Project '%s' (%s), schema version %d%n", s.name(), s.folder(), s.schemaVersion());
        out.printf("%d records, %d citations%n", s.records(), s.citations());
        for (ProjectSummary.SourceCount c : s.sources()) {
          out.printf(
              "  %-30s %-16s %7d records in %d batch(es)%n",
              c.source().name(), c.source().type().cliName(), c.records(), c.batches());
        }
        for (ImportBatch b : s.batches()) {
          out.printf(
              "  batch %d: %s, %s, %d records%s, imported %s by %s%n",
              b.id(),
              b.fileName(),
              b.format(),
              b.recordCount(),
              b.searchedOn() == null ? "" : ", searched " + b.searchedOn(),
              b.importedAt(),
              b.importedBy());
        }
      }
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> batchJson(ImportBatch b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", b.id());
    m.put("sourceId", b.sourceId());
    m.put("file", b.fileName());
    m.put("sha256", b.sha256());
    m.put("format", b.format());
    m.put("encoding", b.encoding());
    m.put("searchedOn", b.searchedOn() == null ? null : b.searchedOn().toString());
    m.put("hasStrategy", b.strategy() != null);
    m.put("records", b.recordCount());
    m.put("importedAt", b.importedAt().toString());
    m.put("importedBy", b.importedBy());
    return m;
  }
}
