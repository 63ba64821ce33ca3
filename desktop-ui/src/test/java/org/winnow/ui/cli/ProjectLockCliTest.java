package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes: while one holds a project for writing, a second writer is refused with a message
 * naming the holder (also after the lock file is deleted), waits with {@code --wait}, and the
 * read-only verbs work.
 */
class ProjectLockCliTest {
  @TempDir Path tmp;

  @Test
  void aSecondWriterIsRefusedEvenWithoutTheLockFileAndReadersWork() throws Exception {
    String dir = tmp.resolve("review").toString();
    Path file =
        Files.writeString(
            tmp.resolve("records.ris"),
            "TY  - JOUR\nID  - r1\nTI  - Stroke unit care\nPY  - 2001\nER  - \n\n"
                + "TY  - JOUR\nID  - r2\nTI  - Other work\nPY  - 2002\nER  - \n\n");
    assertEquals(0, Cli.run("init", dir).exitCode());
    assertEquals(
        0,
        Cli.run("import", dir, file.toString(), "--source", "MEDLINE", "--source-type", "database")
            .exitCode());

    Process holder = hold(dir);
    try {
      Cli refused = Cli.run("reviewer", "add", dir, "Ben");
      assertEquals(ExitCodes.BAD_INPUT, refused.exitCode(), refused.err());
      assertTrue(refused.err().contains("process " + holder.pid()), refused.err());

      Files.delete(Path.of(dir, ".winnow.lock")); // looks stale: a user deletes it
      Cli again = Cli.run("reviewer", "add", dir, "Ben");
      assertEquals(ExitCodes.BAD_INPUT, again.exitCode(), again.err());
      assertTrue(again.err().contains("open in another window or process"), again.err());

      Cli info = Cli.run("info", dir, "--json");
      assertEquals(0, info.exitCode(), info.err());
      assertEquals(2, info.json().get("records").asInt());
      Cli search = Cli.run("search", dir, "stroke", "--json");
      assertEquals(0, search.exitCode(), search.err());
      assertEquals(1, search.json().get("total").asInt());
      for (List<String> verb :
          List.of(
              List.of("progress", dir),
              List.of("conflicts", dir, "--stage", "title-abstract"),
              List.of("agreement", dir, "--stage", "title-abstract"),
              List.of("prisma", dir),
              List.of("export", dir, "--format", "ris"))) {
        Cli read = Cli.run(verb.toArray(String[]::new));
        assertEquals(0, read.exitCode(), verb + ": " + read.err());
      }

      // --wait: the holder lets go after a second, the writer then goes ahead
      CompletableFuture<Void> release =
          CompletableFuture.runAsync(
              () -> {
                try {
                  Thread.sleep(1000);
                  holder.getOutputStream().close();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      Cli waited = Cli.run("reviewer", "add", dir, "Ben", "--wait", "60");
      assertEquals(0, waited.exitCode(), waited.err());
      release.join();
    } finally {
      holder.destroyForcibly();
      holder.waitFor(30, TimeUnit.SECONDS);
    }
    Cli negative = Cli.run("info", dir, "--wait", "-1");
    assertEquals(ExitCodes.USAGE, negative.exitCode(), negative.err());
  }

  private static Process hold(String dir) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(HoldProject.class.getName());
    cmd.add(dir);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.equals("held")) {
        return p;
      }
    }
    throw new AssertionError("the holding process ended before it held the project");
  }
}
