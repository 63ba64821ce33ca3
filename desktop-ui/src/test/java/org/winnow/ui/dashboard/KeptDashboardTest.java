package org.winnow.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ProjectTransfer;
import org.winnow.core.project.ReviewProject;
import org.winnow.fixtures.TestPostgres;
import org.winnow.ui.ScreeningFixture;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;

/**
 * The dashboard's figures kept between sessions: a reopened project shows them at once, as current
 * only while nothing was written since, and a load always follows and replaces them.
 */
class KeptDashboardTest {
  @TempDir Path tmp;
  private List<String> ids;
  private String cacheHomeBefore;

  @BeforeEach
  void cacheHere() {
    cacheHomeBefore = System.getProperty("winnow.cache.home");
    System.setProperty("winnow.cache.home", tmp.resolve("cache").toString());
  }

  @AfterEach
  void cacheBack() {
    if (cacheHomeBefore == null) {
      System.clearProperty("winnow.cache.home");
    } else {
      System.setProperty("winnow.cache.home", cacheHomeBefore);
    }
  }

  /** What one session's dashboard showed, each time it showed figures. */
  private record Shown(
      DashboardViewModel.Figures which, List<Object> figures, String keptNote, String error) {}

  private static List<Object> figuresOf(DashboardViewModel vm) {
    return List.of(
        vm.recordsProperty().get(),
        vm.citationsProperty().get(),
        vm.duplicatesProperty().get(),
        vm.openConflictsProperty().get(),
        List.copyOf(vm.sources()),
        List.copyOf(vm.progress()),
        List.copyOf(vm.prisma()),
        vm.recallImageProperty().get() == null
            ? "no curve"
            : vm.recallImageProperty().get().getWidth()
                + "x"
                + vm.recallImageProperty().get().getHeight());
  }

  /** Opens the project in a new session, shows its dashboard once and closes the session. */
  private List<Shown> dashboardSession(ProjectLocation location) throws Exception {
    List<Shown> shown = new ArrayList<>();
    try (Session session = new Session(tmp.resolve("settings"))) {
      session.use(ReviewProject.open(location));
      DashboardViewModel vm =
          new DashboardViewModel(new AppContext(session, TaskRunner.sameThread()));
      vm.onShown(
          which ->
              shown.add(
                  new Shown(
                      which,
                      figuresOf(vm),
                      vm.keptNoteProperty().get(),
                      vm.errorProperty().get())));
      vm.refresh();
      assertEquals("", vm.errorProperty().get());
    }
    return shown;
  }

  private ProjectLocation folderProject() throws Exception {
    Path dir = tmp.resolve("review");
    ids = ScreeningFixture.create(dir, tmp);
    try (ReviewProject p = ReviewProject.open(dir)) {
      ScreeningFixture.decide(
          p, Stage.TITLE_ABSTRACT, ids.get(0), ScreeningFixture.ANA, DecisionValue.INCLUDE, null);
      ScreeningFixture.decide(
          p,
          Stage.TITLE_ABSTRACT,
          ids.get(0),
          ScreeningFixture.BEN,
          DecisionValue.EXCLUDE,
          "Wrong population");
    }
    return new ProjectLocation.Folder(dir);
  }

  private ProjectLocation serverProject() throws Exception {
    assumeTrue(TestPostgres.available(), "embedded PostgreSQL cannot start here");
    ProjectLocation.Folder folder = (ProjectLocation.Folder) folderProject();
    ProjectLocation.Server server = ProjectLocation.Server.parse(TestPostgres.newDatabase());
    ProjectTransfer.push(folder.path(), server);
    return server;
  }

  @Test
  void aReopenedFolderProjectShowsItsKeptFiguresAtOnceAndThenItsLoad() throws Exception {
    reopenedProjectShowsKeptFiguresAsCurrentUntilSomethingIsWritten(folderProject());
  }

  @Test
  void aReopenedTeamProjectShowsItsKeptFiguresAtOnceAndThenItsLoad() throws Exception {
    reopenedProjectShowsKeptFiguresAsCurrentUntilSomethingIsWritten(serverProject());
  }

  private void reopenedProjectShowsKeptFiguresAsCurrentUntilSomethingIsWritten(
      ProjectLocation location) throws Exception {
    List<Shown> first = dashboardSession(location);
    assertEquals(1, first.size(), "nothing was kept yet: the load is the first figures");
    assertEquals(DashboardViewModel.Figures.LOADED, first.get(0).which());
    List<Object> loaded = first.get(0).figures();

    // reopened with nothing written since: the kept figures are shown as current, then the load's
    List<Shown> again = dashboardSession(location);
    assertEquals(2, again.size());
    assertEquals(DashboardViewModel.Figures.KEPT, again.get(0).which());
    assertEquals("", again.get(0).keptNote());
    assertEquals(loaded, again.get(0).figures(), "the kept figures are the last load's");
    assertEquals(DashboardViewModel.Figures.LOADED, again.get(1).which());
    assertEquals(loaded, again.get(1).figures());

    // another reviewer decides while the dashboard is closed: the kept figures are an earlier state
    try (ReviewProject elsewhere = ReviewProject.open(location)) {
      ScreeningFixture.decide(
          elsewhere,
          Stage.TITLE_ABSTRACT,
          ids.get(1),
          ScreeningFixture.CHEN,
          DecisionValue.EXCLUDE,
          "Wrong population");
    }
    List<Shown> after = dashboardSession(location);
    assertEquals(2, after.size());
    assertEquals(DashboardViewModel.Figures.KEPT_EARLIER, after.get(0).which());
    assertFalse(after.get(0).which().current());
    assertTrue(after.get(0).keptNote().startsWith("Figures as of "), after.get(0).keptNote());
    assertEquals(loaded, after.get(0).figures(), "the earlier figures, as they were kept");
    assertEquals(DashboardViewModel.Figures.LOADED, after.get(1).which());
    assertEquals("", after.get(1).keptNote());
    assertNotEquals(loaded, after.get(1).figures(), "Chen's decision is in the load's progress");
  }

  @Test
  void aDamagedKeptFileIsLoadedOverWithoutAnError() throws Exception {
    ProjectLocation location = folderProject();
    dashboardSession(location);
    Path file;
    try (ReviewProject p = ReviewProject.open(location)) {
      file = KeptDashboard.of(p).file();
    }
    assertTrue(Files.size(file) > 0);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut short
    List<Shown> shown = dashboardSession(location);
    assertEquals(1, shown.size());
    assertEquals(DashboardViewModel.Figures.LOADED, shown.get(0).which());
    assertEquals("", shown.get(0).error());
    assertEquals(DashboardViewModel.Figures.KEPT, dashboardSession(location).get(0).which());
  }

  @Test
  void figuresKeptByAnotherBuildAreNeverCurrent() throws Exception {
    ProjectLocation location = folderProject();
    dashboardSession(location);
    try (ReviewProject p = ReviewProject.open(location)) {
      KeptDashboard kept = KeptDashboard.of(p);
      String key = kept.key(p);
      assertTrue(kept.open(key).orElseThrow().current());
      assertFalse(kept.open("another build " + p.appendMark()).orElseThrow().current());
    }
  }
}
