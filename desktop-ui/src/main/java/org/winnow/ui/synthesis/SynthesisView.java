package org.winnow.ui.synthesis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.winnow.core.stats.direction.DirectionRule;
import org.winnow.core.stats.pooling.PoolingMethod;
import org.winnow.core.stats.report.ReportTable;
import org.winnow.ui.common.Choosers;
import org.winnow.ui.synthesis.SynthesisViewModel.EffectLine;
import org.winnow.ui.synthesis.SynthesisViewModel.OutcomeLine;
import org.winnow.ui.synthesis.SynthesisViewModel.Part;

/**
 * The synthesis: the outcomes grouped by domain on the left (Enter keeps one outcome or domain),
 * and three tabs: the effect sizes, the effect-direction table and plot, and the meta-analysis of
 * one outcome with its forest plot. One export (Ctrl+E) writes the shown tab's figure or table as
 * the file name says. Every action is in the Actions menu with its shortcut.
 */
public final class SynthesisView extends BorderPane {
  static final KeyCombination COMPUTE = new KeyCodeCombination(KeyCode.F5);
  static final KeyCombination EXPORT =
      new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination POOL =
      new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination OUTCOMES = new KeyCodeCombination(KeyCode.O, KeyCombination.ALT_DOWN);
  static final KeyCombination CLEAR = new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN);
  static final KeyCombination EFFECT_SIZES =
      new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.ALT_DOWN);
  static final KeyCombination EFFECT_DIRECTION =
      new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.ALT_DOWN);
  static final KeyCombination POOLING =
      new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.ALT_DOWN);

  private final SynthesisViewModel model;
  private final TabPane tabs = new TabPane();
  private final Map<Part, Tab> tabOf = new LinkedHashMap<>();
  private final TreeView<Object> outcomeTree = new TreeView<>();
  private Choosers.SaveDialog saveDialog = Choosers.SYSTEM_SAVE_DIALOG;

  public SynthesisView(SynthesisViewModel model) {
    this.model = model;
    setId("synthesis-view");
    getStyleClass().add("synthesis-view");
    Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
    keys.put(COMPUTE, model::compute);
    keys.put(EXPORT, this::chooseExport);
    keys.put(POOL, this::pool);
    keys.put(OUTCOMES, outcomeTree::requestFocus);
    keys.put(CLEAR, model::clearFilters);
    keys.put(EFFECT_SIZES, () -> show(Part.EFFECT_SIZES));
    keys.put(EFFECT_DIRECTION, () -> show(Part.EFFECT_DIRECTION));
    keys.put(POOLING, () -> show(Part.POOLING));
    setTop(header());
    tabOf.put(Part.EFFECT_SIZES, new Tab(Part.EFFECT_SIZES.title(), effectSizesTab()));
    tabOf.put(Part.EFFECT_DIRECTION, new Tab(Part.EFFECT_DIRECTION.title(), directionTab()));
    tabOf.put(Part.POOLING, new Tab(Part.POOLING.title(), poolingTab()));
    tabs.getTabs().addAll(tabOf.values());
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("synthesis-tabs");
    SplitPane split = new SplitPane(outcomesPane(), tabs);
    split.setDividerPositions(0.23);
    SplitPane.setResizableWithParent(split.getItems().get(0), false);
    BorderPane.setMargin(split, new Insets(12, 0, 0, 0));
    setCenter(split);
    setBottom(statusLine());
    // the view's keys belong to the window only while the view is shown; showing it computes
    sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (old != null) {
                keys.keySet().forEach(k -> old.getAccelerators().remove(k));
              }
              if (now != null) {
                keys.forEach((k, r) -> now.getAccelerators().put(k, r));
                model.compute();
              }
            });
  }

  public SynthesisViewModel model() {
    return model;
  }

  /** Where exports are saved: the system's dialog unless a test answers instead. */
  public void useSaveDialog(Choosers.SaveDialog dialog) {
    this.saveDialog = dialog;
  }

  /** The part the shown tab holds. */
  public Part shownPart() {
    Tab t = tabs.getSelectionModel().getSelectedItem();
    return tabOf.entrySet().stream()
        .filter(e -> e.getValue() == t)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(Part.EFFECT_SIZES);
  }

  private void show(Part part) {
    tabs.getSelectionModel().select(tabOf.get(part));
  }

  private void pool() {
    show(Part.POOLING);
    model.pool();
  }

  // ------------------------------------------------------------------ header

  private Node header() {
    Label title = new Label("Synthesis");
    title.getStyleClass().add("title-2");
    Label hint =
        new Label(
            "From the consensus (or agreed) outcome data. Choose an outcome on the left"
                + " (Alt+O, Enter) to pool it.");
    hint.getStyleClass().add("text-muted");
    VBox titles = new VBox(2, title, hint);
    ComboBox<String> outcome =
        filterBox("synthesis-outcome", "All outcomes", model.outcomeChoices(), model);
    outcome.valueProperty().bindBidirectional(model.outcomeProperty());
    ComboBox<String> domain =
        filterBox("synthesis-domain", "All domains", model.domainChoices(), model);
    domain.valueProperty().bindBidirectional(model.domainProperty());
    ComboBox<String> time =
        filterBox("synthesis-time-point", "All time points", model.timePointChoices(), model);
    time.valueProperty().bindBidirectional(model.timePointProperty());
    Button clear = button("Clear filters", CLEAR, model::clearFilters, "synthesis-clear");
    HBox filters = new HBox(8, new Label("Show"), outcome, domain, time, clear);
    filters.setAlignment(Pos.CENTER_LEFT);
    Button compute = button("Compute", COMPUTE, model::compute, "synthesis-compute");
    Button export = button("Export…", EXPORT, this::chooseExport, "synthesis-export");
    export.getStyleClass().add("accent");
    MenuButton actions = new MenuButton("Actions");
    actions.setId("synthesis-actions");
    actions
        .getItems()
        .addAll(
            item("Compute the synthesis", COMPUTE, model::compute),
            item("Pool the chosen outcome", POOL, this::pool),
            item("Export the shown figure or table…", EXPORT, this::chooseExport),
            item("Go to the outcome list", OUTCOMES, outcomeTree::requestFocus),
            item("Clear the filters", CLEAR, model::clearFilters),
            item("Show the effect sizes", EFFECT_SIZES, () -> show(Part.EFFECT_SIZES)),
            item("Show the effect direction", EFFECT_DIRECTION, () -> show(Part.EFFECT_DIRECTION)),
            item("Show the meta-analysis", POOLING, () -> show(Part.POOLING)));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox top = new HBox(12, titles, grow, compute, export, actions);
    top.setAlignment(Pos.CENTER_LEFT);
    VBox header = new VBox(10, top, filters);
    return header;
  }

  /** A menu entry showing its shortcut; the shortcut itself is the view's (one place). */
  private static MenuItem item(String text, KeyCombination key, Runnable action) {
    MenuItem i = new MenuItem(text + "    " + key.getDisplayText());
    i.setOnAction(e -> action.run());
    return i;
  }

  private static ComboBox<String> filterBox(
      String id,
      String all,
      javafx.collections.ObservableList<String> choices,
      SynthesisViewModel model) {
    ComboBox<String> box = new ComboBox<>(choices);
    box.setId(id);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String s) {
            return s == null || s.isEmpty() ? all : s;
          }

          @Override
          public String fromString(String s) {
            return s;
          }
        });
    // "" and null both mean all: the shown cell says so whatever the box was last given
    box.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null || item.isEmpty() ? all : item);
          }
        });
    box.setOnAction(e -> model.filterChosen());
    return box;
  }

  private static Button button(String text, KeyCombination key, Runnable action, String id) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    b.setTooltip(new Tooltip(text.replace("…", "") + " (" + key.getDisplayText() + ")"));
    return b;
  }

  // ------------------------------------------------------------------ outcomes

  private Node outcomesPane() {
    Label title = new Label("Outcomes by domain");
    title.getStyleClass().add("text-bold");
    outcomeTree.setId("synthesis-outcomes");
    outcomeTree.setShowRoot(false);
    outcomeTree.setRoot(new TreeItem<>("outcomes"));
    outcomeTree.setCellFactory(v -> new OutcomeCell());
    model.outcomes().addListener((ListChangeListener<OutcomeLine>) c -> fillTree());
    outcomeTree.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            TreeItem<Object> item = outcomeTree.getSelectionModel().getSelectedItem();
            if (item != null && item.getValue() instanceof OutcomeLine line) {
              model.chooseOutcome(line);
            } else if (item != null && item.getValue() instanceof String d) {
              model.chooseDomain(d);
            }
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            model.clearFilters();
            e.consume();
          }
        });
    outcomeTree.setOnMouseClicked(
        e -> {
          TreeItem<Object> item = outcomeTree.getSelectionModel().getSelectedItem();
          if (e.getClickCount() == 2 && item != null && item.getValue() instanceof OutcomeLine l) {
            model.chooseOutcome(l);
          }
        });
    Label hint = new Label("Enter keeps the outcome or domain; Esc shows all.");
    hint.getStyleClass().addAll("text-muted", "text-small");
    hint.setWrapText(true);
    VBox.setVgrow(outcomeTree, Priority.ALWAYS);
    VBox box = new VBox(8, title, outcomeTree, hint);
    box.setPadding(new Insets(0, 10, 0, 0));
    box.setMinWidth(220);
    return box;
  }

  private void fillTree() {
    TreeItem<Object> root = outcomeTree.getRoot();
    root.getChildren().clear();
    Map<String, TreeItem<Object>> domains = new LinkedHashMap<>();
    int selected = -1;
    for (OutcomeLine line : model.outcomes()) {
      String d = line.domain().isBlank() ? "(no domain)" : line.domain();
      TreeItem<Object> domain =
          domains.computeIfAbsent(
              d,
              k -> {
                TreeItem<Object> t = new TreeItem<>(k);
                t.setExpanded(true);
                root.getChildren().add(t);
                return t;
              });
      domain.getChildren().add(new TreeItem<>(line));
    }
    // keep the chosen outcome selected, so Enter and the arrows go on from where they were
    String chosen = model.outcomeProperty().get();
    for (int i = 0; i < outcomeTree.getExpandedItemCount(); i++) {
      TreeItem<Object> t = outcomeTree.getTreeItem(i);
      if (t.getValue() instanceof OutcomeLine l && l.outcome().equals(chosen)) {
        selected = i;
      }
    }
    if (selected >= 0) {
      outcomeTree.getSelectionModel().select(selected);
    }
  }

  /** A domain in bold, or an outcome with its better direction and how many comparisons. */
  private static final class OutcomeCell extends TreeCell<Object> {
    @Override
    protected void updateItem(Object item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().remove("text-bold");
      if (empty || item == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      if (item instanceof OutcomeLine l) {
        setText(
            (l.outcome().isBlank() ? "(unnamed)" : l.outcome())
                + " · "
                + l.better()
                + " · "
                + l.comparisons());
        setTooltip(
            new Tooltip(
                l.outcome()
                    + ": "
                    + l.better()
                    + ", "
                    + l.comparisons()
                    + (l.comparisons() == 1 ? " comparison" : " comparisons")));
      } else {
        setText(item.toString());
        getStyleClass().add("text-bold");
        setTooltip(null);
      }
    }
  }

  // ------------------------------------------------------------------ effect sizes

  private Node effectSizesTab() {
    Label summary = new Label();
    summary.setId("synthesis-effect-summary");
    summary.textProperty().bind(model.effectSummaryProperty());
    TableView<EffectLine> table = new TableView<>(model.effects());
    table.setId("synthesis-effects");
    table.getStyleClass().addAll("dense", "striped");
    table.getColumns().add(fixed(column("Study", 110, EffectLine::study)));
    table.getColumns().add(fixed(column("Outcome", 80, EffectLine::outcome)));
    table.getColumns().add(fixed(column("Time point", 90, EffectLine::timePoint)));
    table.getColumns().add(column("Comparison", 130, EffectLine::comparison));
    TableColumn<EffectLine, String> measure = fixed(column("g / d", 48, EffectLine::measure));
    measure.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s);
                setTooltip(
                    empty || s == null || s.isEmpty()
                        ? null
                        : new Tooltip(
                            switch (s) {
                              case "g" -> "Hedges' g (bias-corrected, as metafor's SMD)";
                              case "d" -> "Cohen's d (group sizes unknown: no correction)";
                              default -> "an effect as given, on its own scale";
                            }));
              }
            });
    table.getColumns().add(measure);
    table.getColumns().add(fixed(column("Estimate [95% CI]", 180, EffectLine::estimate)));
    TableColumn<EffectLine, String> method = column("Method", 90, EffectLine::method);
    method.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                EffectLine line = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : s);
                setTooltip(line == null ? null : new Tooltip(line.methodLabel()));
              }
            });
    table.getColumns().add(method);
    TableColumn<EffectLine, String> note = column("Why / note", 200, EffectLine::note);
    note.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.isEmpty() ? null : new Tooltip(s));
              }
            });
    table.getColumns().add(note);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(
        muted("No outcome data with a consensus yet: extraction of the outcome-data form first."));
    Label notUsedTitle = new Label("Not usable");
    notUsedTitle.getStyleClass().add("text-bold");
    ListView<String> notUsed = new ListView<>(model.notUsed());
    notUsed.setId("synthesis-not-used");
    notUsed.setPrefHeight(110);
    notUsed.setPlaceholder(muted("Every row of the chosen outcomes is used."));
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox box = new VBox(8, summary, table, notUsedTitle, notUsed);
    box.setPadding(new Insets(10));
    return box;
  }

  private static <R> TableColumn<R, String> column(
      String name, double width, Function<R, String> value) {
    TableColumn<R, String> c = new TableColumn<>(name);
    c.setPrefWidth(width);
    c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
    return c;
  }

  /** A column that keeps its width when the table is narrow (names and numbers stay whole). */
  private static <R> TableColumn<R, String> fixed(TableColumn<R, String> c) {
    c.setMinWidth(c.getPrefWidth());
    return c;
  }

  private static Label muted(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("text-muted");
    l.setWrapText(true);
    return l;
  }

  // ------------------------------------------------------------------ effect direction

  private Node directionTab() {
    ComboBox<DirectionRule> rule = new ComboBox<>();
    rule.setId("synthesis-rule");
    rule.getItems().setAll(DirectionRule.values());
    rule.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(DirectionRule r) {
            return r == null
                ? ""
                : r.singleOutcomeUsesInterval()
                    ? "70% rule (a single outcome whose CI includes 0 is ◄►)"
                    : "70% rule, sign only (significance never used)";
          }

          @Override
          public DirectionRule fromString(String s) {
            return null;
          }
        });
    rule.valueProperty().bindBidirectional(model.ruleProperty());
    rule.setOnAction(e -> model.compute());
    Label ruleLabel = new Label("Rule");
    ruleLabel.setLabelFor(rule);
    HBox ruleBox = new HBox(8, ruleLabel, rule);
    ruleBox.setAlignment(Pos.CENTER_LEFT);
    TableView<List<String>> grid = new TableView<>();
    grid.setId("synthesis-direction-table");
    grid.getStyleClass().addAll("dense");
    grid.setPrefHeight(180);
    grid.setPlaceholder(muted("No study has a direction for the outcomes chosen."));
    model
        .directionGrid()
        .addListener((ListChangeListener<List<String>>) c -> fillGrid(grid, model.directionGrid()));
    ImageView plot = new ImageView();
    plot.setId("synthesis-direction-plot");
    plot.setPreserveRatio(true);
    plot.imageProperty().bind(model.directionImageProperty());
    plot.fitWidthProperty()
        .bind(
            javafx.beans.binding.Bindings.createDoubleBinding(
                () ->
                    model.directionImageProperty().get() == null
                        ? 0
                        : model.directionImageProperty().get().getWidth()
                            * 72.0
                            / SynthesisViewModel.SCREEN_DPI
                            * 1.33,
                model.directionImageProperty()));
    ScrollPane plotPane = new ScrollPane(plot);
    plotPane.getStyleClass().add("edge-to-edge");
    ListView<String> notes = new ListView<>(model.directionNotes());
    notes.setId("synthesis-direction-notes");
    notes.setPrefHeight(70);
    notes.setPlaceholder(muted("Every row of the chosen outcomes is placed."));
    SplitPane parts = new SplitPane(grid, plotPane);
    parts.setOrientation(javafx.geometry.Orientation.VERTICAL);
    parts.setDividerPositions(0.4);
    VBox.setVgrow(parts, Priority.ALWAYS);
    VBox box = new VBox(8, ruleBox, parts, notes);
    box.setPadding(new Insets(10));
    return box;
  }

  /** Columns from the grid's header; study rows and the two sign-test rows below them. */
  private static void fillGrid(TableView<List<String>> table, List<List<String>> grid) {
    table.getColumns().clear();
    if (grid.isEmpty()) {
      table.getItems().clear();
      return;
    }
    List<String> header = grid.get(0);
    for (int i = 0; i < header.size(); i++) {
      int col = i;
      TableColumn<List<String>, String> c =
          column(
              header.get(i),
              i == 0 ? 170 : Math.max(80, 9 * header.get(i).length()),
              r -> col < r.size() ? r.get(col) : "");
      c.setSortable(false);
      if (i > 0) {
        c.setStyle("-fx-alignment: CENTER;");
      }
      table.getColumns().add(c);
    }
    table.getItems().setAll(new ArrayList<>(grid.subList(1, grid.size())));
  }

  // ------------------------------------------------------------------ pooling

  private Node poolingTab() {
    ComboBox<PoolingMethod> method = new ComboBox<>();
    method.setId("synthesis-method");
    method.getItems().setAll(PoolingMethod.values());
    method.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(PoolingMethod m) {
            return m == null ? "" : m.name() + ": " + m.label();
          }

          @Override
          public PoolingMethod fromString(String s) {
            return null;
          }
        });
    method.valueProperty().bindBidirectional(model.methodProperty());
    Label methodLabel = new Label("Method");
    methodLabel.setLabelFor(method);
    Button pool = button("Pool", POOL, this::pool, "synthesis-pool");
    pool.getStyleClass().add("accent");
    HBox controls = new HBox(8, methodLabel, method, pool);
    controls.setAlignment(Pos.CENTER_LEFT);
    Label problem = new Label();
    problem.setId("synthesis-pool-problem");
    problem.setWrapText(true);
    problem.getStyleClass().add("warning");
    problem.textProperty().bind(model.poolingProblemProperty());
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
    TableView<List<Object>> studies = new TableView<>();
    studies.setId("synthesis-pooled");
    studies.getStyleClass().addAll("dense", "striped");
    studies.setPrefHeight(160);
    studies.setPlaceholder(muted("Pool an outcome to see its studies and weights."));
    ListView<String> notes = new ListView<>();
    notes.setId("synthesis-pool-notes");
    notes.setPrefHeight(80);
    model
        .poolingTableProperty()
        .addListener(
            (obs, old, now) -> {
              fillPooled(studies, now);
              notes.getItems().setAll(now == null ? List.of() : now.notes());
            });
    ImageView forest = new ImageView();
    forest.setId("synthesis-forest");
    forest.setPreserveRatio(true);
    forest.imageProperty().bind(model.forestImageProperty());
    forest
        .fitWidthProperty()
        .bind(
            javafx.beans.binding.Bindings.createDoubleBinding(
                () ->
                    model.forestImageProperty().get() == null
                        ? 0
                        : model.forestImageProperty().get().getWidth()
                            * 72.0
                            / SynthesisViewModel.SCREEN_DPI
                            * 1.33,
                model.forestImageProperty()));
    ScrollPane forestPane = new ScrollPane(forest);
    forestPane.getStyleClass().add("edge-to-edge");
    SplitPane parts = new SplitPane(studies, forestPane);
    parts.setOrientation(javafx.geometry.Orientation.VERTICAL);
    parts.setDividerPositions(0.35);
    VBox.setVgrow(parts, Priority.ALWAYS);
    VBox box = new VBox(8, controls, problem, parts, notes);
    box.setPadding(new Insets(10));
    return box;
  }

  private static void fillPooled(TableView<List<Object>> table, ReportTable t) {
    table.getColumns().clear();
    table.getItems().clear();
    if (t == null) {
      return;
    }
    for (int i = 0; i < t.header().size(); i++) {
      int col = i;
      TableColumn<List<Object>, String> c =
          column(t.header().get(i), i == 0 ? 190 : 90, r -> t.shown(r.get(col)));
      c.setSortable(false);
      table.getColumns().add(c);
    }
    table.getItems().setAll(t.rows());
  }

  // ------------------------------------------------------------------ status and export

  private Node statusLine() {
    Label status = new Label();
    status.setId("synthesis-status");
    status.getStyleClass().add("text-muted");
    status.textProperty().bind(model.statusProperty());
    Label error = new Label();
    error.setId("synthesis-error");
    error.getStyleClass().add("danger");
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());
    HBox line = new HBox(12, status, error);
    line.setPadding(new Insets(8, 0, 0, 0));
    return line;
  }

  /** Asks where to write the shown tab's figure or table; the file's extension decides which. */
  private void chooseExport() {
    Scene scene = getScene();
    if (scene == null) {
      return;
    }
    Part part = shownPart();
    List<Choosers.FileKind> kinds = new ArrayList<>();
    if (part.hasFigure()) {
      kinds.add(new Choosers.FileKind("SVG figure", "svg"));
      kinds.add(new Choosers.FileKind("PNG figure, 300 dpi", "png"));
      kinds.add(new Choosers.FileKind("PDF figure", "pdf"));
    }
    kinds.add(new Choosers.FileKind("CSV table", "csv"));
    kinds.add(new Choosers.FileKind("Markdown table", "md"));
    kinds.add(new Choosers.FileKind("HTML table", "html"));
    Optional<Path> file =
        saveDialog.choose(
            scene.getWindow(),
            "Export the " + part.title().toLowerCase(java.util.Locale.ROOT),
            part.fileName() + "." + kinds.get(0).extension(),
            kinds);
    file.ifPresent(f -> model.export(part, f));
  }
}
