package org.winnow.ui.common;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;

/** Table columns of text computed from a row (rows are immutable records, so no binding). */
public final class Columns {
  private Columns() {}

  public static <T> TableColumn<T, String> text(
      String name, Function<T, String> value, double prefWidth) {
    TableColumn<T, String> c = new TableColumn<>(name);
    c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
    c.setPrefWidth(prefWidth);
    return c;
  }
}
