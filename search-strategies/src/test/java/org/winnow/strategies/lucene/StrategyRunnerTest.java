package org.winnow.strategies.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.winnow.strategies.Dialect;
import org.winnow.strategies.StrategySyntaxes;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.report.TranslationReport;

class StrategyRunnerTest {
  private static void add(IndexWriter w, String id, String title, String mesh, int year)
      throws Exception {
    Document d = new Document();
    d.add(new StoredField("record_ids", id));
    d.add(new TextField("title", title, Store.NO));
    d.add(new TextField("mesh", mesh, Store.NO));
    d.add(new IntPoint("year", year));
    w.addDocument(d);
  }

  @Test
  void countsEveryLineAndFindsWhereSeedsDropOut() throws Exception {
    IndexSchema schema = LuceneQueryBuilderTest.schema();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
        add(w, "1", "Dinosaur feathers in amber", "Dinosaurs", 2019);
        add(w, "2", "Feathered dinosaurs and birds", "Dinosaurs", 2012);
        add(w, "3", "Bird song", "Birds", 2020);
        add(w, "4", "Sauropod neck posture", "Dinosaurs", 2015);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        Strategy s =
            StrategySyntaxes.of(Dialect.OVID)
                .parse("exp Dinosaurs/\nfeather$.ti.\n1 and 2\nlimit 3 to yr=\"2015 - Current\"")
                .strategy();
        StrategyRun run =
            new StrategyRunner(new IndexSearcher(reader), schema)
                .run(s, List.of("1", "2", "3", "9"), new TranslationReport("ovid", "index"));
        assertEquals(
            List.of(3, 2, 2, 1), run.lines().stream().map(StrategyRun.LineHits::hits).toList());
        assertEquals(1, run.finalHits());
        StrategyRun.SeedCheck two = run.seeds().get(1);
        assertEquals(4, two.lostAtLine()); // found by lines 1-3, dropped by the year limit
        assertEquals(List.of(1, 2, 3), two.matchingLines());
        StrategyRun.SeedCheck three = run.seeds().get(2);
        assertEquals(
            1, three.lostAtLine()); // not indexed with Dinosaurs: lost at the first concept
        assertTrue(run.seeds().get(0).retrieved());
        assertNull(run.seeds().get(0).lostAtLine());
        assertEquals(false, run.seeds().get(3).inProject());
      }
    }
  }

  @Test
  void listsTheRecordsOfTheLinesAskedFor() throws Exception {
    IndexSchema schema = LuceneQueryBuilderTest.schema();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
        add(w, "31452104", "Dinosaur feathers in amber", "Dinosaurs", 2019);
        add(w, "29846473", "Feathered dinosaurs and birds", "Dinosaurs", 2012);
        add(w, "7", "Bird song", "Birds", 2020);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        Strategy s =
            StrategySyntaxes.of(Dialect.OVID).parse("exp Dinosaurs/\nbird$.ti.\n1 or 2").strategy();
        StrategyRun run =
            new StrategyRunner(new IndexSearcher(reader), schema)
                .run(s, List.of(), new TranslationReport("ovid", "index"), line -> line != 3);
        assertEquals(
            List.of(List.of("31452104"), List.of("29846473")),
            run.recordsOf(1).orElseThrow().citations());
        assertEquals(
            List.of(List.of("29846473"), List.of("7")), run.recordsOf(2).orElseThrow().citations());
        assertTrue(run.recordsOf(3).isEmpty(), "line 3 was not asked for");
        assertEquals(3, run.finalHits());
      }
    }
  }
}
