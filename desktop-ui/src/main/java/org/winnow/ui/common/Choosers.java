package org.winnow.ui.common;

import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.Stage;

/** The reviewer and stage choosers that screening and conflicts share. */
public final class Choosers {
  private Choosers() {}

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

  private static <T> StringConverter<T> shown(Function<T, String> name) {
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
