package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screening benchmark on a small project: it builds, screens and reports (no timing asserted).
 */
class BenchScreeningCommandTest {
  @TempDir Path tmp;

  @Test
  void buildsAProjectOnceThenReusesIt() {
    Path dir = tmp.resolve("bench");
    Cli first =
        Cli.run(
            "bench",
            "screening",
            "--records",
            "100",
            "--steps",
            "5",
            "--project",
            dir.toString(),
            "--json");
    assertEquals(0, first.exitCode(), first.err());
    JsonNode j = first.json();
    assertEquals(100, j.get("citations").asInt());
    assertEquals(50 + 30, j.get("decisions").asInt(), "A screened half, B 60% of those");
    assertEquals(5, j.get("steps").asInt());
    assertTrue(j.get("buildSeconds").asDouble() > 0);
    assertTrue(j.has("nextMedianMs") && j.has("dashboardCpuMedianMs"));
    assertTrue(Files.exists(dir.resolve("winnow.db")));

    Cli again =
        Cli.run("bench", "screening", "--steps", "5", "--project", dir.toString(), "--json");
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(0.0, again.json().get("buildSeconds").asDouble(), "reused, not rebuilt");
    assertEquals(80 + 5, again.json().get("decisions").asInt(), "the first run's 5 decisions");
  }

  @Test
  void badOptionsAreAUsageError() {
    assertEquals(2, Cli.run("bench", "screening", "--screened", "1.5").exitCode());
    Cli tooFew =
        Cli.run(
            "bench", "screening", "--records", "30", "--project", tmp.resolve("small").toString());
    assertEquals(2, tooFew.exitCode());
    assertTrue(tooFew.err().contains("too few for 200 steps"), tooFew.err());
  }
}
