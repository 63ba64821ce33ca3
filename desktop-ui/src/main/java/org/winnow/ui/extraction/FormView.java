package org.winnow.ui.extraction;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.winnow.core.extraction.ChoiceOption;
import org.winnow.core.extraction.FieldSpec;
import org.winnow.core.extraction.FieldType;
import org.winnow.ui.common.Choosers;

/**
 * A form template rendered as a form: sections, their entries (added and removed), and one row per
 * field with its label (a red star when required), its control by field type, "NR" (not reported),
 * the TIDieR "where reported" field beside the item it belongs to, help text, and what is wrong
 * with the answer right under it. Tab follows the form's order, text areas included.
 */
public final class FormView extends VBox {
  /** Keys under which each control remembers its field, entry and section (for the shortcuts). */
  static final String FIELD = "winnow.field";

  static final String ENTRY = "winnow.entry";
  static final String SECTION = "winnow.section";

  /** A field whose id is another field's id + this is shown beside it ("where reported"). */
  static final String WHERE_SUFFIX = "_where";

  private final FormModel model;

  /** The entries rendered field by field; the others show as one line until opened. */
  private final java.util.Set<EntryModel> open = new java.util.HashSet<>();

  private final java.util.Map<SectionModel, Runnable> fillers = new java.util.HashMap<>();

  /** One tooltip for every NR box (a tooltip per field costs more than the field). */
  private final Tooltip notReportedTip = new Tooltip("Not reported (Ctrl+N in the field)");

  public FormView(FormModel model) {
    this.model = model;
    setId("extraction-form");
    getStyleClass().add("extraction-form");
    setSpacing(14);
    setPadding(new Insets(8, 12, 16, 4));
    Label title = new Label(model.template().title() + "  (" + model.template().ref() + ")");
    title.getStyleClass().add("title-3");
    getChildren().add(title);
    for (SectionModel s : model.sections()) {
      getChildren().add(section(s));
    }
  }

  public FormModel model() {
    return model;
  }

  private Node section(SectionModel s) {
    VBox box = new VBox(8);
    box.getStyleClass().add("extraction-section");
    Label heading = new Label(s.spec().label());
    heading.getStyleClass().add("title-4");
    box.getChildren().add(heading);
    if (s.spec().help() != null) {
      Label help = new Label(s.spec().help());
      help.getStyleClass().addAll("text-muted", "text-small");
      help.setWrapText(true);
      box.getChildren().add(help);
    }
    VBox entries = new VBox(10);
    box.getChildren().add(entries);
    if (!s.entries().isEmpty()) {
      open.add(s.entries().get(0));
    }
    Runnable fill =
        () -> {
          entries.getChildren().clear();
          for (int i = 0; i < s.entries().size(); i++) {
            EntryModel e = s.entries().get(i);
            entries.getChildren().add(open.contains(e) ? entry(s, e, i) : summary(s, e, i));
          }
        };
    fillers.put(s, fill);
    fill.run();
    s.entries()
        .addListener(
            (ListChangeListener<EntryModel>)
                c -> {
                  while (c.next()) {
                    open.addAll(c.getAddedSubList()); // an entry just added is worked on
                  }
                  fill.run();
                });
    if (s.spec().repeats()) {
      Button add = new Button("Add " + s.spec().unitName() + " (Ctrl+Shift+N)");
      add.setId("add-" + s.spec().id());
      add.setFocusTraversable(false);
      add.setOnAction(e -> focusFirst(s.add()));
      add.getProperties().put(SECTION, s);
      box.getChildren().add(add);
      box.getProperties().put(SECTION, s);
    }
    box.getProperties().put(SECTION, s);
    return box;
  }

  private Node entry(SectionModel s, EntryModel e, int index) {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(4);
    ColumnConstraints label = new ColumnConstraints(110, 160, 220);
    ColumnConstraints value = new ColumnConstraints(120, 300, Double.MAX_VALUE);
    value.setHgrow(Priority.ALWAYS);
    ColumnConstraints where = new ColumnConstraints(80, 120, 180);
    ColumnConstraints notReported = new ColumnConstraints(40, 50, 60);
    grid.getColumnConstraints().addAll(label, value, where, notReported);
    int row = 0;
    for (FieldModel f : e.fields()) {
      if (isWhere(e, f)) {
        continue; // shown beside its item
      }
      FieldModel whereField = e.field(f.spec().id() + WHERE_SUFFIX).orElse(null);
      Label name = new Label(f.spec().label() + (f.spec().required() ? " *" : ""));
      name.setWrapText(true);
      if (f.spec().required()) {
        name.getStyleClass().add("extraction-required");
      }
      Node control = control(f, s, e);
      name.setLabelFor(control);
      grid.add(name, 0, row);
      grid.add(control, 1, row);
      if (whereField != null) {
        TextField w = new TextField();
        w.setPromptText("where reported");
        w.setId(s.spec().id() + "-" + index + "-" + whereField.spec().id());
        w.textProperty().bindBidirectional(whereField.textProperty());
        remember(w, whereField, s, e);
        grid.add(w, 2, row);
      }
      CheckBox nr = new CheckBox("NR");
      nr.setFocusTraversable(false);
      nr.setTooltip(notReportedTip);
      nr.selectedProperty().bindBidirectional(f.notReportedProperty());
      control.disableProperty().bind(f.notReportedProperty());
      grid.add(nr, 3, row);
      row++;
      if (f.spec().help() != null) {
        Label help = new Label(f.spec().help());
        help.getStyleClass().addAll("text-muted", "text-small");
        help.setWrapText(true);
        grid.add(help, 1, row++, 3, 1);
      }
      Label problem = new Label();
      problem.getStyleClass().add("extraction-problem");
      problem.setWrapText(true);
      problem.textProperty().bind(f.problemProperty());
      problem.visibleProperty().bind(f.problemProperty().isNotEmpty());
      problem.managedProperty().bind(problem.visibleProperty());
      f.problemProperty()
          .addListener(
              (o, a, b) -> {
                if (b.isEmpty()) {
                  control.getStyleClass().remove("extraction-invalid");
                } else if (!control.getStyleClass().contains("extraction-invalid")) {
                  control.getStyleClass().add("extraction-invalid");
                }
              });
      grid.add(problem, 1, row++, 3, 1);
    }
    grid.getProperties().put(ENTRY, e);
    grid.getProperties().put(SECTION, s);
    if (!s.spec().repeats()) {
      return grid;
    }
    Label heading = new Label(capital(s.spec().unitName()) + " " + (index + 1));
    heading.getStyleClass().add("text-bold");
    Button remove = new Button("Remove (Ctrl+Shift+D)");
    remove.setFocusTraversable(false);
    remove.setOnAction(ev -> s.remove(e));
    Button fold = new Button("Fold");
    fold.setFocusTraversable(false);
    fold.setOnAction(
        ev -> {
          open.remove(e);
          fillers.get(s).run();
        });
    HBox head = new HBox(10, heading, remove, fold);
    head.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(6, head, grid);
    box.getStyleClass().add("extraction-entry");
    box.setPadding(new Insets(8));
    box.getProperties().put(ENTRY, e);
    box.getProperties().put(SECTION, s);
    return box;
  }

  /**
   * An entry not being worked on, shown as one line (its first answers and how many fields are
   * answered); Enter or a click opens it. Only open entries are rendered field by field, so a study
   * with many arms or outcomes opens quickly.
   */
  private Node summary(SectionModel s, EntryModel e, int index) {
    List<String> shown = new ArrayList<>();
    int answered = 0;
    for (FieldModel f : e.fields()) {
      if (f.answered()) {
        answered++;
        if (shown.size() < 2) {
          shown.add(f.notReportedProperty().get() ? "NR" : f.textProperty().get().strip());
        }
      }
    }
    int problems =
        (int) e.fields().stream().filter(f -> !f.problemProperty().get().isEmpty()).count();
    Button b =
        new Button(
            "▸ "
                + capital(s.spec().unitName())
                + " "
                + (index + 1)
                + (shown.isEmpty() ? "" : ": " + String.join(" · ", shown))
                + "  ("
                + answered
                + " answered"
                + (problems == 0 ? "" : ", " + problems + " to check")
                + ")");
    b.setId(s.spec().id() + "-" + index + "-open");
    b.getStyleClass().add("extraction-entry-summary");
    b.setMaxWidth(Double.MAX_VALUE);
    b.setAlignment(Pos.CENTER_LEFT);
    b.setOnAction(
        ev -> {
          open.add(e);
          fillers.get(s).run();
          focusFirst(e);
        });
    b.getProperties().put(ENTRY, e);
    b.getProperties().put(SECTION, s);
    return b;
  }

  private static boolean isWhere(EntryModel e, FieldModel f) {
    String id = f.spec().id();
    return id.endsWith(WHERE_SUFFIX)
        && e.field(id.substring(0, id.length() - WHERE_SUFFIX.length())).isPresent();
  }

  private Node control(FieldModel f, SectionModel s, EntryModel e) {
    FieldSpec spec = f.spec();
    String id = s.spec().id() + "-" + s.entries().indexOf(e) + "-" + spec.id();
    Control c =
        switch (spec.type()) {
          case LONG_TEXT -> area(f);
          case SINGLE_CHOICE, YES_NO_UNCLEAR -> choice(f);
          case MULTIPLE_CHOICE -> null;
          default -> field(f);
        };
    Node node;
    if (c == null) {
      FlowPane options = new FlowPane(10, 4);
      for (ChoiceOption o : spec.choices()) {
        CheckBox box = new CheckBox(o.label());
        box.setSelected(f.chosen(o.value()));
        box.selectedProperty().addListener((obs, a, b) -> f.choose(o.value(), b));
        f.textProperty().addListener((obs, a, b) -> box.setSelected(f.chosen(o.value())));
        remember(box, f, s, e);
        options.getChildren().add(box);
      }
      options.setId(id);
      node = options;
    } else {
      c.setId(id);
      remember(c, f, s, e);
      node = c;
    }
    if (spec.type() == FieldType.NUMBER && !spec.units().isEmpty()) {
      ComboBox<String> units = new ComboBox<>();
      units.getItems().setAll(spec.units());
      units.valueProperty().bindBidirectional(f.unitProperty());
      units.setId(id + "-unit");
      remember(units, f, s, e);
      HBox.setHgrow(node, Priority.ALWAYS);
      return new HBox(6, node, units);
    }
    if (spec.unit() != null) {
      Label unit = new Label(spec.unit());
      unit.getStyleClass().add("text-muted");
      HBox.setHgrow(node, Priority.ALWAYS);
      HBox box = new HBox(6, node, unit);
      box.setAlignment(Pos.CENTER_LEFT);
      return box;
    }
    return node;
  }

  private static TextField field(FieldModel f) {
    TextField t = new TextField();
    t.textProperty().bindBidirectional(f.textProperty());
    t.setPromptText(f.spec().type().expected());
    return t;
  }

  private static TextArea area(FieldModel f) {
    TextArea a = new TextArea();
    a.setWrapText(true);
    a.setPrefRowCount(2);
    a.textProperty().bindBidirectional(f.textProperty());
    // Tab moves on through the form, as in every other field; Ctrl+Tab is what a text area
    // takes for that
    a.addEventFilter(
        KeyEvent.KEY_PRESSED,
        ev -> {
          if (ev.getCode() == KeyCode.TAB && !ev.isControlDown()) {
            ev.consume();
            Event.fireEvent(
                a,
                new KeyEvent(
                    KeyEvent.KEY_PRESSED,
                    "",
                    "",
                    KeyCode.TAB,
                    ev.isShiftDown(),
                    true,
                    false,
                    false));
          }
        });
    return a;
  }

  private static ComboBox<ChoiceOption> choice(FieldModel f) {
    ComboBox<ChoiceOption> box = new ComboBox<>();
    box.getItems().setAll(f.spec().choices());
    box.setMaxWidth(Double.MAX_VALUE);
    box.setConverter(Choosers.shown(ChoiceOption::label));
    Runnable fromText =
        () ->
            box.setValue(
                f.spec().choices().stream()
                    .filter(o -> o.value().equals(f.textProperty().get().strip()))
                    .findFirst()
                    .orElse(null));
    fromText.run();
    f.textProperty().addListener((o, a, b) -> fromText.run());
    box.valueProperty()
        .addListener(
            (o, a, b) -> {
              String v = b == null ? "" : b.value();
              if (!v.equals(f.textProperty().get().strip())) {
                f.textProperty().set(v);
              }
            });
    return box;
  }

  private static void remember(Node n, FieldModel f, SectionModel s, EntryModel e) {
    n.getProperties().put(FIELD, f);
    n.getProperties().put(ENTRY, e);
    n.getProperties().put(SECTION, s);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Renders every entry field by field. */
  public void openAll() {
    model.sections().forEach(s -> open.addAll(s.entries()));
    fillers.values().forEach(Runnable::run);
  }

  /** Opens an entry (renders its fields) and focuses its first field. */
  void focusFirst(EntryModel e) {
    if (e != null && !open.contains(e)) {
      open.add(e);
      fillers.values().forEach(Runnable::run);
    }
    if (e != null) {
      fieldNodes(this).stream()
          .filter(n -> n.getProperties().get(ENTRY) == e && !n.isDisabled())
          .findFirst()
          .ifPresent(Node::requestFocus);
    }
  }

  /** Focuses the first field of the form. */
  public void focusFirstField() {
    fieldNodes(this).stream()
        .filter(n -> !n.isDisabled())
        .findFirst()
        .ifPresent(Node::requestFocus);
  }

  /** The controls of fields, in form order. */
  static List<Node> fieldNodes(Node root) {
    java.util.List<Node> out = new java.util.ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node n, java.util.List<Node> out) {
    if (n.getProperties().get(FIELD) != null && n.isFocusTraversable()) {
      out.add(n);
    }
    if (n instanceof javafx.scene.Parent p && !(n instanceof Control)) {
      p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }
  }
}
