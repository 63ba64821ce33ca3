package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.location.ServerCheck;
import org.winnow.core.model.SourceType;
import org.winnow.core.storage.Database;
import org.winnow.fixtures.TestPostgres;

/** A project in a PostgreSQL database: what differs from a folder (always on the test server). */
class ServerProjectTest {
  @TempDir Path tmp;

  private static ProjectLocation.Server newDatabase() {
    return ProjectLocation.Server.parse(TestPostgres.newDatabase());
  }

  @Test
  void createMakesTheSchemaInAnEmptyDatabaseAndRefusesAnyOther() throws Exception {
    ProjectLocation.Server server = newDatabase();
    try (ReviewProject p = ReviewProject.create(server, "Stroke units", "ana")) {
      assertEquals("Stroke units", p.name());
      assertEquals(Database.SCHEMA_VERSION, p.summary().schemaVersion());
      assertEquals(server.display(), p.summary().folder());
    }
    ProjectException again =
        assertThrows(ProjectException.class, () -> ReviewProject.create(server, "x", "ana"));
    assertTrue(again.getMessage().contains("not empty"), again.getMessage());

    ProjectLocation.Server other = newDatabase();
    createOtherTable(other);
    ProjectException notEmpty =
        assertThrows(ProjectException.class, () -> ReviewProject.create(other, "x", "ana"));
    assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());
    ProjectException notProject =
        assertThrows(ProjectException.class, () -> ReviewProject.open(other));
    assertTrue(notProject.getMessage().contains("not a Winnow project"), notProject.getMessage());
  }

  @Test
  void severalClientsOpenTheSameProjectAtOnceAndSeeEachOthersWrites() throws Exception {
    ProjectLocation.Server server = newDatabase();
    try (ReviewProject first = ReviewProject.create(server, "Team review", "ana");
        ReviewProject second = ReviewProject.open(server)) {
      assertFalse(second.isReadOnly());
      TestImports.ris(
          first,
          tmp.resolve("a.ris"),
          "MEDLINE",
          SourceType.DATABASE,
          "ana",
          "TY  - JOUR\nTI  - Stroke unit care\nPY  - 2001\nER  - \n"
              + "TY  - JOUR\nTI  - Early mobilisation\nPY  - 2002\nER  - \n");
      assertEquals(2, second.summary().records());
      // the second client's index is stale (the data version moved) and is rebuilt on use
      assertEquals(1, second.search("stroke", 10).total());
      try (ReviewProject reader = ReviewProject.openReadOnly(server, java.time.Duration.ZERO)) {
        assertTrue(reader.isReadOnly());
        assertEquals(2, reader.summary().records());
      }
    }
  }

  @Test
  void theIndexLivesInTheUsersCacheFolderKeyedByServerAndDatabase() throws Exception {
    ProjectLocation.Server server = newDatabase();
    try (ReviewProject p = ReviewProject.create(server, "Cached", "ana")) {
      assertEquals(server.cacheFolder(), p.folder());
      assertTrue(
          p.folder().endsWith("127.0.0.1-" + server.port() + "-" + server.database()),
          p.folder().toString());
      p.search("anything", 1);
      assertTrue(Files.isDirectory(p.folder().resolve(ReviewProject.INDEX_FOLDER)));
    }
  }

  @Test
  void anImportWhileAnotherClientImportsIsRefusedNamingWhoHoldsTheProject() throws Exception {
    ProjectLocation.Server server = newDatabase();
    Path first = tmp.resolve("first.ris");
    Path second = tmp.resolve("second.ris");
    Files.writeString(first, "TY  - JOUR\nTI  - Stroke unit care\nER  - \n");
    Files.writeString(second, "TY  - JOUR\nTI  - Early mobilisation\nER  - \n");
    try (ReviewProject ana = ReviewProject.create(server, "Team review", "ana");
        ReviewProject ben = ReviewProject.open(server)) {
      java.util.List<Throwable> refused = new java.util.ArrayList<>();
      Progress whileAnaImports =
          (what, done, total) -> {
            if (refused.isEmpty()) {
              refused.add(
                  assertThrows(
                      ProjectBusyException.class,
                      () ->
                          ben.imports()
                              .importFiles(
                                  new ImportRequest(
                                      java.util.List.of(second),
                                      "Embase",
                                      SourceType.DATABASE,
                                      null,
                                      null,
                                      null,
                                      false,
                                      "ben"),
                                  Progress.NONE)));
            }
          };
      ana.imports()
          .importFiles(
              new ImportRequest(
                  java.util.List.of(first),
                  "MEDLINE",
                  SourceType.DATABASE,
                  null,
                  null,
                  null,
                  false,
                  "ana"),
              whileAnaImports);
      assertEquals(1, refused.size());
      String message = refused.get(0).getMessage();
      assertTrue(message.contains("import by ana"), message);
      assertTrue(message.contains("pid " + ProcessHandle.current().pid()), message);
      // ana's import is whole, ben's left nothing behind, and ben may import now
      assertEquals(1, ben.summary().records());
      TestImports.ris(ben, second, "Embase", SourceType.DATABASE, "ben", Files.readString(second));
      assertEquals(2, ana.summary().records());
    }
  }

  @Test
  void fullTextsAreKeptInTheDatabaseSoEveryMemberReadsTheSamePdf() throws Exception {
    ProjectLocation.Server server = newDatabase();
    Path first = FullTextAttachTest.pdf(tmp.resolve("Jones 2015.pdf"), 1);
    Path second = FullTextAttachTest.pdf(tmp.resolve("Jones 2015 corrected.pdf"), 2);
    String keptAs;
    try (ReviewProject ana =
        IncludedStudies.fill(ReviewProject.create(server, null, "lead"), tmp)) {
      ana.screening().attach("j1", first, false, "ana");
      FullTextAttachment replacing = ana.screening().attach("j1", second, true, "ana");
      keptAs = ana.folder().relativize(replacing.replaced()).toString();
    }
    // another member's machine: nothing in its cache folder yet
    deleteTree(server.cacheFolder());
    try (ReviewProject ben = ReviewProject.open(server)) {
      FullTextAttachment a = ben.screening().attachment("j1");
      assertEquals("Jones 2015 corrected.pdf", a.originalName());
      assertTrue(a.file().startsWith(server.cacheFolder()), a.file().toString());
      assertArrayEquals(Files.readAllBytes(second), Files.readAllBytes(a.file()));
      Path kept = ben.fullTextFile(keptAs);
      try (var files = Files.list(server.cacheFolder().resolve(ReviewProject.FULLTEXT_FOLDER))) {
        assertEquals(2, files.count(), "the PDF and the earlier one kept beside it");
      }
      assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(kept));
    }
  }

  private static void deleteTree(Path root) throws Exception {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void checkSaysWhatAServerLocationHoldsBeforeAnythingIsOpened() throws Exception {
    ProjectLocation.Server server = newDatabase();
    assertEquals(ServerCheck.State.EMPTY, ReviewProject.check(server).state());
    ReviewProject.create(server, "Stroke units", "ana").close();
    ServerCheck project = ReviewProject.check(server);
    assertTrue(project.holdsProject(), project.message());

    ProjectLocation.Server other = newDatabase();
    createOtherTable(other);
    assertEquals(ServerCheck.State.NOT_WINNOW, ReviewProject.check(other).state());

    ServerCheck missing =
        ReviewProject.check(
            ProjectLocation.Server.parse(TestPostgres.url(server.port(), "no_such_review")));
    assertEquals(ServerCheck.State.NO_DATABASE, missing.state());
    assertTrue(missing.message().contains("no_such_review"), missing.message());

    ServerCheck stranger =
        ReviewProject.check(
            ProjectLocation.Server.parse(
                "postgresql://nobody_here@127.0.0.1:" + server.port() + "/" + server.database()));
    assertEquals(ServerCheck.State.LOGIN_REFUSED, stranger.state(), stranger.message());
    assertTrue(stranger.message().contains("nobody_here"), stranger.message());

    int closed;
    try (var socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort(); // free again once closed: nothing listens there
    }
    ServerCheck down =
        ReviewProject.check(
            ProjectLocation.Server.parse("postgresql://ana@127.0.0.1:" + closed + "/r"));
    assertEquals(ServerCheck.State.UNREACHABLE, down.state(), down.message());
    assertTrue(down.message().contains("127.0.0.1:" + closed), down.message());
  }

  /** Makes a database hold something that is not a Winnow project. */
  private static void createOtherTable(ProjectLocation.Server server) throws Exception {
    try (var c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + server.database(),
                TestPostgres.USER,
                "");
        var s = c.createStatement()) {
      s.execute("CREATE TABLE payroll (id INT)");
    }
  }
}
