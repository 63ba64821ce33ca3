package org.winnow.core.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.queryparser.flexible.standard.config.PointsConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Record;

/**
 * The Lucene index of citations, derived from SQLite. Each commit records the index schema version
 * and the project's data version, so a missing, stale or corrupt index is noticed and rebuilt.
 */
public final class CitationIndex implements AutoCloseable {
  /**
   * Bump when the documents' shape or the way words are made changes; older indexes are then
   * rebuilt. 2: words split at punctuation as PubMed and Ovid split them ({@link
   * DatabaseWordTokenizer}).
   */
  public static final int SCHEMA_VERSION = 2;

  static final String SCHEMA_KEY = "winnow.index.schema";
  static final String DATA_VERSION_KEY = "winnow.data.version";
  private static final double RAM_BUFFER_MB = 128;

  /**
   * An import's update writes a segment each time this much is buffered, while records are still
   * arriving, instead of writing everything after the last one (100,000 records never fill 128 MB):
   * little is left to write when the database has committed.
   */
  private static final double PENDING_RAM_BUFFER_MB = 32;

  /** Records an import may hand over before it waits for the indexing thread to catch up. */
  private static final int PENDING_QUEUE = 1024;

  private final Path folder;
  private final Directory directory;

  /**
   * Held by whoever writes: Lucene allows one writer per index, and a rebuild must not delete the
   * files of an update in progress. Taken after the database's lock, never before it.
   */
  private final ReentrantLock writing = new ReentrantLock();

  private DirectoryReader reader;

  private CitationIndex(Path folder) throws IOException {
    this.folder = folder;
    Files.createDirectories(folder);
    this.directory = FSDirectory.open(folder);
  }

  public static CitationIndex open(Path folder) {
    try {
      return new CitationIndex(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index folder " + folder, e);
    }
  }

  /** True when the index exists, is readable, has this schema and reflects this data version. */
  public synchronized boolean isCurrent(long dataVersion) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return false;
      }
      try (DirectoryReader r = DirectoryReader.open(directory)) {
        Map<String, String> data = r.getIndexCommit().getUserData();
        return String.valueOf(SCHEMA_VERSION).equals(data.get(SCHEMA_KEY))
            && String.valueOf(dataVersion).equals(data.get(DATA_VERSION_KEY));
      }
    } catch (IOException | RuntimeException e) {
      return false; // corrupt or unreadable: the caller rebuilds
    }
  }

  /**
   * The data version the index was stamped with, when it exists, is readable and has this schema;
   * empty when it must be rebuilt whole.
   */
  public synchronized java.util.OptionalLong dataVersion() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return java.util.OptionalLong.empty();
      }
      try (DirectoryReader r = DirectoryReader.open(directory)) {
        Map<String, String> data = r.getIndexCommit().getUserData();
        String version = data.get(DATA_VERSION_KEY);
        return String.valueOf(SCHEMA_VERSION).equals(data.get(SCHEMA_KEY)) && version != null
            ? java.util.OptionalLong.of(Long.parseLong(version))
            : java.util.OptionalLong.empty();
      }
    } catch (IOException | RuntimeException e) {
      return java.util.OptionalLong.empty(); // corrupt or unreadable: the caller rebuilds
    }
  }

  /** Feeds the records of every citation, grouped by citation, to a rebuild. */
  @FunctionalInterface
  public interface RecordSource {
    void forEach(java.util.function.Consumer<Record> consumer);
  }

  /**
   * Replaces the whole index with documents built from the records (ordered by citation id), and
   * stamps it with the data version.
   */
  public synchronized void rebuild(RecordSource records, long dataVersion) {
    writing.lock();
    try {
      clear();
      write(IndexWriterConfig.OpenMode.CREATE, dataVersion, writer -> feed(writer, records, false));
    } finally {
      writing.unlock();
    }
  }

  /**
   * Brings the index from one data version to the next in a single Lucene commit: removes the
   * citations that no longer exist (e.g. merged away by deduplication), adds or replaces the
   * documents of the citations whose records the source streams (grouped by citation id), and
   * stamps the new version. A process killed at any point therefore leaves either the old version
   * (stale, rebuilt when next opened) or the complete new one, never the new version over part of
   * its content. If the index is not at {@code fromVersion} (already stale, or changed by someone
   * else) nothing is written: applying a change on top of a stale index and stamping it current
   * would hide what it misses, so it is left stale for the rebuild.
   *
   * @return whether the change was applied
   */
  public synchronized boolean update(
      List<Long> gone, RecordSource records, long fromVersion, long toVersion) {
    writing.lock();
    try (IndexWriter writer =
        openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, RAM_BUFFER_MB)) {
      if (!stampedWith(writer, fromVersion)) {
        return false;
      }
      for (long id : gone) {
        writer.deleteDocuments(new Term(IndexFields.CITATION_ID, Long.toString(id)));
      }
      feed(writer, records, true);
      commit(writer, toVersion);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index " + folder, e);
    } finally {
      writing.unlock();
    }
  }

  /** Whether the commit the writer opened has this schema and reflects this data version. */
  private static boolean stampedWith(IndexWriter writer, long dataVersion) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return String.valueOf(SCHEMA_VERSION).equals(data.get(SCHEMA_KEY))
        && String.valueOf(dataVersion).equals(data.get(DATA_VERSION_KEY));
  }

  private static void feed(IndexWriter writer, RecordSource records, boolean replace)
      throws IOException {
    IOException[] failure = new IOException[1];
    forEachCitation(records, cluster -> put(writer, cluster, replace, failure));
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  /** The records the source streams (grouped by citation id), one new list per citation. */
  private static void forEachCitation(
      RecordSource records, java.util.function.Consumer<List<Record>> consumer) {
    var open =
        new Object() {
          List<Record> cluster = new ArrayList<>();
        };
    records.forEach(
        r -> {
          if (!open.cluster.isEmpty() && open.cluster.get(0).citationId() != r.citationId()) {
            consumer.accept(open.cluster);
            open.cluster = new ArrayList<>();
          }
          open.cluster.add(r);
        });
    if (!open.cluster.isEmpty()) {
      consumer.accept(open.cluster);
    }
  }

  /** Drops every file of the index: a corrupt index must not stop the rebuild. */
  private void clear() {
    try {
      if (reader != null) {
        reader.close();
        reader = null;
      }
      for (String file : directory.listAll()) {
        directory.deleteFile(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear index " + folder, e);
    }
  }

  private interface WriterWork {
    void run(IndexWriter writer) throws IOException;
  }

  private void write(IndexWriterConfig.OpenMode mode, long dataVersion, WriterWork work) {
    writing.lock();
    try (IndexWriter writer = openWriter(mode, RAM_BUFFER_MB)) {
      work.run(writer);
      commit(writer, dataVersion);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index " + folder, e);
    } finally {
      writing.unlock();
    }
  }

  private IndexWriter openWriter(IndexWriterConfig.OpenMode mode, double ramBufferMb)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new CitationAnalyzer());
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(ramBufferMb);
    config.setCommitOnClose(false);
    return new IndexWriter(directory, config);
  }

  /** Makes the writer's documents visible, stamped with the schema and data versions. */
  private static void commit(IndexWriter writer, long dataVersion) throws IOException {
    writer.setLiveCommitData(
        Map.of(
                SCHEMA_KEY,
                String.valueOf(SCHEMA_VERSION),
                DATA_VERSION_KEY,
                String.valueOf(dataVersion))
            .entrySet());
    writer.commit();
  }

  /**
   * Starts adding documents while the database transaction that stores their records is still open,
   * so that a large import is indexed on a second core while it is stored. Nothing becomes visible,
   * on disk or to searches, until {@link PendingUpdate#commit} after the database commit; {@link
   * PendingUpdate#close} without it discards every document. Holds the index's write lock until
   * then, so the same thread must begin and end it.
   */
  public PendingUpdate beginUpdate() {
    writing.lock();
    boolean begun = false;
    try {
      PendingUpdate update =
          new PendingUpdate(
              openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, PENDING_RAM_BUFFER_MB));
      begun = true;
      return update;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index " + folder, e);
    } finally {
      if (!begun) {
        writing.unlock();
      }
    }
  }

  /**
   * Documents being added by one indexing thread, uncommitted: see {@link #beginUpdate}. If
   * indexing fails, the failure is kept until {@link #commit} (the records are safe in the database
   * and the stale index is rebuilt when next opened), so the import itself is not held up.
   */
  public final class PendingUpdate implements AutoCloseable {
    private static final List<Record> END = new ArrayList<>();
    private final IndexWriter writer;
    private final BlockingQueue<List<Record>> queue = new ArrayBlockingQueue<>(PENDING_QUEUE);
    private final Thread worker;
    private volatile Throwable failure;
    private volatile boolean discard;
    private boolean adding = true;
    private boolean finished;

    private PendingUpdate(IndexWriter writer) {
      this.writer = writer;
      this.worker = new Thread(this::indexQueued, "winnow-indexer");
      worker.setDaemon(true);
      worker.start();
    }

    /** Queues the records of one citation, to add or replace its document. */
    public void put(List<Record> cluster) {
      if (!adding) {
        throw new IllegalStateException("no more documents can be added to this index update");
      }
      enqueue(cluster);
    }

    /**
     * Queues the records of every citation the source streams (grouped by citation id), as {@link
     * #put} queues one citation's: the caller reads them while the indexing thread analyses them.
     */
    public void putAll(RecordSource records) {
      forEachCitation(records, this::put);
    }

    /** Removes the documents of citations that no longer exist (merged away), with the update. */
    public void remove(List<Long> citationIds) {
      if (!adding) {
        throw new IllegalStateException("no more documents can be removed by this index update");
      }
      try {
        for (long id : citationIds) {
          writer.deleteDocuments(new Term(IndexFields.CITATION_ID, Long.toString(id)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write index " + folder, e);
      }
    }

    /**
     * Says that every document is queued: the indexing thread then writes its buffers to
     * (uncommitted) segment files, meanwhile the database commits.
     */
    public void allAdded() {
      if (adding) {
        adding = false;
        enqueue(END);
      }
    }

    private void enqueue(List<Record> cluster) {
      try {
        queue.put(cluster);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while indexing", e);
      }
    }

    /** Runs until the end mark; keeps draining after a failure so that put never blocks. */
    private void indexQueued() {
      while (true) {
        List<Record> cluster;
        try {
          cluster = queue.take();
        } catch (InterruptedException e) {
          return;
        }
        if (failure == null && !discard) {
          try {
            if (cluster == END) {
              writer.flush();
            } else {
              CitationIndex.put(writer, cluster, true);
            }
          } catch (Throwable t) {
            failure = t;
          }
        }
        if (cluster == END) {
          return;
        }
      }
    }

    /**
     * Waits for the queued documents, then commits them stamped with {@code toVersion}, in one
     * Lucene commit. As {@link CitationIndex#update}: if the index was not at {@code fromVersion}
     * when the update began, the documents are discarded and the index stays stale for a rebuild.
     */
    public void commit(long fromVersion, long toVersion) {
      if (finished) {
        throw new IllegalStateException("this index update is already finished");
      }
      finished = true;
      try {
        allAdded();
        worker.join();
        if (failure != null) {
          if (failure instanceof IOException io) {
            throw new UncheckedIOException("cannot write index " + folder, io);
          }
          if (failure instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException("cannot index: " + failure, failure);
        }
        if (stampedWith(writer, fromVersion)) {
          CitationIndex.commit(writer, toVersion);
          writer.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write index " + folder, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while indexing", e);
      } finally {
        stop();
      }
    }

    /** Discards every document added since {@link #beginUpdate} unless it was committed. */
    @Override
    public void close() {
      if (!finished) {
        finished = true;
        stop();
      }
    }

    /** Stops the indexing thread, rolls back what was not committed, and frees the index. */
    private void stop() {
      try {
        discard = true;
        queue.clear(); // nothing queued is wanted any more; the end mark goes in again
        queue.put(END);
        worker.join();
      } catch (InterruptedException e) {
        worker.interrupt();
        Thread.currentThread().interrupt();
      } finally {
        try {
          if (writer.isOpen()) {
            writer.rollback();
          }
        } catch (IOException e) {
          // the uncommitted files are removed when the index is next opened
        } finally {
          writing.unlock();
        }
      }
    }
  }

  private static void put(
      IndexWriter writer, List<Record> cluster, boolean replace, IOException[] failure) {
    if (failure[0] != null) {
      return;
    }
    try {
      put(writer, cluster, replace);
    } catch (IOException e) {
      failure[0] = e;
    }
  }

  private static void put(IndexWriter writer, List<Record> cluster, boolean replace)
      throws IOException {
    if (replace) {
      writer.updateDocument(
          new Term(IndexFields.CITATION_ID, Long.toString(cluster.get(0).citationId())),
          document(cluster));
    } else {
      writer.addDocument(document(cluster));
    }
  }

  /** One document per citation: display fields from its first record, text from all of them. */
  static Document document(List<Record> cluster) {
    Record primary = cluster.get(0);
    Bibliographic p = primary.fields();
    Document doc = new Document();
    doc.add(
        new StringField(
            IndexFields.CITATION_ID, Long.toString(primary.citationId()), Field.Store.YES));
    if (p.title() != null) {
      doc.add(new StoredField("display_title", p.title()));
    }
    if (p.year() != null) {
      doc.add(new IntPoint(IndexFields.YEAR, p.year()));
      doc.add(new StoredField(IndexFields.YEAR, p.year()));
    }
    for (Record r : cluster) {
      Bibliographic f = r.fields();
      doc.add(new StoredField(IndexFields.RECORD_IDS, r.displayId()));
      text(doc, IndexFields.TITLE, f.title());
      text(doc, IndexFields.ABSTRACT, f.abstractText());
      for (Author a : f.authors()) {
        text(doc, IndexFields.AUTHORS, a.family() + " " + a.given() + " " + a.initials());
      }
      text(doc, IndexFields.JOURNAL, f.journal());
      text(doc, IndexFields.JOURNAL, f.journalAbbrev());
      f.keywords().forEach(k -> text(doc, IndexFields.KEYWORDS, k));
      f.mesh().forEach(m -> text(doc, IndexFields.MESH, m));
      text(doc, IndexFields.PUBLICATION_TYPE, f.type());
      text(doc, IndexFields.LANGUAGE, f.language());
      if (f.doi() != null) {
        doc.add(new StringField(IndexFields.DOI, f.doi(), Field.Store.NO));
      }
      if (f.pmid() != null) {
        doc.add(new StringField(IndexFields.PMID, f.pmid(), Field.Store.NO));
      }
    }
    return doc;
  }

  private static void text(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new TextField(field, value, Field.Store.NO));
    }
  }

  /**
   * Parses a query in Lucene's classic syntax over the default fields (title, abstract, keywords,
   * MeSH) with AND between terms; fields can be named ({@code title:stroke}, {@code year:[2010 TO
   * 2020]}, {@code doi:"10.1/x"}).
   */
  public Query parse(String query) throws QuerySyntaxException {
    StandardQueryParser parser = new StandardQueryParser(queryAnalyzer());
    parser.setMultiFields(IndexFields.DEFAULT_SEARCH);
    parser.setDefaultOperator(
        org.apache.lucene.queryparser.flexible.standard.config.StandardQueryConfigHandler.Operator
            .AND);
    parser.setAllowLeadingWildcard(false);
    Map<String, PointsConfig> points = new HashMap<>();
    points.put(IndexFields.YEAR, new PointsConfig(new java.text.DecimalFormat("0"), Integer.class));
    parser.setPointsConfigMap(points);
    try {
      return parser.parse(query, IndexFields.TITLE);
    } catch (QueryNodeException e) {
      throw new QuerySyntaxException("cannot read query '" + query + "': " + e.getMessage(), e);
    }
  }

  /** Identifier fields are single lower-case terms; every other field is analysed as text. */
  static org.apache.lucene.analysis.Analyzer queryAnalyzer() {
    org.apache.lucene.analysis.Analyzer identifier =
        new org.apache.lucene.analysis.Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new org.apache.lucene.analysis.core.KeywordTokenizer();
            return new TokenStreamComponents(
                tokenizer, new org.apache.lucene.analysis.LowerCaseFilter(tokenizer));
          }
        };
    return new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(
        new CitationAnalyzer(), Map.of(IndexFields.DOI, identifier, IndexFields.PMID, identifier));
  }

  public synchronized SearchResult search(String query, int limit) throws QuerySyntaxException {
    return search(query, parse(query), limit);
  }

  public synchronized SearchResult search(String label, Query query, int limit) {
    try {
      IndexSearcher searcher = searcher();
      TopDocs top = searcher.search(query, Math.max(1, limit));
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        var year = d.getField(IndexFields.YEAR);
        hits.add(
            new SearchHit(
                Long.parseLong(d.get(IndexFields.CITATION_ID)),
                List.of(d.getValues(IndexFields.RECORD_IDS)),
                d.get("display_title"),
                year == null ? null : year.numericValue().intValue(),
                sd.score));
      }
      return new SearchResult(label, searcher.count(query), limit <= 0 ? List.of() : hits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search index " + folder, e);
    }
  }

  /**
   * Runs work against a searcher of the current index (strategy runs count many lines on one
   * reader); the searcher must not escape the call.
   */
  public synchronized <T> T withSearcher(java.util.function.Function<IndexSearcher, T> work) {
    try {
      return work.apply(searcher());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search index " + folder, e);
    }
  }

  private IndexSearcher searcher() throws IOException {
    if (reader == null) {
      reader = DirectoryReader.open(directory);
    } else {
      DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
      if (fresh != null) {
        reader.close();
        reader = fresh;
      }
    }
    return new IndexSearcher(reader);
  }

  public Path folder() {
    return folder;
  }

  @Override
  public synchronized void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close index " + folder, e);
    }
  }
}
