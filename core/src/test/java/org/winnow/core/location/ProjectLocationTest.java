package org.winnow.core.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectLocationTest {
  @Test
  void aFolderIsAnythingThatIsNotAServerUrl() {
    assertEquals(
        new ProjectLocation.Folder(Path.of("reviews/stroke")),
        ProjectLocation.parse("reviews/stroke"));
  }

  @Test
  void aServerUrlNamesUserHostPortDatabaseAndTlsParameters() {
    ProjectLocation.Server s =
        assertInstanceOf(
            ProjectLocation.Server.class,
            ProjectLocation.parse(
                "postgresql://ana@db.example.org:6543/stroke_review?sslmode=verify-full"
                    + "&sslrootcert=/etc/ssl/root.crt"));
    assertEquals("ana", s.user());
    assertEquals("db.example.org", s.host());
    assertEquals(6543, s.port());
    assertEquals("stroke_review", s.database());
    assertEquals(
        Map.of("sslmode", "verify-full", "sslrootcert", "/etc/ssl/root.crt"), s.parameters());
    assertEquals("jdbc:postgresql://db.example.org:6543/stroke_review", s.jdbcUrl());
    assertEquals("verify-full", s.properties().getProperty("sslmode"));
    assertEquals("ana", s.properties().getProperty("user"));
  }

  @Test
  void thePortDefaultsTo5432AndShortSchemeIsAccepted() {
    ProjectLocation.Server s = ProjectLocation.Server.parse("postgres://ana@localhost/r");
    assertEquals(5432, s.port());
    assertEquals("postgresql://ana@localhost:5432/r", s.display());
  }

  @Test
  void aPasswordInTheUrlIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProjectLocation.parse("postgresql://ana:secret@localhost/r"));
    assertTrue(e.getMessage().contains("PGPASSWORD"), e.getMessage());
    assertTrue(!e.getMessage().contains("secret"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProjectLocation.parse("postgresql://ana@localhost/r?password=secret"));
    assertThrows(IllegalArgumentException.class, () -> ProjectLocation.parse("postgresql://x"));
  }

  @Test
  void thePasswordFileIsReadAsLibpqReadsIt() {
    ProjectLocation.Server s = ProjectLocation.Server.parse("postgresql://ana@db:5432/stroke");
    List<String> lines =
        List.of(
            "# comment",
            "db:5432:other:ana:wrong-database",
            "db:*:stroke:bob:wrong-user",
            "db:*:stroke:ana:pa\\:ss\\\\word",
            "*:*:*:*:too-late");
    assertEquals(Optional.of("pa:ss\\word"), s.passwordFrom(lines));
    assertEquals(Optional.of("any"), s.passwordFrom(List.of("*:*:*:*:any")));
    assertEquals(Optional.empty(), s.passwordFrom(List.of("other:*:*:*:x")));
  }

  @Test
  void theCacheFolderIsPerServerAndDatabase() {
    String before = System.getProperty("winnow.cache.home");
    System.setProperty("winnow.cache.home", "/home/ana/.cache");
    try {
      assertEquals(
          Path.of("/home/ana/.cache/winnow/db.example.org-5432-stroke"),
          ProjectLocation.Server.parse("postgresql://ana@db.example.org/stroke").cacheFolder());
    } finally {
      if (before == null) {
        System.clearProperty("winnow.cache.home");
      } else {
        System.setProperty("winnow.cache.home", before);
      }
    }
  }

  @Test
  void aTypedPasswordReachesTheDriverButNoTextOfTheLocation() {
    ProjectLocation.Server plain = ProjectLocation.Server.parse("postgresql://ana@db/r");
    ProjectLocation.Server typed = plain.withPassword(Password.of("horse battery".toCharArray()));
    assertEquals("horse battery", typed.properties().getProperty("password"));
    assertEquals(Optional.of("horse battery"), typed.password());
    for (String shown :
        List.of(typed.display(), typed.toString(), typed.typedPassword().toString())) {
      assertTrue(!shown.contains("horse"), shown);
    }
    assertEquals(plain, typed.withoutPassword(), "without the password it is the same location");
    assertEquals(plain.display(), typed.display());
    assertTrue(!Password.of(new char[0]).isGiven(), "an empty field is no password");
  }
}
