package org.winnow.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.winnow.core.dedup.DedupSettings;
import org.winnow.core.index.CitationIndex;
import org.winnow.core.index.QuerySyntaxException;
import org.winnow.core.index.SearchResult;
import org.winnow.core.model.Record;
import org.winnow.core.model.Source;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.BatchDao;
import org.winnow.core.storage.Database;
import org.winnow.core.storage.MetaDao;
import org.winnow.core.storage.RecordDao;
import org.winnow.core.storage.SourceDao;
import org.winnow.core.storage.StorageException;

/**
 * One review: a folder holding the SQLite database (the source of truth), the derived Lucene index
 * and the full texts. Opened either for writing, by one process at a time (see {@link
 * ProjectLock}), or read-only, by any number of readers meanwhile (SQLite's WAL lets them read
 * while it writes).
 */
public final class ReviewProject implements AutoCloseable {
  public static final String DATABASE_FILE = "winnow.db";
  public static final String INDEX_FOLDER = "index";
  public static final String FULLTEXT_FOLDER = "fulltexts";

  private final Path folder;
  private final ProjectLock lock; // null when read-only
  private final Database database;
  private final ProjectRanking ranking = new ProjectRanking();
  private CitationIndex index;
  private Path privateIndexFolder; // a read-only project's own index, when the folder's is stale

  private ReviewProject(Path folder, ProjectLock lock, Database database) {
    this.folder = folder;
    this.lock = lock;
    this.database = database;
  }

  /** Makes a new project in an empty or missing folder. */
  public static ReviewProject create(Path folder, String name, String actor)
      throws ProjectException {
    Path dir = folder.toAbsolutePath().normalize();
    try {
      if (Files.exists(dir.resolve(DATABASE_FILE))) {
        throw new ProjectException(dir + " is already a Winnow project");
      }
      if (Files.isDirectory(dir)) {
        try (var entries = Files.list(dir)) {
          if (entries.anyMatch(p -> !p.getFileName().toString().startsWith("."))) {
            throw new ProjectException(dir + " is not empty; choose a new or empty folder");
          }
        }
      }
      Files.createDirectories(dir.resolve(FULLTEXT_FOLDER));
    } catch (IOException e) {
      throw new ProjectException("cannot create project folder " + dir + ": " + e.getMessage());
    }
    ReviewProject project = openLocked(dir, Duration.ZERO);
    String projectName = name == null || name.isBlank() ? dir.getFileName().toString() : name;
    project.database.inTransaction(
        c -> {
          MetaDao.put(c, "name", projectName);
          MetaDao.put(c, "created_at", Instant.now().toString());
          AuditDao.log(c, actor, "create", "project", null, projectName);
          return null;
        });
    return project;
  }

  /** Opens an existing project for writing; fails at once if another process is writing it. */
  public static ReviewProject open(Path folder) throws ProjectException {
    return open(folder, Duration.ZERO);
  }

  /**
   * Opens an existing project for writing, waiting up to {@code wait} for another process that is
   * writing it to finish.
   */
  public static ReviewProject open(Path folder, Duration wait) throws ProjectException {
    return openLocked(existing(folder), wait);
  }

  /**
   * Opens an existing project for reading only: takes no lock (a writer may be at work meanwhile),
   * writes nothing (a project on a read-only share or in an archive can be read) and migrates
   * nothing. Search uses the folder's index when it is current, otherwise one built in a temporary
   * folder for this reader.
   *
   * @param busy how long to wait while the database is briefly busy
   */
  public static ReviewProject openReadOnly(Path folder, Duration busy) throws ProjectException {
    Path dir = existing(folder);
    Database database;
    try {
      database = Database.openReadOnly(dir.resolve(DATABASE_FILE), busy);
    } catch (StorageException e) {
      throw new ProjectException(e.getMessage());
    }
    int version = database.schemaVersion();
    if (version < Database.SCHEMA_VERSION) {
      database.close();
      throw new ProjectException(
          dir
              + " was written by an older Winnow (schema version "
              + version
              + " of "
              + Database.SCHEMA_VERSION
              + "): open it once with a command that changes it (e.g. 'winnow reindex "
              + dir
              + "'), where it is writable, to bring it up to date");
    }
    return new ReviewProject(dir, null, database);
  }

  public static ReviewProject openReadOnly(Path folder) throws ProjectException {
    return openReadOnly(folder, Duration.ZERO);
  }

  private static Path existing(Path folder) throws ProjectException {
    Path dir = folder.toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
      throw new ProjectException(
          dir
              + " is not a Winnow project (no "
              + DATABASE_FILE
              + "); create one with 'winnow init'");
    }
    return dir;
  }

  private static ReviewProject openLocked(Path dir, Duration wait) throws ProjectException {
    ProjectLock lock = ProjectLock.acquire(dir.resolve(DATABASE_FILE), wait);
    try {
      return new ReviewProject(dir, lock, Database.open(dir.resolve(DATABASE_FILE)));
    } catch (Throwable e) {
      lock.close();
      throw e;
    }
  }

  /** True when opened with {@link #openReadOnly}: nothing can be changed through it. */
  public boolean isReadOnly() {
    return lock == null;
  }

  public Path folder() {
    return folder;
  }

  public String name() {
    return database.read(c -> MetaDao.get(c, "name").orElse(folder.getFileName().toString()));
  }

  /** The import service of this project. */
  public ImportService imports() {
    return new ImportService(this);
  }

  /**
   * A project setting (e.g. the screening view's include and exclude keyword lists), or null.
   * Settings travel with the project folder, so the whole team shares them.
   */
  public String setting(String key) {
    return database.read(c -> MetaDao.get(c, "setting." + key).orElse(null));
  }

  public void setSetting(String key, String value, String actor) {
    database.inTransaction(
        c -> {
          MetaDao.put(c, "setting." + key, value == null ? "" : value);
          AuditDao.log(c, actor, "setting", "project", null, key + " = " + value);
          return null;
        });
  }

  /** Deduplication with the default thresholds. */
  public DedupService dedup() {
    return new DedupService(this, DedupSettings.DEFAULTS);
  }

  /** Screening: reviewers, policies, decisions, conflicts, retrieval. */
  public ScreeningService screening() {
    return new ScreeningService(this);
  }

  /** The ranking models of prioritised screening, cached while the project is open. */
  ProjectRanking ranking() {
    return ranking;
  }

  /** The stopping rule on a stage's screening so far, and the team's decision to stop. */
  public StoppingService stopping() {
    return new StoppingService(this);
  }

  /** Records removed before screening (PRISMA's excluded_automatic and excluded_other). */
  public ExclusionService exclusions() {
    return new ExclusionService(this);
  }

  /** PRISMA 2020 counts derived from the data. */
  public PrismaService prisma() {
    return new PrismaService(this);
  }

  /** The studies included at full text, which extraction and appraisal describe. */
  public StudyService studies() {
    return new StudyService(this);
  }

  /** Extraction forms and the answers of each extractor, their comparison and consensus. */
  public ExtractionService extraction() {
    return new ExtractionService(this);
  }

  /** The audit trail: who changed what, and when. */
  public AuditTrail auditTrail() {
    return new AuditTrail(this);
  }

  /** MMAT 2018 appraisal of included studies. */
  public AppraisalService appraisal() {
    return new AppraisalService(this);
  }

  /** Effect sizes, effect direction and pooling from the project's final outcome data. */
  public SynthesisService synthesis() {
    return new SynthesisService(this);
  }

  /** Database search strategies run against the project's citations. */
  public StrategySearch strategies() {
    return new StrategySearch(this);
  }

  Database database() {
    return database;
  }

  /**
   * The citation index, rebuilt first when it is missing, stale or corrupt. A read-only project
   * never writes the folder's index (a writer may be updating it): it reads it when current, and
   * otherwise builds its own in a temporary folder, removed on close.
   */
  public synchronized CitationIndex index() {
    long version = database.read(MetaDao::dataVersion);
    if (isReadOnly() && index == null) {
      Path shared = folder.resolve(INDEX_FOLDER);
      if (Files.isDirectory(shared)) {
        CitationIndex candidate = CitationIndex.open(shared);
        if (candidate.isCurrent(version)) {
          index = candidate;
          return index;
        }
        candidate.close();
      }
      try {
        privateIndexFolder = Files.createTempDirectory("winnow-index-");
      } catch (IOException e) {
        throw new StorageException(
            "the index of "
                + folder
                + " is out of date and the folder is read-only, and no temporary folder can be"
                + " made to build one: "
                + e.getMessage(),
            e);
      }
      index = CitationIndex.open(privateIndexFolder);
    }
    CitationIndex current = openIndex();
    if (!current.isCurrent(version)) {
      rebuild(current);
    }
    return current;
  }

  /** The index as it is, for services that bring it up to date themselves. */
  synchronized CitationIndex openIndex() {
    if (index == null) {
      index = CitationIndex.open(folder.resolve(INDEX_FOLDER));
    }
    return index;
  }

  /** Rebuilds the index from the database; returns the number of records read. */
  public synchronized long reindex() {
    if (isReadOnly()) {
      throw new IllegalStateException("a project opened read-only does not rebuild its index");
    }
    return rebuild(openIndex());
  }

  private long rebuild(CitationIndex target) {
    long[] count = new long[1];
    database.read(
        c -> {
          long version = MetaDao.dataVersion(c);
          target.rebuild(
              consumer ->
                  storageForEach(
                      c,
                      r -> {
                        count[0]++;
                        consumer.accept(r);
                      }),
              version);
          return null;
        });
    return count[0];
  }

  private static void storageForEach(Connection c, Consumer<Record> consumer) {
    try {
      RecordDao.forEach(c, consumer);
    } catch (SQLException e) {
      throw new StorageException("cannot read records: " + e.getMessage(), e);
    }
  }

  public SearchResult search(String query, int limit) throws QuerySyntaxException {
    return index().search(query, limit);
  }

  public ProjectSummary summary() {
    return database.read(
        c -> {
          Map<Long, long[]> counts = SourceDao.counts(c);
          List<ProjectSummary.SourceCount> sources = new ArrayList<>();
          for (Source s : SourceDao.all(c)) {
            long[] n = counts.getOrDefault(s.id(), new long[2]);
            sources.add(new ProjectSummary.SourceCount(s, n[0], n[1]));
          }
          return new ProjectSummary(
              MetaDao.get(c, "name").orElse(folder.getFileName().toString()),
              folder.toString(),
              database.schemaVersion(),
              RecordDao.count(c),
              RecordDao.citationCount(c),
              sources,
              BatchDao.all(c));
        });
  }

  /** Every record, for export: the records of each citation in citation order. */
  public List<Record> records() {
    List<Record> out = new ArrayList<>();
    database.read(
        c -> {
          RecordDao.forEach(c, out::add);
          return null;
        });
    return out;
  }

  @Override
  public synchronized void close() {
    ranking.close();
    try {
      if (index != null) {
        index.close();
      }
      database.close();
    } finally {
      if (lock != null) {
        lock.close();
      }
      deletePrivateIndex();
    }
  }

  private void deletePrivateIndex() {
    if (privateIndexFolder == null) {
      return;
    }
    try (var walk = Files.walk(privateIndexFolder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a temporary folder left behind is removed by the system in time
    }
  }
}
