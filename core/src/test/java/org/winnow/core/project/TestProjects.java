package org.winnow.core.project;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.storage.Database;
import org.winnow.fixtures.TestPostgres;

/**
 * The engine the storage and service tests run on, chosen by the system property {@code
 * winnow.test.engine}: {@code sqlite} (the default: the test's folder) or {@code postgresql} (a
 * fresh database on the embedded test server for each folder a test names, which the same folder
 * finds again when the test reopens its project). The same tests thus run on both engines; core's
 * pom runs them a second time with {@code -Dwinnow.test.engine=postgresql}.
 */
public final class TestProjects {
  private static final Map<Path, ProjectLocation> LOCATIONS = new ConcurrentHashMap<>();

  private TestProjects() {}

  /** Whether this run's projects are on the PostgreSQL test server. */
  public static boolean onServer() {
    return "postgresql".equalsIgnoreCase(System.getProperty("winnow.test.engine", "sqlite"));
  }

  /** The location that stands for this folder in this run: the folder, or its server database. */
  public static ProjectLocation location(Path folder) {
    if (!onServer()) {
      return new ProjectLocation.Folder(folder);
    }
    return LOCATIONS.computeIfAbsent(
        folder.toAbsolutePath().normalize(),
        f -> ProjectLocation.parse(TestPostgres.newDatabase()));
  }

  public static ReviewProject create(Path folder, String name, String actor)
      throws ProjectException {
    return ReviewProject.create(location(folder), name, actor);
  }

  public static ReviewProject open(Path folder) throws ProjectException {
    return ReviewProject.open(location(folder));
  }

  public static ReviewProject open(Path folder, Duration wait) throws ProjectException {
    return ReviewProject.open(location(folder), wait);
  }

  public static ReviewProject openReadOnly(Path folder) throws ProjectException {
    return ReviewProject.openReadOnly(location(folder), Duration.ZERO);
  }

  /** A new project database (no project row), in the folder or on the server. */
  public static Database database(Path folder) {
    ProjectLocation location = location(folder);
    return location instanceof ProjectLocation.Server s
        ? Database.open(s, true)
        : Database.open(folder.resolve(ReviewProject.DATABASE_FILE));
  }
}
