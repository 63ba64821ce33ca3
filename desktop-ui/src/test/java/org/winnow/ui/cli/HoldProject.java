package org.winnow.ui.cli;

import java.nio.file.Path;
import org.winnow.core.project.ReviewProject;

/**
 * Opens a project for writing in its own JVM, says "held" on stdout, and keeps it until its stdin
 * closes: another process holding the project, for lock tests.
 */
public final class HoldProject {
  private HoldProject() {}

  public static void main(String[] args) throws Exception {
    try (ReviewProject p = ReviewProject.open(Path.of(args[0]))) {
      System.out.println("held");
      System.out.flush();
      System.in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }
}
