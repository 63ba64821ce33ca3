package org.winnow.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
 * and the full texts. Locked while open.
 */
public final class ReviewProject implements AutoCloseable {
  public static final String DATABASE_FILE = "winnow.db";
  public static final String INDEX_FOLDER = "index";
  public static final String FULLTEXT_FOLDER = "fulltexts";

  private final Path folder;
  private final ProjectLock lock;
  private final Database database;
  private CitationIndex index;

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
    ReviewProject project = openLocked(dir);
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

  /** Opens an existing project. */
  public static ReviewProject open(Path folder) throws ProjectException {
    Path dir = folder.toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
      throw new ProjectException(
          dir
              + " is not a Winnow project (no "
              + DATABASE_FILE
              + "); create one with 'winnow init'");
    }
    return openLocked(dir);
  }

  private static ReviewProject openLocked(Path dir) throws ProjectException {
    ProjectLock lock = ProjectLock.acquire(dir);
    try {
      return new ReviewProject(dir, lock, Database.open(dir.resolve(DATABASE_FILE)));
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
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

  /** MMAT 2018 appraisal of included studies. */
  public AppraisalService appraisal() {
    return new AppraisalService(this);
  }

  Database database() {
    return database;
  }

  /** The citation index, rebuilt first when it is missing, stale or corrupt. */
  public synchronized CitationIndex index() {
    CitationIndex current = openIndex();
    long version = database.read(MetaDao::dataVersion);
    if (!current.isCurrent(version)) {
      reindex();
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
    CitationIndex target = openIndex();
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
    try {
      if (index != null) {
        index.close();
      }
      database.close();
    } finally {
      lock.close();
    }
  }
}
