package org.winnow.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The migration history: versions from script names, and scripts split into statements. */
class MigrationScriptsTest {
  @Test
  void versionsComeFromTheNamesAndOnlyGrow() {
    assertEquals(16, Database.versionOf("V16__members.sql"));
    assertThrows(IllegalArgumentException.class, () -> Database.versionOf("members.sql"));
    int last = 0;
    for (String script : Database.MIGRATIONS) {
      int v = Database.versionOf(script);
      assertTrue(v > last, script + " comes after version " + last);
      last = v;
    }
    assertEquals(last, Database.SCHEMA_VERSION);
  }

  @Test
  void theServerOnlyStepSitsBesideItsScript() {
    String companion = Database.serverOnlyCompanion("V16__members.sql");
    assertEquals("V16__members.postgresql.sql", companion);
    assertNotNull(Database.class.getResource(companion));
  }

  @Test
  void aFunctionBodyIsOneStatementWhateverSemicolonsItHolds() {
    String script =
        "-- a comment; with a semicolon\n"
            + "CREATE TABLE t (a TEXT); -- trailing\n"
            + "CREATE FUNCTION f() RETURNS TRIGGER LANGUAGE plpgsql AS $$\n"
            + "BEGIN\n"
            + "  RAISE EXCEPTION 'no -- not this';\n"
            + "  RETURN NEW;\n"
            + "END\n"
            + "$$;\n"
            + "CREATE FUNCTION g() RETURNS INT LANGUAGE sql AS $$ SELECT 1 $$;\n"
            + "INSERT INTO t VALUES ('x')\n";
    List<String> statements = Database.splitStatements(script);
    assertEquals(4, statements.size(), statements.toString());
    assertEquals("CREATE TABLE t (a TEXT)", statements.get(0));
    assertTrue(statements.get(1).contains("RAISE EXCEPTION 'no -- not this';\n  RETURN NEW;"));
    assertTrue(statements.get(1).endsWith("$$"), statements.get(1));
    assertEquals(
        "CREATE FUNCTION g() RETURNS INT LANGUAGE sql AS $$ SELECT 1 $$", statements.get(2));
    assertEquals("INSERT INTO t VALUES ('x')", statements.get(3));
  }
}
