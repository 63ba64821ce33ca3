package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.CitationView;
import org.winnow.core.model.Decision;
import org.winnow.core.model.Resolution;
import org.winnow.core.project.ScreeningItem;
import org.winnow.core.screening.ItemOutcome;

/** The JSON shapes of screening output (documented in docs/cli.md). */
final class ScreeningJson {
  private ScreeningJson() {}

  static Map<String, Object> decision(Decision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reviewer", d.reviewer().name());
    m.put("decision", d.value().cliName());
    m.put("reason", d.reason() == null ? null : d.reason().label());
    m.put("note", d.note());
    m.put("labels", d.labels());
    m.put("decidedAt", d.decidedAt().toString());
    return m;
  }

  static Map<String, Object> citation(CitationView v) {
    Bibliographic f = v.fields();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("citationId", v.citationId());
    m.put("recordIds", v.recordIds());
    m.put("title", f.title());
    m.put("authors", f.authors().stream().map(Author::display).toList());
    m.put("year", f.year());
    m.put("journal", f.journal());
    m.put("doi", f.doi());
    m.put("pmid", f.pmid());
    m.put("abstract", f.abstractText());
    m.put("keywords", f.keywords());
    m.put("mesh", f.mesh());
    return m;
  }

  static Map<String, Object> item(ScreeningItem item) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stage", item.stage().cliName());
    m.put("itemId", item.itemId());
    m.put("recordIds", item.citation().recordIds());
    m.put("citation", citation(item.citation()));
    m.put("own", item.own() == null ? null : decision(item.own()));
    m.put("blinded", item.blinded());
    m.put("others", item.others().stream().map(ScreeningJson::decision).toList());
    m.put("status", item.status() == null ? null : item.status().name().toLowerCase());
    m.put("pdf", item.pdf());
    return m;
  }

  static Map<String, Object> outcome(ItemOutcome o, CitationView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("itemId", o.itemId());
    m.put("recordIds", v.recordIds());
    m.put("title", v.fields().title());
    m.put("status", o.status().name().toLowerCase());
    m.put("conflict", o.conflict());
    List<Map<String, Object>> decisions = new ArrayList<>();
    o.decisions().forEach(d -> decisions.add(decision(d)));
    m.put("decisions", decisions);
    m.put("resolution", o.resolution() == null ? null : resolution(o.resolution()));
    return m;
  }

  static Map<String, Object> resolution(Resolution r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("decision", r.value().cliName());
    m.put("reason", r.reason() == null ? null : r.reason().label());
    m.put("note", r.note());
    m.put("by", r.resolvedBy().name());
    m.put("method", r.method().cliName());
    m.put("decidedAt", r.decidedAt().toString());
    return m;
  }
}
