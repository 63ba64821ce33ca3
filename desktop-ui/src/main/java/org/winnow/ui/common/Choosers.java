package org.winnow.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.Stage;

/** The reviewer and stage choosers that screening and conflicts share, and where to save a file. */
public final class Choosers {
  private Choosers() {}

  /** One kind of file offered when saving: "SVG figure" with extension "svg". */
  public record FileKind(String description, String extension) {}

  /**
   * Asks where to save a file: the system's dialog in the application; tests answer with a path of
   * their own, since no system dialog can be driven headless.
   */
  @FunctionalInterface
  public interface SaveDialog {
    /**
     * @param kinds the kinds offered, the first one preselected
     * @return the file, with the chosen kind's extension when its name had none; empty when
     *     cancelled
     */
    Optional<Path> choose(Window owner, String title, String initialName, List<FileKind> kinds);
  }

  /** The system's save dialog. */
  public static final SaveDialog SYSTEM_SAVE_DIALOG = Choosers::showSaveDialog;

  private static Optional<Path> showSaveDialog(
      Window owner, String title, String initialName, List<FileKind> kinds) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    for (FileKind k : kinds) {
      chooser
          .getExtensionFilters()
          .add(
              new FileChooser.ExtensionFilter(
                  k.description() + " (*." + k.extension() + ")", "*." + k.extension()));
    }
    chooser.setInitialFileName(initialName);
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return Optional.empty();
    }
    String name = file.getName();
    if (!name.contains(".") && chooser.getSelectedExtensionFilter() != null) {
      int i = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
      return Optional.of(file.toPath().resolveSibling(name + "." + kinds.get(i).extension()));
    }
    return Optional.of(file.toPath());
  }

  /** The team by name, bound both ways to the view model's choice. */
  public static ComboBox<Reviewer> reviewer(
      String id, ObservableList<Reviewer> team, Property<Reviewer> chosen, String tooltip) {
    ComboBox<Reviewer> box = new ComboBox<>(team);
    box.setId(id);
    box.setPromptText("Reviewer");
    box.setConverter(shown(Reviewer::name));
    box.valueProperty().bindBidirectional(chosen);
    box.setTooltip(new Tooltip(tooltip));
    return box;
  }

  /** Title and abstract, or full text, bound both ways to the view model's stage. */
  public static ComboBox<Stage> stage(String id, Property<Stage> chosen) {
    ComboBox<Stage> box = new ComboBox<>();
    box.getItems().setAll(Stage.values());
    box.setId(id);
    box.setConverter(shown(Choosers::stageName));
    box.valueProperty().bindBidirectional(chosen);
    return box;
  }

  public static String stageName(Stage s) {
    return s == Stage.TITLE_ABSTRACT ? "Title and abstract" : "Full text";
  }

  /** How a read-only choice box shows its values: by {@code name}, blank for none. */
  public static <T> StringConverter<T> shown(Function<T, String> name) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : name.apply(value);
      }

      @Override
      public T fromString(String s) {
        return null; // not editable
      }
    };
  }
}
