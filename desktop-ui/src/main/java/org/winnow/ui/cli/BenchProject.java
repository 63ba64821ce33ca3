package org.winnow.ui.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.SourceType;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;

/**
 * The large projects the benchmarks build: a folder or an empty server database gets a project
 * holding seeded synthetic citations (or a given file); one that holds a project is reused.
 */
final class BenchProject {
  private BenchProject() {}

  /** A project just built, open, and the seconds its import took. */
  record Built(ReviewProject project, double importSeconds) {}

  /** Whether the location already holds a project to reuse. */
  static boolean exists(ProjectLocation dir) {
    if (dir instanceof ProjectLocation.Folder f) {
      return Files.exists(f.path().resolve(ReviewProject.DATABASE_FILE));
    }
    // opened for writing, so that a project of an older schema is migrated and reused
    try (ReviewProject p = ReviewProject.open(dir)) {
      return true;
    } catch (ProjectException e) {
      return false; // an empty database: the project is built in it
    }
  }

  /**
   * Creates the project named {@code name} and imports {@code file}, or {@code records} seeded
   * synthetic citations written under {@code tmp} when file is null; the caller closes it.
   */
  static Built create(
      ProjectLocation dir,
      String name,
      Path file,
      int records,
      long seed,
      Path tmp,
      PrintWriter progress)
      throws Exception {
    Path source = file;
    if (source == null) {
      source = tmp.resolve("synthetic.ris");
      SyntheticRis.write(source, records, seed);
    }
    ReviewProject p = ReviewProject.create(dir, name, "bench");
    try {
      long started = System.nanoTime();
      p.imports()
          .importFiles(
              new ImportRequest(
                  List.of(source), "bench", SourceType.DATABASE, null, null, null, true, "bench"),
              new StderrProgress(progress));
      return new Built(p, (System.nanoTime() - started) / 1e9);
    } catch (Exception | Error e) {
      p.close();
      throw e;
    }
  }
}
