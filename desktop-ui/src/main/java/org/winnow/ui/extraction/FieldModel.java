package org.winnow.ui.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.winnow.core.extraction.FieldInput;
import org.winnow.core.extraction.FieldSpec;
import org.winnow.core.extraction.FieldType;
import org.winnow.core.extraction.FieldValue;

/**
 * One field of one entry as typed: the text (choice fields hold option values, several separated by
 * "; "), the unit picked beside a number, and "not reported". What is wrong with it is read by the
 * same rules as an answers file ({@link FieldInput}), plus the checks between fields of its entry.
 */
public final class FieldModel {
  private final FieldSpec spec;
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty unit = new SimpleStringProperty();
  private final BooleanProperty notReported = new SimpleBooleanProperty();
  private final StringProperty problem = new SimpleStringProperty("");
  private String ownProblem = "";
  private String crossProblem = "";

  FieldModel(FieldSpec spec) {
    this.spec = spec;
    if (!spec.units().isEmpty()) {
      unit.set(spec.units().get(0));
    }
  }

  public FieldSpec spec() {
    return spec;
  }

  public StringProperty textProperty() {
    return text;
  }

  public StringProperty unitProperty() {
    return unit;
  }

  public BooleanProperty notReportedProperty() {
    return notReported;
  }

  /** What is wrong with the answer (empty when nothing is). */
  public ReadOnlyStringProperty problemProperty() {
    return problem;
  }

  /** Whether anything was typed or "not reported" ticked. */
  boolean answered() {
    return notReported.get() || !text.get().isBlank();
  }

  /** The answer, read and checked now; empty when none or not valid (see the problem). */
  Optional<FieldValue> value() {
    if (notReported.get()) {
      ownProblem = "";
      return Optional.of(new FieldValue.NotReported());
    }
    try {
      Optional<FieldValue> v = FieldInput.read(spec, text.get(), unit.get());
      ownProblem = v.isEmpty() && spec.required() ? "Required: an answer, or NR (Ctrl+N)" : "";
      return v;
    } catch (IllegalArgumentException e) {
      ownProblem = e.getMessage();
      return Optional.empty();
    }
  }

  void crossProblem(String message) {
    crossProblem = message;
    problem.set(ownProblem.isEmpty() ? crossProblem : ownProblem);
  }

  /** The answer as an answers file holds it. */
  JsonNode json() {
    if (notReported.get()) {
      return JsonNodeFactory.instance.textNode(FieldValue.NOT_REPORTED);
    }
    return FieldInput.json(spec, text.get(), spec.units().isEmpty() ? null : unit.get());
  }

  /** Shows a stored answer. */
  void show(FieldValue v) {
    if (v instanceof FieldValue.NotReported) {
      notReported.set(true);
      text.set("");
    } else {
      notReported.set(false);
      text.set(v.text());
      if (v instanceof FieldValue.Decimal d && d.unit() != null) {
        unit.set(d.unit());
      }
    }
  }

  /** Shows an answer as a draft holds it (typed, perhaps not valid). */
  void show(JsonNode node) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isTextual() && FieldInput.isNotReported(node.asText())) {
      notReported.set(true);
      return;
    }
    if (node.isObject()) {
      text.set(node.path("value").asText(""));
      if (node.hasNonNull("unit")) {
        unit.set(node.get("unit").asText());
      }
    } else if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(n -> parts.add(n.asText()));
      text.set(String.join("; ", parts));
    } else {
      text.set(node.asText());
    }
  }

  /** For a multiple-choice field: whether an option is chosen. */
  boolean chosen(String option) {
    return spec.type() == FieldType.MULTIPLE_CHOICE
        && List.of(text.get().split(";")).stream().map(String::strip).anyMatch(option::equals);
  }

  /** For a multiple-choice field: chooses or un-chooses an option, keeping the template's order. */
  void choose(String option, boolean on) {
    List<String> out = new ArrayList<>();
    for (var o : spec.choices()) {
      boolean was = chosen(o.value());
      if (o.value().equals(option) ? on : was) {
        out.add(o.value());
      }
    }
    text.set(String.join("; ", out));
  }
}
