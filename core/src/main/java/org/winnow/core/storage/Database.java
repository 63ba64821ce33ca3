package org.winnow.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.winnow.core.location.ConnectionEvent;
import org.winnow.core.location.ProjectLocation;

/**
 * The project's database, the source of truth: a SQLite file (WAL, foreign keys on) or a PostgreSQL
 * server database. Ordered migrations, one history for both engines (the few DDL words they spell
 * differently are rewritten by {@link Dialect}), with the schema version in {@code PRAGMA
 * user_version} (SQLite) or the {@code schema_version} table (PostgreSQL); one transaction per user
 * action.
 */
public final class Database implements AutoCloseable {
  private static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

  /**
   * Migration scripts in order; {@code V<n>__name.sql} brings the schema to version n. A number may
   * be missing (a migration numbered on another branch), never repeated. A script may have a
   * PostgreSQL-only companion {@code V<n>__name.postgresql.sql} (roles, row-level security,
   * triggers in PL/pgSQL) that runs after it, in the same transaction, on a server only: SQLite
   * skips it (ADR 0013).
   */
  static final List<String> MIGRATIONS =
      List.of(
          "V1__foundation.sql",
          "V2__deduplication.sql",
          "V3__screening.sql",
          "V4__prisma_manual.sql",
          "V5__pilot.sql",
          "V6__extraction.sql",
          "V7__screening_indexes.sql",
          "V8__fulltext_original_name.sql",
          "V9__merged_screening.sql",
          "V10__records_removed_before_screening.sql",
          "V11__citation_links.sql",
          "V12__extraction_drafts.sql",
          "V13__fulltext_files.sql",
          "V14__screening_order.sql",
          "V15__dedup_features.sql",
          "V16__members.sql",
          "V17__write_keys_and_index_changes.sql",
          "V18__queue_decided_items.sql",
          "V19__audit_changes.sql");

  public static final int SCHEMA_VERSION = versionOf(MIGRATIONS.get(MIGRATIONS.size() - 1));

  /** The schema version a migration script brings the database to, from its name. */
  static int versionOf(String script) {
    Matcher m = MIGRATION_NAME.matcher(script);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a migration script name: " + script);
    }
    return Integer.parseInt(m.group(1));
  }

  private static final int PAGE_CACHE_KIB = 64 * 1024;

  /** The advisory lock key that migrations on a server take ("winnow" in ASCII). */
  private static final long MIGRATION_LOCK = 0x77696e6e6f77L;

  private Connection connection; // replaced when a server's connection is re-opened
  private final ProjectLocation.Server server; // null for a file
  private final Path file; // null on a server
  private final String name; // the file or the URL, for messages
  private final boolean readOnly;
  private final Dialect dialect;
  private Reconnection reconnection = Reconnection.DEFAULT;
  private boolean transactionOpen; // inside the outermost transaction: a loss is handled there
  private volatile Consumer<ConnectionEvent> connectionEvents = event -> {};

  /**
   * How a lost server connection is re-opened: first after {@code firstWait}, then after twice the
   * previous wait up to {@code longestWait}, until {@code giveUpAfter} has passed since it was
   * lost.
   */
  public record Reconnection(Duration firstWait, Duration longestWait, Duration giveUpAfter) {
    /** A server restart (a minute or so) is waited out; a server gone for good fails the action. */
    public static final Reconnection DEFAULT =
        new Reconnection(Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(60));
  }

  private Database(Path file, Connection connection, boolean readOnly) {
    this(file, null, file.toString(), connection, readOnly, Dialect.SQLITE);
  }

  private Database(
      Path file,
      ProjectLocation.Server server,
      String name,
      Connection connection,
      boolean readOnly,
      Dialect dialect) {
    this.file = file;
    this.server = server;
    this.name = name;
    this.connection = connection;
    this.readOnly = readOnly;
    this.dialect = dialect;
  }

  /**
   * Connects to a server database and brings its schema up to date. With {@code create} the
   * database must be empty (no tables) and gets the Winnow schema; without, it must already hold a
   * Winnow project.
   */
  public static Database open(ProjectLocation.Server server, boolean create) {
    return open(server, create, false);
  }

  private static Database open(ProjectLocation.Server server, boolean create, boolean readOnly) {
    Connection c;
    try {
      c = connect(server);
    } catch (SQLException e) {
      throw new StorageException(
          "cannot connect to " + server.display() + ": " + e.getMessage(), e);
    }
    Database db = new Database(null, server, server.display(), c, readOnly, Dialect.POSTGRESQL);
    try {
      if (create && !Dialect.POSTGRESQL.isEmpty(c)) {
        throw new StorageException(
            server.display()
                + " is not empty; a new project needs an empty database (CREATE DATABASE ...)");
      }
      if (!create && db.schemaVersion() == 0) {
        throw new StorageException(
            server.display()
                + " is not a Winnow project (no Winnow schema); create one with 'winnow init "
                + server.display()
                + " --name NAME'");
      }
      if (readOnly) {
        int version = db.schemaVersion();
        if (version != SCHEMA_VERSION) {
          throw new StorageException(
              server.display()
                  + " has schema version "
                  + version
                  + (version > SCHEMA_VERSION
                      ? ", newer than this Winnow understands ("
                          + SCHEMA_VERSION
                          + "): update Winnow"
                      : " of "
                          + SCHEMA_VERSION
                          + ": open it once with a command that changes it to bring it up to date"));
        }
      } else {
        db.migrate();
      }
      return db;
    } catch (SQLException | RuntimeException e) {
      db.close();
      if (e instanceof StorageException s) {
        throw s;
      }
      throw new StorageException(
          "cannot open project database " + server.display() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Connects to a server project for reading only: no migration, and the connection refuses every
   * write. The schema must be this Winnow's.
   */
  public static Database openReadOnly(ProjectLocation.Server server) {
    Database db = open(server, false, true);
    try {
      db.connection.setReadOnly(true);
    } catch (SQLException e) {
      db.close();
      throw new StorageException("cannot open " + server.display() + ": " + e.getMessage(), e);
    }
    return db;
  }

  private static Connection connect(ProjectLocation.Server server) throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl(), server.properties());
  }

  /**
   * Who is told when a server connection is lost, re-opened or given up (the window's status line,
   * the command line's stderr). Called on the thread of the action that found the loss.
   */
  public void onConnectionEvents(Consumer<ConnectionEvent> listener) {
    this.connectionEvents = listener == null ? event -> {} : listener;
  }

  /** How a lost server connection is re-opened (tests shorten it). */
  public synchronized void reconnection(Reconnection policy) {
    this.reconnection = policy;
  }

  /** Whether the database is on a PostgreSQL server (otherwise a SQLite file). */
  public boolean onServer() {
    return dialect == Dialect.POSTGRESQL;
  }

  /** The file or the server URL (without password), as shown to people. */
  public String name() {
    return name;
  }

  /** Whether this connection may only read (a reader's open: nothing may be written). */
  public boolean readOnly() {
    return readOnly;
  }

  /** Opens (creating if needed) and migrates the database file. */
  public static Database open(Path file) {
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.enforceForeignKeys(true);
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.setBusyTimeout(5000);
      // 64 MiB of page cache (native memory, not Java heap) instead of 2 MiB: a large import's
      // index pages then stay in memory instead of being written to the WAL again and again
      // (a fifth fewer bytes written for 100,000 records). Durability is unchanged.
      config.setCacheSize(-PAGE_CACHE_KIB);
      Connection c =
          DriverManager.getConnection(
              "jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
      Database db = new Database(file, c, false);
      db.migrate();
      return db;
    } catch (SQLException e) {
      throw new StorageException("cannot open project database " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the database file for reading only: no migration, no write of any kind, so a project on a
   * read-only share or in an archive can be read, and a reader never waits for a writer (WAL). The
   * caller checks {@link #schemaVersion()}: an older schema must be migrated by a writable open.
   *
   * @param busy how long to wait while SQLite is briefly busy (e.g. a checkpoint)
   */
  public static Database openReadOnly(Path file, java.time.Duration busy) {
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setReadOnly(true); // SQLITE_OPEN_READONLY: the file is never written
      config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(5000, busy.toMillis())));
      config.setCacheSize(-PAGE_CACHE_KIB);
      Connection c;
      try {
        c =
            DriverManager.getConnection(
                "jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
      } catch (SQLException e) {
        if (!String.valueOf(e.getMessage()).contains("READONLY_DIRECTORY")) {
          throw e;
        }
        // A WAL database in a folder this process cannot write (an archive, a read-only share):
        // SQLite cannot create the shared-memory file that readers use, so it reads the file as
        // immutable. Nobody can be writing there (the writer's lock needs write access too).
        c =
            DriverManager.getConnection(
                "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1",
                config.toProperties());
      }
      Database db = new Database(file, c, true);
      int version = db.schemaVersion();
      if (version > SCHEMA_VERSION) {
        db.close();
        throw new StorageException(
            file
                + " has schema version "
                + version
                + ", newer than this Winnow understands ("
                + SCHEMA_VERSION
                + "): update Winnow");
      }
      return db;
    } catch (SQLException e) {
      throw new StorageException("cannot open project database " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  public synchronized int schemaVersion() {
    try {
      return dialect.schemaVersion(connection);
    } catch (SQLException e) {
      throw new StorageException("cannot read schema version of " + name, e);
    }
  }

  private void migrate() throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      if (dialect.schemaVersion(connection) == SCHEMA_VERSION) {
        // Up to date: take no lock and create nothing, so that a member's login, which may read
        // and append but not change the schema, opens the project.
        return;
      }
      // All pending versions in one transaction, after any other client's migration: DDL is
      // transactional on PostgreSQL, so a failed migration leaves the schema as it was.
      inTransaction(
          conn -> {
            try (Statement s = conn.createStatement()) {
              s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            }
            dialect.prepare(conn);
            migrateFrom(dialect.schemaVersion(conn));
            if (TeamRoles.groupsExist(conn) && TeamRoles.connectedAsOwner(conn)) {
              TeamRoles.grantRights(conn); // the members' rights on tables a migration added
            }
            return null;
          });
      return;
    }
    migrateFrom(schemaVersion());
  }

  private void migrateFrom(int current) throws SQLException {
    if (current > SCHEMA_VERSION) {
      throw new StorageException(
          name
              + " has schema version "
              + current
              + ", newer than this Winnow understands ("
              + SCHEMA_VERSION
              + "): update Winnow");
    }
    for (String script : MIGRATIONS) {
      int version = versionOf(script);
      if (version <= current) {
        continue;
      }
      String sql = resource(script);
      String serverOnly =
          dialect == Dialect.POSTGRESQL ? optionalResource(serverOnlyCompanion(script)) : null;
      inTransaction(
          conn -> {
            try (Statement s = conn.createStatement()) {
              for (String statement : splitStatements(sql)) {
                s.execute(dialect.ddl(statement));
              }
              if (serverOnly != null) {
                for (String statement : splitStatements(serverOnly)) {
                  s.execute(statement); // written in PostgreSQL's own words: no rewriting
                }
              }
            }
            dialect.setSchemaVersion(conn, version);
            return null;
          });
    }
  }

  /** The PostgreSQL-only step beside a migration script: V16__members.postgresql.sql. */
  static String serverOnlyCompanion(String script) {
    return script.substring(0, script.length() - ".sql".length()) + ".postgresql.sql";
  }

  private static String optionalResource(String name) {
    return Database.class.getResource(name) == null ? null : resource(name);
  }

  private static String resource(String name) {
    try (InputStream in = Database.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new StorageException("missing migration " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorageException("cannot read migration " + name, e);
    }
  }

  /**
   * Splits a script on semicolons at line ends; comments are dropped. A semicolon inside a
   * dollar-quoted body ({@code $$ ... $$}, a function's) does not end the statement.
   */
  static List<String> splitStatements(String sql) {
    List<String> statements = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inBody = false;
    for (String line : sql.split("\n")) {
      int comment = inBody ? -1 : line.indexOf("--");
      String code = comment >= 0 ? line.substring(0, comment) : line;
      current.append(code).append('\n');
      inBody ^= dollarQuotes(code) % 2 == 1;
      String trimmed = code.strip();
      if (!inBody && trimmed.endsWith(";")) {
        add(statements, current);
      }
    }
    add(statements, current);
    return statements;
  }

  private static int dollarQuotes(String line) {
    int count = 0;
    for (int i = line.indexOf("$$"); i >= 0; i = line.indexOf("$$", i + 2)) {
      count++;
    }
    return count;
  }

  private static void add(List<String> statements, StringBuilder text) {
    String s = text.toString().strip();
    text.setLength(0);
    if (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (!s.isEmpty()) {
      statements.add(s);
    }
  }

  /** Work done inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs work in one transaction: all of it is committed, or on any failure none of it is. That
   * holds for every {@link Throwable}, errors included: an import that runs out of memory half-way
   * must not leave its first records behind. Nested calls join the outer transaction. If a server's
   * connection is lost, it is re-opened (see {@link #idempotent}) but the work is not run again:
   * the caller is told whether anything may have been stored.
   */
  public synchronized <T> T inTransaction(Work<T> work) {
    return transaction(work, false);
  }

  /**
   * As {@link #inTransaction(Work)}, for work that may safely run again: every row it appends
   * carries a write key made before this call (see {@link AppendedRow}), and everything else it
   * does is a read or sets a value to what it already is. When a server's connection is lost
   * (SQLState class 08, or the server shutting the session down), the connection is re-opened with
   * backoff, and the work runs again in a new transaction: a write whose commit had reached the
   * server finds its rows by their keys and stores nothing twice.
   */
  public synchronized <T> T idempotent(Work<T> work) {
    return transaction(work, true);
  }

  private <T> T transaction(Work<T> work, boolean retry) {
    if (transactionOpen) {
      return once(work, new boolean[1]); // joins the outer transaction, which retries the whole
    }
    while (true) {
      boolean[] committing = new boolean[1];
      try {
        reopenIfClosed();
        return once(work, committing);
      } catch (RuntimeException | Error failure) {
        if (server == null || !connectionLost(failure)) {
          throw failure;
        }
        reconnect(failure);
        if (!retry) {
          throw new StorageException(
              "the connection to "
                  + name
                  + " was lost during this change and has been restored; "
                  + (committing[0]
                      ? "Winnow cannot tell whether the change was stored: check before you"
                          + " repeat it"
                      : "nothing of it was stored: do it again"),
              failure);
        }
      }
    }
  }

  private <T> T once(Work<T> work, boolean[] committing) {
    try {
      if (!connection.getAutoCommit()) {
        return work.run(connection);
      }
      connection.setAutoCommit(false);
      T result;
      transactionOpen = true;
      try {
        result = work.run(connection);
        committing[0] = true;
        connection.commit();
      } catch (Throwable failure) {
        rollBack(failure);
        throw failure;
      } finally {
        transactionOpen = false;
      }
      connection.setAutoCommit(true);
      return result;
    } catch (SQLException e) {
      throw new StorageException("database error in " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether a failure is the loss of the server connection: SQLState class 08 (connection
   * exception) or 57P01-57P03 (the server terminated the session, is shutting down, or cannot
   * connect now), anywhere in its causes.
   */
  static boolean connectionLost(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException e && e.getSQLState() != null) {
        String state = e.getSQLState();
        if (state.startsWith("08") || state.matches("57P0[123]")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A server connection found closed before an action (lost earlier, e.g. while idle). */
  private void reopenIfClosed() {
    if (server == null) {
      return;
    }
    boolean closed;
    try {
      closed = connection.isClosed();
    } catch (SQLException e) {
      closed = true;
    }
    if (closed) {
      reconnect(new SQLException("the connection was closed", "08003"));
    }
  }

  /**
   * Re-opens the server connection, waiting longer between attempts, until {@link
   * Reconnection#giveUpAfter()}; tells {@link #onConnectionEvents} listeners at every step.
   */
  private void reconnect(Throwable lost) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // it is gone already
    }
    long deadline = System.nanoTime() + reconnection.giveUpAfter().toNanos();
    Duration wait = reconnection.firstWait();
    String cause = String.valueOf(lost.getMessage());
    for (int attempt = 1; ; attempt++) {
      tell(new ConnectionEvent(ConnectionEvent.Kind.LOST, name, attempt, wait, cause));
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StorageException("interrupted while reconnecting to " + name, e);
      }
      try {
        Connection c = connect(server);
        c.setReadOnly(readOnly);
        connection = c;
        tell(new ConnectionEvent(ConnectionEvent.Kind.RESTORED, name, attempt, Duration.ZERO, ""));
        return;
      } catch (SQLException e) {
        cause = e.getMessage();
      }
      if (System.nanoTime() + wait.toNanos() > deadline) {
        tell(
            new ConnectionEvent(ConnectionEvent.Kind.GAVE_UP, name, attempt, Duration.ZERO, cause));
        throw new StorageException(
            "the connection to "
                + name
                + " was lost and could not be restored within "
                + reconnection.giveUpAfter().toSeconds()
                + " s ("
                + cause
                + "); nothing of the interrupted change is lost that the server had stored:"
                + " open the project again when the server is back",
            lost);
      }
      wait = wait.multipliedBy(2);
      if (wait.compareTo(reconnection.longestWait()) > 0) {
        wait = reconnection.longestWait();
      }
    }
  }

  private void tell(ConnectionEvent event) {
    try {
      connectionEvents.accept(event);
    } catch (RuntimeException ignored) {
      // a listener's failure must not stop the reconnection
    }
  }

  /**
   * Undoes the open transaction after a failure. Autocommit is switched back on only once the
   * rollback has succeeded (switching it on commits whatever is pending); if the rollback itself
   * fails the connection is closed, which makes SQLite discard the transaction.
   */
  private void rollBack(Throwable failure) {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
      try {
        connection.close();
      } catch (SQLException closing) {
        failure.addSuppressed(closing);
      }
    }
  }

  /** Work that may also fail with a checked exception of type E. */
  @FunctionalInterface
  public interface CheckedWork<T, E extends Exception> {
    T run(Connection connection) throws SQLException, E;
  }

  /**
   * As {@link #inTransaction(Work)}, for work that may fail with a checked exception of the given
   * type (e.g. bad input found half-way through an import): everything is rolled back and the
   * exception rethrown as it was.
   */
  public synchronized <T, E extends Exception> T inTransaction(
      Class<E> failure, CheckedWork<T, E> work) throws E {
    return checked(failure, work, false);
  }

  /** As {@link #idempotent(Work)}, for work that may fail with a checked exception. */
  public synchronized <T, E extends Exception> T idempotent(
      Class<E> failure, CheckedWork<T, E> work) throws E {
    return checked(failure, work, true);
  }

  @SuppressWarnings("unchecked")
  private <T, E extends Exception> T checked(
      Class<E> failure, CheckedWork<T, E> work, boolean retry) throws E {
    try {
      return transaction(
          c -> {
            try {
              return work.run(c);
            } catch (SQLException | RuntimeException e) {
              throw e;
            } catch (Exception e) {
              throw new Tunnel(e);
            }
          },
          retry);
    } catch (Tunnel t) {
      if (failure.isInstance(t.getCause())) {
        throw (E) t.getCause();
      }
      throw new StorageException("unexpected failure: " + t.getCause(), t.getCause());
    }
  }

  /** Carries a checked exception through the rollback path. */
  private static final class Tunnel extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Tunnel(Exception cause) {
      super(cause);
    }
  }

  /**
   * Read-only work outside an explicit transaction; on a server, read again over a new connection
   * when the connection was lost.
   */
  public synchronized <T> T read(Work<T> work) {
    while (true) {
      try {
        reopenIfClosed();
        return work.run(connection);
      } catch (SQLException | RuntimeException e) {
        if (server == null || transactionOpen || !connectionLost(e)) {
          if (e instanceof RuntimeException r) {
            throw r;
          }
          throw new StorageException("database error in " + name + ": " + e.getMessage(), e);
        }
        reconnect(e);
      }
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StorageException("cannot close " + name, e);
    }
  }
}
