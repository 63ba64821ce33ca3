package org.winnow.ui.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The File menu's "Export review pack…": asks for a folder, asks before replacing an earlier pack,
 * and says where the pack went (or why not).
 */
public final class ReviewPackView {
  public static final KeyCombination SHORTCUT = KeyCombination.keyCombination("Shortcut+Shift+E");

  private final ReviewPackViewModel model;
  private final Function<Window, Path> chooseFolder;

  public ReviewPackView(ReviewPackViewModel model) {
    this(model, ReviewPackView::chooseWithDialog);
  }

  /**
   * @param chooseFolder asks for the folder (null when the person cancels); tests give one
   */
  public ReviewPackView(ReviewPackViewModel model, Function<Window, Path> chooseFolder) {
    this.model = model;
    this.chooseFolder = chooseFolder;
    model.statusProperty().addListener((obs, old, now) -> tell(Alert.AlertType.INFORMATION, now));
    model.errorProperty().addListener((obs, old, now) -> tell(Alert.AlertType.ERROR, now));
  }

  public MenuItem menuItem(java.util.function.Supplier<Window> owner) {
    MenuItem item = new MenuItem("Export review pack…");
    item.setId("menu-export-review-pack");
    item.setAccelerator(SHORTCUT);
    item.disableProperty().bind(model.unavailable());
    item.setOnAction(e -> export(owner.get()));
    return item;
  }

  void export(Window owner) {
    Path chosen = chooseFolder.apply(owner);
    if (chosen == null) {
      return;
    }
    ReviewPackViewModel.Target target;
    try {
      target = model.target(chosen);
    } catch (IOException e) {
      tell(Alert.AlertType.ERROR, "Cannot read the folder " + chosen + ": " + e.getMessage());
      return;
    }
    if (target.replaces()) {
      Alert ask =
          new Alert(
              Alert.AlertType.CONFIRMATION,
              "Replace the review pack in " + target.folder() + "?",
              ButtonType.OK,
              ButtonType.CANCEL);
      ask.setHeaderText("A review pack is already there");
      if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
        return;
      }
    }
    model.export(target);
  }

  private static Path chooseWithDialog(Window owner) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Export the review pack into a folder");
    File dir = chooser.showDialog(owner);
    return dir == null ? null : dir.toPath();
  }

  private static void tell(Alert.AlertType type, String message) {
    if (message == null || message.isEmpty()) {
      return;
    }
    Alert a = new Alert(type, message, ButtonType.OK);
    a.setHeaderText(type == Alert.AlertType.ERROR ? "Review pack" : "Review pack exported");
    a.show();
  }
}
