package org.winnow.core.dedup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.model.Record;

/**
 * A labelled set scored on the engine alone (no project, no storage), so that many settings can be
 * tried quickly: records are read with the registered importers, compared with {@link DedupEngine}
 * and scored with the record-level metric of DESIGN.md section 6.
 */
final class EngineBench {
  /** One file of a set, and the prefix its records' ids get (empty: the file's own ids). */
  record Source(Path file, String idPrefix) {}

  /** A labelled set, read once. */
  record LabelledSet(String name, List<DedupRecord> records, List<List<String>> truth) {}

  /** The outcome on one set with one group of settings. */
  record Outcome(
      DedupMetrics automatic, DedupMetrics queueResolved, int queue, List<String> wronglyMerged) {}

  private EngineBench() {}

  static LabelledSet read(String name, List<Source> sources, List<List<String>> truth)
      throws Exception {
    FormatRegistry formats = FormatRegistry.standard();
    List<DedupRecord> records = new ArrayList<>();
    for (Source s : sources) {
      ImportText text = org.winnow.core.io.TextDecoder.decode(s.file().toString(), s.file());
      CitationImporter importer = formats.detect(text).orElseThrow();
      List<RecordDraft> drafts = importer.read(text);
      for (int i = 0; i < drafts.size(); i++) {
        Record r = RecordNormaliser.toRecord(drafts.get(i), i + 1);
        long id = records.size() + 1;
        String displayId = s.idPrefix().isEmpty() ? r.fileRecordId() : s.idPrefix() + (i + 1);
        records.add(
            DedupRecord.of(new Record(id, 1, id, i + 1, r.line(), displayId, r.raw(), r.fields())));
      }
    }
    return new LabelledSet(name, List.copyOf(records), truth);
  }

  static Outcome run(LabelledSet set, DedupSettings settings) {
    DedupPlan plan = new DedupEngine(settings).plan(set.records(), 0, Map.of());
    Map<Long, Long> citationOf = new HashMap<>();
    plan.merges().forEach((target, merged) -> merged.forEach(m -> citationOf.put(m, target)));
    Map<String, Long> predicted = new HashMap<>();
    Map<String, Long> order = new HashMap<>();
    Map<Long, List<String>> members = new HashMap<>();
    for (DedupRecord r : set.records()) {
      long c = citationOf.getOrDefault(r.citationId(), r.citationId());
      predicted.put(r.displayId(), c);
      order.put(r.displayId(), r.recordId());
      members.computeIfAbsent(c, k -> new ArrayList<>()).add(r.displayId());
    }
    Map<String, Integer> trueCluster = new HashMap<>();
    for (int i = 0; i < set.truth().size(); i++) {
      for (String id : set.truth().get(i)) {
        trueCluster.put(id, i);
      }
    }
    List<String> wrong = new ArrayList<>();
    for (List<String> m : members.values()) {
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          Integer a = trueCluster.get(m.get(i));
          if (a == null || !a.equals(trueCluster.get(m.get(j)))) {
            wrong.add(m.get(i) + " ~ " + m.get(j));
          }
        }
      }
    }
    // the queue as an oracle reviewer resolves it: truly same pairs are joined
    Map<Long, Long> parent = new HashMap<>();
    for (PairScore q : plan.queue()) {
      Integer ta = trueCluster.get(q.a().displayId());
      if (ta != null && ta.equals(trueCluster.get(q.b().displayId()))) {
        long x = root(parent, predicted.get(q.a().displayId()));
        long y = root(parent, predicted.get(q.b().displayId()));
        if (x != y) {
          parent.put(Math.max(x, y), Math.min(x, y));
        }
      }
    }
    Map<String, Long> resolved = new HashMap<>();
    predicted.forEach((id, c) -> resolved.put(id, root(parent, c)));
    return new Outcome(
        DedupMetrics.of(predicted, order, set.truth()),
        DedupMetrics.of(resolved, order, set.truth()),
        plan.queue().size(),
        List.copyOf(wrong));
  }

  private static long root(Map<Long, Long> parent, long x) {
    while (parent.containsKey(x)) {
      x = parent.get(x);
    }
    return x;
  }
}
