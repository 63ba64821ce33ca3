package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.index.SearchHit;
import org.winnow.core.index.SearchResult;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    description = {
      "Search the project's citations (Lucene syntax; AND between words).",
      "Fields: title, abstract, authors, journal, keywords, mesh, year, doi, pmid, pubtype, language.",
      "Example: winnow search review 'stroke AND year:[2010 TO 2020]'"
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Parameters(index = "1", paramLabel = "QUERY", description = "The query.")
  String query;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many hits to list (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    try (ReviewProject p = project.openToRead()) {
      SearchResult result = p.search(query, limit);
      var out = spec.commandLine().getOut();
      if (project.json) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", result.query());
        json.put("total", result.total());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : result.hits()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("citationId", h.citationId());
          m.put("recordIds", h.recordIds());
          m.put("title", h.title());
          m.put("year", h.year());
          m.put("score", h.score());
          hits.add(m);
        }
        json.put("hits", hits);
        Output.json(out, json);
      } else {
        out.printf("%d citations match %s%n", result.total(), result.query());
        for (SearchHit h : result.hits()) {
          out.printf(
              "  [%s] %s%s%n",
              String.join(", ", h.recordIds()),
              h.title() == null ? "(no title)" : h.title(),
              h.year() == null ? "" : " (" + h.year() + ")");
        }
      }
    }
    return ExitCodes.OK;
  }
}
