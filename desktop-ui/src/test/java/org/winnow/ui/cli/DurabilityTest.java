package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load of decisions is durable once the command returns: the JVM is killed right after it
 * (no clean close), and a new process finds every decision.
 */
class DurabilityTest {
  @TempDir Path tmp;

  @Test
  void decisionsSurviveAKilledJvm() throws Exception {
    String dir = tmp.resolve("review").toString();
    StringBuilder ris = new StringBuilder();
    StringBuilder csv = new StringBuilder("record_id,decision,reason,note\n");
    for (int i = 1; i <= 200; i++) {
      ris.append("TY  - JOUR\nID  - r")
          .append(i)
          .append("\nTI  - Title number ")
          .append(i)
          .append(" about perinatal care\nPY  - 2020\nER  - \n\n");
      csv.append("r")
          .append(i)
          .append(',')
          .append(i % 3 == 0 ? "exclude" : "include")
          .append(",,\n");
    }
    Path file = Files.writeString(tmp.resolve("records.ris"), ris);
    Path decisions = Files.writeString(tmp.resolve("decisions.csv"), csv);
    assertEquals(0, Cli.run("init", dir).exitCode());
    assertEquals(
        0,
        Cli.run("import", dir, file.toString(), "--source", "MEDLINE", "--source-type", "database")
            .exitCode());
    assertEquals(0, Cli.run("reviewer", "add", dir, "Ana").exitCode());

    Process p =
        java(
            List.of(
                "screen",
                dir,
                "--stage",
                "title-abstract",
                "--reviewer",
                "Ana",
                "--decisions",
                decisions.toString()));
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor(120, TimeUnit.SECONDS);
    assertEquals(137, p.exitValue(), "the child was killed after the command returned: " + out);

    Cli progress = Cli.run("progress", dir, "--json");
    assertEquals(0, progress.exitCode(), progress.err());
    assertEquals(200, progress.json().get("progress").get(0).get("screened").asInt());
  }

  private static Process java(List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(HaltAfter.class.getName());
    cmd.addAll(args);
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }
}
