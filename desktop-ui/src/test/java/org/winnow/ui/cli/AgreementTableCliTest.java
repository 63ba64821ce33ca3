package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement table in text says which reviewer is the rows and which the columns (issue 12). */
class AgreementTableCliTest {
  @TempDir Path tmp;

  @Test
  void theTableHasHeaders() throws Exception {
    String dir = tmp.resolve("review").toString();
    StringBuilder ris = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      ris.append("TY  - JOUR\nID  - r").append(i).append("\nTI  - Title ").append(i * 31);
      ris.append("\nER  - \n\n");
    }
    Path file = Files.writeString(tmp.resolve("r.ris"), ris);
    assertEquals(0, Cli.run("init", dir).exitCode());
    assertEquals(
        0,
        Cli.run("import", dir, file.toString(), "--source", "MEDLINE", "--source-type", "database")
            .exitCode());
    String[][] decisions = {
      {"Ana", "record_id,decision\nr1,include\nr2,include\nr3,exclude\nr4,exclude\n"},
      {"Ben", "record_id,decision\nr1,include\nr2,exclude\nr3,exclude\nr4,exclude\n"}
    };
    for (String[] d : decisions) {
      assertEquals(0, Cli.run("reviewer", "add", dir, d[0]).exitCode());
      Path f = Files.writeString(tmp.resolve(d[0] + ".csv"), d[1]);
      assertEquals(
          0,
          Cli.run(
                  "screen",
                  dir,
                  "--stage",
                  "title-abstract",
                  "--reviewer",
                  d[0],
                  "--decisions",
                  f.toString())
              .exitCode());
    }
    Cli r = Cli.run("agreement", dir, "--stage", "title-abstract");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        Pattern.compile("(?m)^\\s+Ana \\\\ Ben\\s+exclude\\s+include\\s*$").matcher(r.out()).find(),
        r.out());
    assertTrue(Pattern.compile("(?m)^\\s+exclude\\s+2\\s+0\\s*$").matcher(r.out()).find(), r.out());
    assertTrue(Pattern.compile("(?m)^\\s+include\\s+1\\s+1\\s*$").matcher(r.out()).find(), r.out());
  }
}
