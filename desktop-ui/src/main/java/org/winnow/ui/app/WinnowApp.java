package org.winnow.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.BuildInfo;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;
import org.winnow.ui.report.ReviewPackView;
import org.winnow.ui.report.ReviewPackViewModel;
import org.winnow.ui.shell.Feature;
import org.winnow.ui.shell.ShellView;
import org.winnow.ui.shell.ShellViewModel;
import org.winnow.ui.start.StartView;
import org.winnow.ui.start.StartViewModel;

/** The composition root of the desktop application. */
public final class WinnowApp extends Application {
  private Session session;
  private TaskRunner tasks;

  @Override
  public void start(Stage stage) {
    Path settings = Session.defaultSettings();
    session = new Session(settings);
    tasks = TaskRunner.background();
    Scene scene = build(new AppContext(session, tasks), settings);
    scene.getProperties().put(HostServices.class, getHostServices()); // DOI links (common.Links)
    stage.setScene(scene);
    stage.setTitle("Winnow");
    stage
        .getIcons()
        .add(new Image(WinnowApp.class.getResource("/org/winnow/ui/winnow.png").toExternalForm()));
    stage.setWidth(1280);
    stage.setHeight(820);
    stage.show();
    if (getParameters().getRaw().contains("--demo")) {
      startModel.openDemo();
    } else {
      getParameters().getRaw().stream()
          .filter(a -> !a.startsWith("--"))
          .findFirst()
          .ifPresent(startModel::open);
    }
  }

  private StartViewModel startModel;

  /** Builds the whole scene; also used by the view tests. */
  Scene build(AppContext context, Path settings) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    List<Feature> features = Features.all(context);
    ShellViewModel shell = new ShellViewModel(context, features);
    startModel = new StartViewModel(context, settings);
    StartView start = new StartView(startModel);
    MenuBar menu = menu(shell, startModel);
    ShellView view = new ShellView(shell, start, menu);
    Scene scene = new Scene(view);
    scene
        .getStylesheets()
        .add(WinnowApp.class.getResource("/org/winnow/ui/winnow.css").toExternalForm());
    return scene;
  }

  private MenuBar menu(ShellViewModel shell, StartViewModel start) {
    Menu file = new Menu("_File");
    MenuBar[] bar = new MenuBar[1];
    MenuItem team = new MenuItem("Open team project…");
    team.setOnAction(
        e ->
            StartView.showTeamProject(
                start, null, bar[0].getScene() == null ? null : bar[0].getScene().getWindow()));
    MenuItem demo = new MenuItem("Open demo review");
    demo.setOnAction(e -> start.openDemo());
    MenuItem close = new MenuItem("Close project");
    close.setAccelerator(KeyCombination.keyCombination("Shortcut+W"));
    close.setOnAction(e -> shell.context().session().close());
    MenuItem quit = new MenuItem("Quit");
    quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
    quit.setOnAction(e -> Platform.exit());
    ReviewPackView pack = new ReviewPackView(new ReviewPackViewModel(shell.context()));
    MenuItem export =
        pack.menuItem(() -> bar[0].getScene() == null ? null : bar[0].getScene().getWindow());
    file.getItems()
        .addAll(team, demo, close, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);
    Menu view = new Menu("_View");
    ToggleGroup theme = new ToggleGroup();
    RadioMenuItem light = new RadioMenuItem("Light theme");
    light.setToggleGroup(theme);
    light.setSelected(true);
    light.setOnAction(
        e -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    RadioMenuItem dark = new RadioMenuItem("Dark theme");
    dark.setToggleGroup(theme);
    dark.setOnAction(
        e -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
    view.getItems().addAll(light, dark);
    Menu help = new Menu("_Help");
    MenuItem keys = new MenuItem("Keyboard shortcuts");
    keys.setAccelerator(KeyCombination.keyCombination("F1"));
    keys.setOnAction(
        e -> {
          Alert a = new Alert(Alert.AlertType.INFORMATION);
          a.setHeaderText("Keyboard shortcuts");
          a.setContentText(Shortcuts.text(shell.features()));
          a.show();
        });
    MenuItem about = new MenuItem("About Winnow");
    about.setOnAction(
        e -> {
          Alert a = new Alert(Alert.AlertType.INFORMATION);
          a.setTitle("About Winnow");
          a.setHeaderText("Winnow: systematic reviews, offline");
          a.setContentText(String.join("\n", BuildInfo.current().lines()));
          a.show();
        });
    help.getItems().addAll(keys, new SeparatorMenuItem(), about);
    bar[0] = new MenuBar(file, view, ShellView.goMenu(shell), help);
    return bar[0];
  }

  @Override
  public void stop() {
    if (tasks != null) {
      tasks.close();
    }
    if (session != null) {
      session.close();
    }
  }
}
