package org.winnow.ui.common;

import javafx.scene.control.Label;
import org.winnow.core.model.DecisionValue;

/** A decision shown as a small coloured tag, the same in every view. */
public final class DecisionBadge {
  private DecisionBadge() {}

  public static Label of(DecisionValue value, String text) {
    Label l = new Label(text);
    l.getStyleClass().addAll("decision-badge", styleClass(value));
    return l;
  }

  /** The style class of a decision value: decision-include, decision-exclude, decision-maybe. */
  public static String styleClass(DecisionValue value) {
    return value == null ? "decision-none" : "decision-" + value.cliName();
  }

  /** Sets a label to show a decision (or nothing yet). */
  public static void show(Label label, DecisionValue value, String text) {
    label.getStyleClass().removeIf(c -> c.startsWith("decision-") && !c.equals("decision-badge"));
    if (!label.getStyleClass().contains("decision-badge")) {
      label.getStyleClass().add("decision-badge");
    }
    label.getStyleClass().add(styleClass(value));
    label.setText(text);
  }
}
