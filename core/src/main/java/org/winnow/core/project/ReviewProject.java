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
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.location.ServerCheck;
import org.winnow.core.model.Record;
import org.winnow.core.model.Source;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.BatchDao;
import org.winnow.core.storage.Database;
import org.winnow.core.storage.IndexChangeDao;
import org.winnow.core.storage.MetaDao;
import org.winnow.core.storage.RecordDao;
import org.winnow.core.storage.ServerProbe;
import org.winnow.core.storage.ServerSessionsDao;
import org.winnow.core.storage.SourceDao;
import org.winnow.core.storage.StorageException;

/**
 * One review: a folder holding the SQLite database (the source of truth), the derived Lucene index
 * and the full texts. Opened either for writing, by one process at a time (see {@link
 * ProjectLock}), or read-only, by any number of readers meanwhile (SQLite's WAL lets them read
 * while it writes). Or a team's project in a PostgreSQL server database, which many clients open at
 * once (no OS lock: the server orders their writes); its index then lives in this user's cache
 * folder ({@link ProjectLocation.Server#cacheFolder()}), which {@link #folder()} names.
 */
public final class ReviewProject implements AutoCloseable {
  public static final String DATABASE_FILE = "winnow.db";
  public static final String INDEX_FOLDER = "index";
  public static final String FULLTEXT_FOLDER = "fulltexts";

  private final ProjectLocation location;
  private final Path folder;
  private final ProjectLock lock; // null when read-only or on a server
  private final boolean readOnly;
  private final Database database;
  private final ProjectRanking ranking = new ProjectRanking();
  private final DerivedOutcomes derivedOutcomes = new DerivedOutcomes(this);
  private CitationIndex index;
  private Path privateIndexFolder; // a read-only project's own index, when the folder's is stale
  private IndexRefresh lastIndexRefresh = new IndexRefresh(IndexRefresh.Kind.CURRENT, 0);

  private ReviewProject(Path folder, ProjectLock lock, Database database) {
    this(new ProjectLocation.Folder(folder), folder, lock, lock == null, database);
  }

  private ReviewProject(
      ProjectLocation location,
      Path folder,
      ProjectLock lock,
      boolean readOnly,
      Database database) {
    this.location = location;
    this.folder = folder;
    this.lock = lock;
    this.readOnly = readOnly;
    this.database = database;
  }

  /** Makes a new project in an empty folder, or in an empty server database. */
  public static ReviewProject create(ProjectLocation location, String name, String actor)
      throws ProjectException {
    if (location instanceof ProjectLocation.Folder f) {
      return create(f.path(), name, actor);
    }
    ProjectLocation.Server server = (ProjectLocation.Server) location;
    ReviewProject project = onServer(server, () -> Database.open(server, true), false);
    project.recordCreation(name == null || name.isBlank() ? server.database() : name, actor);
    return project;
  }

  /** Opens an existing project, folder or server, for writing. */
  public static ReviewProject open(ProjectLocation location) throws ProjectException {
    return open(location, Duration.ZERO);
  }

  /**
   * Opens an existing project for writing; a folder waits up to {@code wait} for another process
   * that is writing it, a server project needs no wait (many clients write at once).
   */
  public static ReviewProject open(ProjectLocation location, Duration wait)
      throws ProjectException {
    if (location instanceof ProjectLocation.Folder f) {
      return open(f.path(), wait);
    }
    ProjectLocation.Server server = (ProjectLocation.Server) location;
    return onServer(server, () -> Database.open(server, false), false);
  }

  /**
   * Connects once to a server location and says what it holds (a project, an empty database, other
   * tables) or why it cannot be reached, in words, changing nothing: the window asks before opening
   * so that it can offer to create a project in an empty database.
   */
  public static ServerCheck check(ProjectLocation.Server server) {
    return ServerProbe.check(server);
  }

  /** Opens an existing project, folder or server, for reading only. */
  public static ReviewProject openReadOnly(ProjectLocation location, Duration busy)
      throws ProjectException {
    if (location instanceof ProjectLocation.Folder f) {
      return openReadOnly(f.path(), busy);
    }
    ProjectLocation.Server server = (ProjectLocation.Server) location;
    return onServer(server, () -> Database.openReadOnly(server), true);
  }

  private static ReviewProject onServer(
      ProjectLocation.Server server,
      java.util.function.Supplier<Database> opening,
      boolean readOnly)
      throws ProjectException {
    Database database;
    try {
      database = opening.get();
    } catch (StorageException e) {
      throw new ProjectException(e.getMessage());
    }
    return new ReviewProject(server, server.cacheFolder(), null, readOnly, database);
  }

  private void recordCreation(String projectName, String actor) {
    database.inTransaction(
        c -> {
          MetaDao.put(c, "name", projectName);
          MetaDao.put(c, "created_at", Instant.now().toString());
          AuditDao.log(c, actor, "create", "project", null, projectName);
          return null;
        });
  }

  /**
   * Who is told when a team project's connection to its server is lost, re-opened or given up (the
   * window's status line, the command line's stderr); a folder project never tells anything.
   */
  public void onConnectionEvents(Consumer<org.winnow.core.location.ConnectionEvent> listener) {
    database.onConnectionEvents(listener);
  }

  /** Where the project lives: its folder, or its server database. */
  public ProjectLocation location() {
    return location;
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
    project.recordCreation(
        name == null || name.isBlank() ? dir.getFileName().toString() : name, actor);
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
    return readOnly;
  }

  /**
   * The project's local folder: the project folder itself, or for a server project this user's
   * cache folder of derived files (index, full texts).
   */
  public Path folder() {
    return folder;
  }

  public String name() {
    return database.read(c -> MetaDao.get(c, "name").orElse(defaultName()));
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
  /** The screening outcomes this open project keeps between reads (see {@link DerivedOutcomes}). */
  DerivedOutcomes derivedOutcomes() {
    return derivedOutcomes;
  }

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

  /** Every stored decision row as it is, for checks that recompute the services' work. */
  public DecisionLedger decisionLedger() {
    return new DecisionLedger(this);
  }

  /** The members of a team project (logins, reviewers, roles). */
  public MemberService members() {
    return new MemberService(this);
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

  private String defaultName() {
    return location instanceof ProjectLocation.Server s
        ? s.database()
        : folder.getFileName().toString();
  }

  /**
   * Inside the transaction of an operation that must run alone (import, deduplication): on a
   * server, claims the operations lock until the transaction ends, or fails naming who holds it. A
   * folder's OS lock already keeps other writers out.
   */
  static void runAlone(Connection c, String operation, String actor) throws SQLException {
    java.util.Optional<String> holder =
        org.winnow.core.storage.OperationLockDao.tryClaim(c, operation, actor);
    if (holder.isPresent()) {
      throw new ProjectBusyException(
          "another Winnow client is running an operation that must run alone on this project ("
              + holder.get()
              + "); nothing was changed: try the "
              + operation
              + " again when it has finished");
    }
  }

  /** Whether the project is in a server database (its full texts are then kept there too). */
  public boolean onServer() {
    return database.onServer();
  }

  /**
   * The local file of a full text that the project names by its path relative to the project
   * ({@code fulltexts/report-12.pdf}). On a server the file is fetched from the database into this
   * user's cache folder when it is not there yet, so every member reads the same PDF.
   */
  public Path fullTextFile(String relative) {
    Path file = folder.resolve(relative).normalize();
    if (!file.startsWith(folder)) {
      throw new StorageException("a full text path leaves the project: " + relative);
    }
    if (database.onServer() && !Files.isRegularFile(file)) {
      java.util.Optional<byte[]> content =
          database.read(c -> org.winnow.core.storage.FullTextDao.get(c, relative));
      if (content.isPresent()) {
        try {
          Files.createDirectories(file.getParent());
          Path part = Files.createTempFile(file.getParent(), ".fetch-", ".part");
          Files.write(part, content.get());
          Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
          throw new StorageException(
              "cannot copy the full text " + relative + " to " + file + ": " + e.getMessage(), e);
        }
      }
    }
    return file;
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
      lastIndexRefresh = catchUp(current, version);
    }
    return current;
  }

  /**
   * Brings the index up to the data now (as {@link #index()} does on every use) and says how: it
   * was current, it applied the citations changed since its version, or it was rebuilt whole.
   */
  public synchronized IndexRefresh refreshIndex() {
    lastIndexRefresh = new IndexRefresh(IndexRefresh.Kind.CURRENT, 0);
    index();
    return lastIndexRefresh;
  }

  /** How the index was last brought up to date (for tests and the benchmark). */
  synchronized IndexRefresh lastIndexRefresh() {
    return lastIndexRefresh;
  }

  /**
   * Applies the citations changed since the index's version from the change sequence ({@link
   * IndexChangeDao}), in one Lucene commit; rebuilds whole when the index is missing, corrupt, of
   * another schema, ahead of the data (a restored database), or older than the sequence.
   */
  private IndexRefresh catchUp(CitationIndex target, long version) {
    java.util.OptionalLong at = target.dataVersion();
    if (at.isPresent() && at.getAsLong() < version) {
      java.util.Optional<List<IndexChangeDao.Range>> changed =
          database.read(c -> IndexChangeDao.since(c, at.getAsLong()));
      if (changed.isPresent()) {
        List<Long> touched = new ArrayList<>();
        for (IndexChangeDao.Range r : changed.get()) {
          for (long id = r.from(); id <= r.to(); id++) {
            touched.add(id);
          }
        }
        // every touched citation's document goes, and those that still have records come back
        boolean applied =
            target.update(
                touched,
                consumer ->
                    database.read(
                        c -> {
                          RecordDao.forEachInCitationRanges(c, changed.get(), consumer);
                          return null;
                        }),
                at.getAsLong(),
                version);
        if (applied) {
          return new IndexRefresh(IndexRefresh.Kind.CAUGHT_UP, touched.size());
        }
      }
    }
    rebuild(target);
    return new IndexRefresh(IndexRefresh.Kind.REBUILT, database.read(RecordDao::citationCount));
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
          count[0] = 0; // a rebuild retried after a lost connection starts over
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

  /**
   * A mark that differs whenever something was written that this connection may read (by this
   * process, another window, or another member of a team project); cheap enough to ask every few
   * seconds.
   */
  public String changeMark() {
    return database.read(AuditDao::changeMark);
  }

  /**
   * On a team server, the server's other sessions on the project's database in words (who, what
   * each does or waits for, its statement), for a diagnosis; empty for a folder.
   */
  public List<String> serverSessions() {
    return onServer() ? database.read(ServerSessionsDao::describe) : List.of();
  }

  /**
   * A finer mark than {@link #changeMark()}: the appended tables' largest ids and their row counts,
   * equal at two reads only when nothing this connection may read was written in between (every
   * change other than an appended decision or resolution is audited, and on a server a row that
   * commits late under a smaller id changes a count). Figures kept between sessions are keyed by
   * it.
   */
  public String appendMark() {
    return database.read(AuditDao::appendMark).toString();
  }

  /**
   * The project's name, location and counts of records, citations, sources and batches: kept
   * between calls until an audited change other than a decision (an import, a merge, a setting).
   */
  public ProjectSummary summary() {
    return derivedOutcomes.keptUntilAudited(
        ProjectSummary.class,
        c -> {
          Map<Long, long[]> counts = SourceDao.counts(c);
          List<ProjectSummary.SourceCount> sources = new ArrayList<>();
          for (Source s : SourceDao.all(c)) {
            long[] n = counts.getOrDefault(s.id(), new long[2]);
            sources.add(new ProjectSummary.SourceCount(s, n[0], n[1]));
          }
          return new ProjectSummary(
              MetaDao.get(c, "name").orElse(defaultName()),
              location.display(),
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
          out.clear(); // read again from the start if a lost connection made it retry
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
