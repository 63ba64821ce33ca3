package org.winnow.ui.screening;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

/** A small dialog to edit the project's include and exclude keyword lists (one term per line). */
final class HighlightEditor {
  private HighlightEditor() {}

  static void edit(Node owner, ScreeningViewModel model) {
    HighlightTerms terms = model.highlightProperty().get();
    TextArea include = area("highlight-include-terms", terms.include());
    TextArea exclude = area("highlight-exclude-terms", terms.exclude());
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(6);
    grid.setPadding(new Insets(8));
    Label in = new Label("Include terms");
    in.getStyleClass().add("highlight-include-label");
    Label out = new Label("Exclude terms");
    out.getStyleClass().add("highlight-exclude-label");
    grid.add(in, 0, 0);
    grid.add(out, 1, 0);
    grid.add(include, 0, 1);
    grid.add(exclude, 1, 1);
    Label hint =
        new Label(
            "One word or phrase per line; a trailing * matches any ending (pregnan* finds pregnancy)."
                + " Saved with the project, so the whole team sees the same highlights.");
    hint.setWrapText(true);
    hint.setMaxWidth(520);
    hint.getStyleClass().add("text-muted");
    grid.add(hint, 0, 2, 2, 1);

    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle("Highlighted keywords");
    dialog.setHeaderText("Keywords highlighted in titles and abstracts");
    if (owner.getScene() != null) {
      dialog.initOwner(owner.getScene().getWindow());
    }
    ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(grid);
    dialog.setOnShown(e -> include.requestFocus());
    dialog
        .showAndWait()
        .filter(b -> b == save)
        .ifPresent(b -> model.saveHighlights(include.getText(), exclude.getText()));
  }

  private static TextArea area(String id, java.util.List<String> terms) {
    TextArea a = new TextArea(HighlightTerms.text(terms));
    a.setId(id);
    a.setPrefColumnCount(22);
    a.setPrefRowCount(12);
    return a;
  }
}
