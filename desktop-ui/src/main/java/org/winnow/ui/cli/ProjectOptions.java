package org.winnow.ui.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every project verb shares. */
final class ProjectOptions {
  @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
  Path dir;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Option(
      names = "--by",
      paramLabel = "WHO",
      description = "Who does this, for the audit trail (default: the system user name).")
  String actor = System.getProperty("user.name", "unknown");
}
