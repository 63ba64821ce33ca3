package org.winnow.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.winnow.core.model.ExclusionReason;

/**
 * The project's exclusion reasons, picked by keyboard: a digit picks the reason with that number,
 * arrows and Enter pick the selected one, Escape cancels. Shown inline (no dialog window), so the
 * reviewer's eyes stay on the item.
 */
public final class ReasonPicker extends VBox {
  private final ListView<ExclusionReason> list = new ListView<>();
  private final BooleanProperty picking = new SimpleBooleanProperty(false);
  private Consumer<ExclusionReason> onPick = r -> {};
  private Runnable onCancel = () -> {};

  public ReasonPicker() {
    super(6);
    getStyleClass().add("reason-picker");
    Label hint = new Label("Reason for exclusion: 1–9, or ↑ ↓ and Enter; Esc cancels");
    hint.getStyleClass().add("text-muted");
    list.setId("reason-list");
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(ExclusionReason r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : (getIndex() + 1) + "   " + r.label());
              }
            });
    list.setPrefHeight(220);
    list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    list.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            pick(list.getSelectionModel().getSelectedItem());
          }
        });
    getChildren().addAll(hint, list);
    visibleProperty().bind(picking);
    managedProperty().bind(picking);
  }

  /** Shows the reasons and focuses them; {@code onPick} gets the chosen one. */
  public void show(
      List<ExclusionReason> reasons, Consumer<ExclusionReason> onPick, Runnable onCancel) {
    this.onPick = onPick;
    this.onCancel = onCancel;
    list.getItems().setAll(reasons);
    list.getSelectionModel().selectFirst();
    picking.set(true);
    list.requestFocus();
  }

  private void key(KeyEvent e) {
    KeyCode code = e.getCode();
    if (code == KeyCode.ESCAPE) {
      picking.set(false);
      onCancel.run();
      e.consume();
    } else if (code == KeyCode.ENTER) {
      pick(list.getSelectionModel().getSelectedItem());
      e.consume();
    } else if (code.isDigitKey()) {
      String name = code.getName(); // "1" or "Numpad 1"
      int n = name.charAt(name.length() - 1) - '1';
      if (n >= 0 && n < list.getItems().size()) {
        pick(list.getItems().get(n));
      }
      e.consume();
    } else if (!code.isNavigationKey()) {
      e.consume(); // decision keys must not reach the view while a reason is being picked
    }
  }

  private void pick(ExclusionReason r) {
    if (r != null) {
      picking.set(false);
      onPick.accept(r);
    }
  }

  public BooleanProperty pickingProperty() {
    return picking;
  }
}
