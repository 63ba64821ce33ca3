package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code winnow audit}: the trail of changes, filtered by item and date, as text and JSON. */
class AuditCommandTest {
  @TempDir Path tmp;

  @Test
  void listsWhoDidWhatAndWhenByItemAndDate() throws Exception {
    String dir = tmp.resolve("review").toString();
    Path file =
        Files.writeString(
            tmp.resolve("records.ris"),
            "TY  - JOUR\nID  - r1\nTI  - Stroke unit care\nPY  - 2001\nER  - \n\n"
                + "TY  - JOUR\nID  - r2\nTI  - Other work\nPY  - 2002\nER  - \n\n");
    assertEquals(0, Cli.run("init", dir, "--by", "Ana").exitCode());
    assertEquals(
        0,
        Cli.run(
                "import",
                dir,
                file.toString(),
                "--source",
                "MEDLINE",
                "--source-type",
                "database",
                "--by",
                "Ana")
            .exitCode());
    assertEquals(0, Cli.run("reviewer", "add", dir, "Ben").exitCode());
    Cli screened =
        Cli.run(
            "screen",
            dir,
            "--stage",
            "title-abstract",
            "--reviewer",
            "Ben",
            "--item",
            "r1",
            "--decision",
            "include");
    assertEquals(0, screened.exitCode(), screened.err());

    Cli all = Cli.run("audit", dir, "--json");
    assertEquals(0, all.exitCode(), all.err());
    JsonNode entries = all.json().get("entries");
    assertEquals(
        List.of("create", "import", "reviewer-add", "decide"), actions(entries), all.out());
    JsonNode first = entries.get(0);
    List<String> keys = new ArrayList<>();
    first.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("id", "at", "actor", "action", "entity", "entityId", "detail"), keys);
    assertEquals("Ana", first.get("actor").asText());
    assertTrue(first.get("entityId").isNull(), "project-wide: " + first);
    assertEquals("import_batch", entries.get(1).get("entity").asText());
    assertEquals(1, entries.get(1).get("entityId").asInt());

    Cli item = Cli.run("audit", dir, "--item", "r1", "--json");
    assertEquals(0, item.exitCode(), item.err());
    assertEquals(List.of("import", "decide"), actions(item.json().get("entries")));
    Cli other = Cli.run("audit", dir, "--item", "r2", "--json");
    assertEquals(List.of("import"), actions(other.json().get("entries")));
    Cli unknown = Cli.run("audit", dir, "--item", "nothing", "--json");
    assertEquals(List.of(), actions(unknown.json().get("entries")));

    Cli future = Cli.run("audit", dir, "--since", "2999-01-01", "--json");
    assertEquals(List.of(), actions(future.json().get("entries")));
    Cli today = Cli.run("audit", dir, "--since", "2000-01-01");
    assertEquals(0, today.exitCode(), today.err());
    assertTrue(today.out().contains("decide"), today.out());
    assertTrue(today.out().contains("4 change(s)"), today.out());

    Cli bad = Cli.run("audit", dir, "--since", "last week");
    assertEquals(ExitCodes.BAD_INPUT, bad.exitCode());
    assertTrue(bad.err().contains("--since"), bad.err());
  }

  private static List<String> actions(JsonNode entries) {
    List<String> out = new ArrayList<>();
    entries.forEach(e -> out.add(e.get("action").asText()));
    return out;
  }
}
