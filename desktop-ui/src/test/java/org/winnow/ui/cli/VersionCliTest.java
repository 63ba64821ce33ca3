package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code winnow --version}: the version, the build's commit and the runtime. */
class VersionCliTest {
  @Test
  void versionNamesTheBuildsCommitAndTheRuntime() {
    Cli r = Cli.run("--version");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().strip().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.get(0).matches("Winnow \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
    // the commit the build ran in (this checkout), or "unknown" outside git
    assertTrue(lines.get(1).matches("commit ([0-9a-f]{7,40}|unknown)"), lines.get(1));
    assertTrue(lines.get(2).startsWith("runtime Java " + Runtime.version()), lines.get(2));
    assertTrue(lines.get(2).contains(System.getProperty("java.home")), lines.get(2));
  }
}
