package org.winnow.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.storage.Database;
import org.winnow.core.storage.FullTextDao;
import org.winnow.core.storage.ProjectCopy;
import org.winnow.core.storage.StorageException;

/**
 * Moves a whole project between a folder and a server database: every row with its id (records,
 * decisions, resolutions, extractions, the audit trail) and every attached PDF. The target must be
 * new and empty; it is written in one transaction, so a failed move leaves nothing half-written.
 */
public final class ProjectTransfer {
  private static final String FILES_TABLE = "fulltext_file";

  /** What was moved: rows per table, and PDF files. */
  public record Summary(String from, String to, Map<String, Long> rows, int fullTexts) {}

  private ProjectTransfer() {}

  /** Copies a folder project into an empty server database (winnow push). */
  public static Summary push(Path folder, ProjectLocation.Server server) throws ProjectException {
    try (ReviewProject source = ReviewProject.openReadOnly(folder, Duration.ZERO)) {
      Database target = open(() -> Database.open(server, true));
      try (target) {
        List<Path> pdfs = pdfs(source.folder().resolve(ReviewProject.FULLTEXT_FOLDER));
        return target.inTransaction(
            ProjectException.class,
            to -> {
              Map<String, Long> rows =
                  source.database().read(from -> ProjectCopy.copy(from, to, Set.of(FILES_TABLE)));
              for (Path pdf : pdfs) {
                String relative = source.folder().relativize(pdf).toString().replace('\\', '/');
                FullTextDao.put(to, relative, read(pdf));
              }
              return new Summary(source.location().display(), server.display(), rows, pdfs.size());
            });
      } catch (StorageException e) {
        throw new ProjectException("cannot push to " + server.display() + ": " + e.getMessage());
      }
    }
  }

  /** Writes a complete local copy of a server project into a new or empty folder (winnow pull). */
  public static Summary pull(ProjectLocation.Server server, Path folder) throws ProjectException {
    Path dir = folder.toAbsolutePath().normalize();
    try (ReviewProject source = ReviewProject.openReadOnly(server, Duration.ZERO);
        ReviewProject target = ReviewProject.create(dir, null, "pull")) {
      try {
        return target
            .database()
            .inTransaction(
                ProjectException.class,
                to -> {
                  Map<String, Long> rows =
                      source
                          .database()
                          .read(from -> ProjectCopy.copy(from, to, Set.of(FILES_TABLE)));
                  List<String> paths = source.database().read(from -> FullTextDao.paths(from));
                  for (String relative : paths) {
                    byte[] content =
                        source
                            .database()
                            .read(from -> FullTextDao.get(from, relative))
                            .orElseThrow();
                    write(target.fullTextFile(relative), content);
                  }
                  return new Summary(server.display(), dir.toString(), rows, paths.size());
                });
      } catch (StorageException e) {
        throw new ProjectException("cannot pull " + server.display() + ": " + e.getMessage());
      }
    }
  }

  private static Database open(java.util.function.Supplier<Database> opening)
      throws ProjectException {
    try {
      return opening.get();
    } catch (StorageException e) {
      throw new ProjectException(e.getMessage());
    }
  }

  private static List<Path> pdfs(Path folder) throws ProjectException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new ProjectException("cannot list " + folder + ": " + e.getMessage());
    }
  }

  private static byte[] read(Path file) throws ProjectException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ProjectException("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static void write(Path file, byte[] content) throws ProjectException {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new ProjectException("cannot write " + file + ": " + e.getMessage());
    }
  }
}
