package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.io.CitationExporter;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.FormatRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "formats", description = "List the citation formats Winnow reads and writes.")
final class FormatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Override
  public Integer call() {
    FormatRegistry formats = FormatRegistry.standard();
    var out = spec.commandLine().getOut();
    if (json) {
      List<Map<String, Object>> importers = new ArrayList<>();
      for (CitationImporter i : formats.importers()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("label", i.label());
        m.put("extensions", i.extensions());
        importers.add(m);
      }
      List<Map<String, Object>> exporters = new ArrayList<>();
      for (CitationExporter e : formats.exporters()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("label", e.label());
        m.put("extension", e.extension());
        exporters.add(m);
      }
      Output.json(out, Map.of("importers", importers, "exporters", exporters));
    } else {
      out.println("Import (detected from content; --format ID to override):");
      for (CitationImporter i : formats.importers()) {
        out.printf("  %-12s %s (.%s)%n", i.id(), i.label(), String.join(", .", i.extensions()));
      }
      out.println("Export (--format ID):");
      for (CitationExporter e : formats.exporters()) {
        out.printf("  %-12s %s (.%s)%n", e.id(), e.label(), e.extension());
      }
    }
    return ExitCodes.OK;
  }
}
