package org.winnow.strategies.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.SearchLine;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.ast.Trees;
import org.winnow.strategies.report.TranslationReport;

/**
 * Runs every line of a strategy against an index: each line is searched once, and references to
 * earlier lines use those lines' result sets. A line that cannot run (a truncation expanding past
 * the cap) is reported with its error and counts no hits.
 */
public final class StrategyRunner {
  private final IndexSearcher searcher;
  private final IndexSchema schema;

  public StrategyRunner(IndexSearcher searcher, IndexSchema schema) {
    this.searcher = searcher;
    this.schema = schema;
  }

  public StrategyRun run(Strategy strategy, Collection<String> seeds, TranslationReport report) {
    return run(strategy, seeds, report, line -> false);
  }

  /**
   * Runs the strategy and lists, for the lines {@code listed} accepts, the record IDs of every
   * citation they retrieve.
   */
  public StrategyRun run(
      Strategy strategy,
      Collection<String> seeds,
      TranslationReport report,
      java.util.function.IntPredicate listed) {
    LuceneQueryBuilder builder = new LuceneQueryBuilder(schema, report);
    Map<Integer, FixedBitSet> results = new HashMap<>();
    List<StrategyRun.LineHits> lines = new ArrayList<>();
    for (SearchLine line : strategy.lines()) {
      FixedBitSet docs = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
      String error = null;
      try {
        Query q =
            builder.build(
                strategy,
                line.number(),
                n -> new DocSetQuery(results.getOrDefault(n, new FixedBitSet(1)), n));
        collect(q, docs);
      } catch (RuntimeException e) {
        error = e.getMessage() == null ? e.toString() : e.getMessage();
        report.lossy(line.number(), "line could not be run: " + error);
        docs.clear();
      }
      results.put(line.number(), docs);
      lines.add(new StrategyRun.LineHits(line.number(), line.label(), docs.cardinality(), error));
    }
    List<StrategyRun.LineRecords> records = new ArrayList<>();
    for (SearchLine line : strategy.lines()) {
      if (listed.test(line.number())) {
        records.add(
            new StrategyRun.LineRecords(line.number(), recordIds(results.get(line.number()))));
      }
    }
    return new StrategyRun(lines, seedChecks(strategy, results, seeds), records);
  }

  /** The record IDs of each document in the set, in index order. */
  private List<List<String>> recordIds(FixedBitSet docs) {
    List<List<String>> out = new ArrayList<>();
    if (schema.recordIdField() == null) {
      return out;
    }
    try {
      StoredFields stored = searcher.getIndexReader().storedFields();
      for (int d = docs.nextSetBit(0);
          d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
          d =
              d + 1 < docs.length()
                  ? docs.nextSetBit(d + 1)
                  : org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
        Document document = stored.document(d, Set.of(schema.recordIdField()));
        out.add(List.of(document.getValues(schema.recordIdField())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read record IDs from the index", e);
    }
    return out;
  }

  private void collect(Query query, FixedBitSet docs) {
    try {
      searcher.search(
          query,
          new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
              base = context.docBase;
            }

            @Override
            public void collect(int doc) {
              docs.set(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
              return ScoreMode.COMPLETE_NO_SCORES;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  private List<StrategyRun.SeedCheck> seedChecks(
      Strategy strategy, Map<Integer, FixedBitSet> results, Collection<String> seeds) {
    if (seeds.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> docOf = documentsByRecordId();
    int last = strategy.last().number();
    List<StrategyRun.SeedCheck> out = new ArrayList<>();
    for (String seed : seeds) {
      Integer doc = docOf.get(seed.trim());
      if (doc == null) {
        out.add(new StrategyRun.SeedCheck(seed.trim(), false, false, List.of(), null));
        continue;
      }
      List<Integer> matching = new ArrayList<>();
      for (SearchLine l : strategy.lines()) {
        if (results.get(l.number()).get(doc)) {
          matching.add(l.number());
        }
      }
      boolean retrieved = results.get(last).get(doc);
      Integer lost = retrieved ? null : dropOut(strategy, results, last, doc);
      out.add(new StrategyRun.SeedCheck(seed.trim(), true, retrieved, matching, lost));
    }
    return out;
  }

  /**
   * The line where a record is lost: following the references of combining lines that miss it
   * ({@code 3 and 7}) down to the line that does not find it by its own terms, or to a set of
   * alternatives ({@code or/1-5}) none of which finds it.
   */
  private static int dropOut(
      Strategy strategy, Map<Integer, FixedBitSet> results, int line, int doc) {
    Node query = strategy.line(line).orElseThrow().query();
    if (query instanceof Bool b && b.op() == Bool.Op.OR) {
      return line;
    }
    for (Node n : Trees.nodes(query)) {
      if (n instanceof LineRef r
          && r.number() < line
          && results.containsKey(r.number())
          && !results.get(r.number()).get(doc)) {
        return dropOut(strategy, results, r.number(), doc);
      }
    }
    return line;
  }

  /** Record ID to document, from the stored IDs of every live document. */
  private Map<String, Integer> documentsByRecordId() {
    Map<String, Integer> out = new HashMap<>();
    if (schema.recordIdField() == null) {
      return out;
    }
    try {
      IndexReader reader = searcher.getIndexReader();
      StoredFields stored = reader.storedFields();
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          int doc = leaf.docBase + d;
          Document document = stored.document(doc, Set.of(schema.recordIdField()));
          for (String id : document.getValues(schema.recordIdField())) {
            out.putIfAbsent(id, doc);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read record IDs from the index", e);
    }
    return out;
  }
}
