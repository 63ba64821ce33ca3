package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.location.ConnectionEvent;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;
import org.winnow.core.model.WriteKey;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.Database;
import org.winnow.core.storage.ScreeningDao;
import org.winnow.core.storage.StorageException;
import org.winnow.fixtures.TestPostgres;

/**
 * A team project whose connection is killed by the server ({@code pg_terminate_backend}) while a
 * reviewer decides: the client says so, reconnects and retries with the same write keys, and every
 * decision is stored exactly once. Always on the test server.
 */
class ReconnectTest {
  private static final int ITEMS = 60;

  @TempDir Path tmp;

  @Test
  void decisionsSurviveTheServerKillingTheConnectionMidBatch() throws Exception {
    ProjectLocation.Server server = ProjectLocation.Server.parse(TestPostgres.newDatabase());
    List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
    try (ReviewProject project = ReviewProject.create(server, "Team", "ana");
        Connection admin = admin(server)) {
      TestImports.ris(project, tmp.resolve("a.ris"), "MEDLINE", SourceType.DATABASE, "ana", ris());
      project.screening().addReviewer("Ana", "AA", "ana");
      project.onConnectionEvents(events::add);
      project.database().reconnection(fast());
      List<Long> items = project.screening().items(Stage.TITLE_ABSTRACT);
      assertEquals(ITEMS, items.size());

      // a second thread kills the client's session again and again while it decides
      Thread killer =
          new Thread(
              () -> {
                for (int i = 0; i < 3; i++) {
                  sleep(40);
                  terminateClients(admin, server);
                }
              });
      int killedAt = 20;
      for (int i = 0; i < ITEMS; i++) {
        if (i == killedAt) {
          terminateClients(admin, server); // between two decisions: the next one finds it dead
          killer.start(); // and then at moments nobody chose, some mid-transaction
        }
        project
            .screening()
            .decide(
                Stage.TITLE_ABSTRACT,
                items.get(i),
                "Ana",
                DecisionValue.INCLUDE,
                null,
                null,
                List.of(),
                "cli");
      }
      killer.join();

      Map<Long, List<Decision>> latest =
          project.database().read(c -> ScreeningDao.latestDecisions(c, Stage.TITLE_ABSTRACT));
      assertEquals(ITEMS, latest.size(), "every decision is there");
      assertEquals(
          ITEMS,
          project
              .database()
              .<Integer>read(c -> ScreeningDao.decisionCount(c, Stage.TITLE_ABSTRACT)),
          "and none twice");
      assertEquals(
          ITEMS,
          project.auditTrail().entries(null, null).stream()
              .filter(e -> e.action().equals("decide"))
              .count(),
          "one audit entry per decision");
      assertTrue(
          events.stream().anyMatch(e -> e.kind() == ConnectionEvent.Kind.LOST),
          "the loss was reported: " + events);
      assertTrue(
          events.stream().anyMatch(e -> e.kind() == ConnectionEvent.Kind.RESTORED),
          "and the reconnection: " + events);
      assertTrue(
          events.get(0).message().startsWith("connection to " + server.display() + " lost"),
          events.get(0).message());
    }
  }

  @Test
  void aWriteWhoseCommitReachedTheServerButWhoseAnswerWasLostIsStoredOnce() throws Exception {
    ProjectLocation.Server server = ProjectLocation.Server.parse(TestPostgres.newDatabase());
    try (Database db = Database.open(server, true);
        Database other = Database.open(server, false)) {
      db.reconnection(fast());
      Reviewer ana = db.inTransaction(c -> ScreeningDao.addReviewer(c, "Ana", "AA"));
      WriteKey key = WriteKey.random();
      int[] attempts = new int[1];
      long id =
          db.idempotent(
              c -> {
                if (attempts[0]++ == 0) {
                  // the first try's commit arrives (here: made by another client with its key)...
                  other.inTransaction(k -> decide(k, key, ana));
                  // ...but its answer is lost with the connection
                  throw new SQLException(
                      "An I/O error occurred while sending to the backend.", "08006");
                }
                return decide(c, key, ana);
              });
      assertEquals(2, attempts[0], "retried once, over a new connection");
      assertEquals(1, db.<Integer>read(c -> ScreeningDao.decisionCount(c, Stage.TITLE_ABSTRACT)));
      assertEquals(
          id,
          db.read(c -> ScreeningDao.latestDecisions(c, Stage.TITLE_ABSTRACT)).get(3L).get(0).id());
    }
  }

  @Test
  void aWriteThatIsNotIdempotentIsNotRunAgainAndTheCallerIsTold() throws Exception {
    ProjectLocation.Server server = ProjectLocation.Server.parse(TestPostgres.newDatabase());
    try (Database db = Database.open(server, true)) {
      db.reconnection(fast());
      int[] attempts = new int[1];
      StorageException e =
          assertThrows(
              StorageException.class,
              () ->
                  db.inTransaction(
                      c -> {
                        attempts[0]++;
                        AuditDao.log(c, "ana", "import", "import_batch", 1L, "half-way");
                        throw new SQLException("terminating connection", "57P01");
                      }));
      assertEquals(1, attempts[0]);
      assertTrue(e.getMessage().contains("nothing of it was stored"), e.getMessage());
      assertEquals(0L, db.<Long>read(AuditDao::count), "rolled back, and usable again");
    }
  }

  @Test
  void aServerThatStaysAwayFailsTheActionAfterTheTimeAllowed() throws Exception {
    ProjectLocation.Server server = ProjectLocation.Server.parse(TestPostgres.newDatabase());
    List<ConnectionEvent> events = new ArrayList<>();
    try (Database db = Database.open(server, true)) {
      db.onConnectionEvents(events::add);
      db.reconnection(
          new Database.Reconnection(
              Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMillis(300)));
      try (Connection admin = admin(server);
          var s = admin.createStatement()) {
        // no new session may start, and the open one is ended
        s.execute("ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS false");
        terminateClients(admin, server);
        StorageException e =
            assertThrows(StorageException.class, () -> db.<Long>read(AuditDao::count));
        assertTrue(e.getMessage().contains("could not be restored"), e.getMessage());
        assertEquals(ConnectionEvent.Kind.GAVE_UP, events.get(events.size() - 1).kind());
        s.execute("ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS true");
      }
      assertEquals(0L, db.<Long>read(AuditDao::count), "usable again once the server is back");
    }
  }

  private static long decide(Connection c, WriteKey key, Reviewer ana) throws SQLException {
    return ScreeningDao.addDecision(
        c, key, Stage.TITLE_ABSTRACT, 3, ana, DecisionValue.INCLUDE, null, null, List.of(), "cli");
  }

  private static Database.Reconnection fast() {
    return new Database.Reconnection(
        Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofSeconds(20));
  }

  private static Connection admin(ProjectLocation.Server server) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres", TestPostgres.USER, "");
  }

  /** Ends every session on the project's database, as an administrator or a restart would. */
  private static void terminateClients(Connection admin, ProjectLocation.Server server) {
    try (var ps =
        admin.prepareStatement(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
      ps.setString(1, server.database());
      ps.executeQuery().close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String ris() {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= ITEMS; i++) {
      s.append("TY  - JOUR\nTI  - Trial number ")
          .append(i)
          .append(" of stroke units\nPY  - ")
          .append(1990 + i % 30)
          .append("\nER  - \n");
    }
    return s.toString();
  }
}
