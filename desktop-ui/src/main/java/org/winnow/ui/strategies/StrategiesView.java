package org.winnow.ui.strategies;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.winnow.strategies.Dialect;
import org.winnow.strategies.report.ReportEntry;
import org.winnow.ui.common.Choosers;

/**
 * A search strategy: the editor with its dialect, every problem marked on its line and column, the
 * translation into another dialect with its loss report, and a run against the open project.
 */
public final class StrategiesView extends BorderPane {
  static final KeyCombination OPEN =
      new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination DIALECT =
      new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination TRANSLATE =
      new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination RUN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination GO_TO_ERROR = new KeyCodeCombination(KeyCode.F8);
  static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.F6);

  /** The keys of this view, for the F1 help. */
  public static final List<String> KEYS =
      List.of(
          "Ctrl+O  open a strategy file (or paste one into the editor)",
          "Ctrl+D  choose the dialect the strategy is written in",
          "F8  put the cursor on the error",
          "F6  back to the editor",
          "Ctrl+T  translate into the target dialect, with the loss report",
          "Ctrl+R  run against the project (per-line counts, seeds found); Cancel in the status bar");

  private final StrategiesViewModel model;
  private final TextArea editor = new TextArea();
  private final TabPane tabs = new TabPane();
  private final ComboBox<Dialect> dialect = dialects("strategy-dialect");

  public StrategiesView(StrategiesViewModel model) {
    this.model = model;
    setId("strategies-view");
    setTop(header());
    SplitPane split = new SplitPane(editorPane(), resultTabs());
    split.setDividerPositions(0.5);
    BorderPane.setMargin(split, new Insets(12, 0, 0, 0));
    setCenter(split);
    Label message = new Label();
    message.setId("strategies-message");
    message.getStyleClass().add("text-muted");
    message.textProperty().bind(model.messageProperty());
    message.setPadding(new Insets(8, 0, 0, 0));
    setBottom(message);
    Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
    keys.put(OPEN, this::chooseFile);
    keys.put(DIALECT, dialect::requestFocus);
    keys.put(TRANSLATE, this::translate);
    keys.put(RUN, this::run);
    keys.put(GO_TO_ERROR, this::goToError);
    keys.put(EDIT, editor::requestFocus);
    sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (old != null) {
                keys.keySet().forEach(k -> old.getAccelerators().remove(k));
              }
              if (now != null) {
                keys.forEach((k, r) -> now.getAccelerators().put(k, r));
                Platform.runLater(editor::requestFocus);
              }
            });
  }

  public StrategiesViewModel model() {
    return model;
  }

  private Node header() {
    Label title = new Label("Search strategies");
    title.getStyleClass().add("title-2");
    Label hint =
        new Label(
            "Ovid, PubMed, EBSCOhost, Web of Science and Scopus: checked as you type, translated"
                + " with a report of every lossy step, run against this project.");
    hint.getStyleClass().add("text-muted");
    hint.setWrapText(true);
    VBox titles = new VBox(2, title, hint);
    HBox.setHgrow(titles, Priority.ALWAYS);
    dialect.valueProperty().bindBidirectional(model.dialectProperty());
    dialect.setTooltip(
        new Tooltip("The dialect the strategy is written in (" + DIALECT.getDisplayText() + ")"));
    Button open = new Button("Open…");
    open.setId("strategy-open");
    open.setTooltip(new Tooltip("Open a strategy file (" + OPEN.getDisplayText() + ")"));
    open.setOnAction(e -> chooseFile());
    open.setFocusTraversable(false);
    titles.setMinWidth(0);
    Label dialectLabel = new Label("Dialect");
    MenuButton menu = actions();
    for (Region r : List.of(dialectLabel, dialect, open, menu)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox bar = new HBox(10, titles, dialectLabel, dialect, open, menu);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private MenuButton actions() {
    MenuButton menu = new MenuButton("Strategy");
    menu.setId("strategies-menu");
    menu.setFocusTraversable(false);
    menu.getItems()
        .setAll(
            item("Open a strategy file…", OPEN, this::chooseFile),
            item("Choose the dialect", DIALECT, dialect::requestFocus),
            item("Go to the error", GO_TO_ERROR, this::goToError),
            item("Back to the editor", EDIT, editor::requestFocus),
            new SeparatorMenuItem(),
            item("Translate", TRANSLATE, this::translate),
            item("Run against the project", RUN, this::run),
            item("Cancel the run", null, model::cancel));
    return menu;
  }

  private static MenuItem item(String text, KeyCombination key, Runnable action) {
    MenuItem i = new MenuItem(text);
    if (key != null) {
      i.setAccelerator(key);
    }
    i.setOnAction(e -> action.run());
    return i;
  }

  private static ComboBox<Dialect> dialects(String id) {
    ComboBox<Dialect> box = new ComboBox<>();
    box.getItems().setAll(Dialect.values());
    box.setId(id);
    box.setConverter(Choosers.shown(Dialect::label));
    return box;
  }

  // ---------------------------------------------------------------- editor and problems

  private Node editorPane() {
    editor.setId("strategy-editor");
    editor.getStyleClass().add("strategy-code");
    editor.setPromptText("Paste a strategy here, or open a file (" + OPEN.getDisplayText() + ")");
    editor.textProperty().bindBidirectional(model.textProperty());
    editor.setWrapText(false);
    Label check = new Label();
    check.setId("strategy-check");
    check.setWrapText(true);
    check.textProperty().bind(model.checkSummaryProperty());
    model
        .errorProperty()
        .addListener(
            (obs, old, now) -> {
              check.getStyleClass().remove("strategy-problem-error");
              if (now != null) {
                check.getStyleClass().add("strategy-problem-error");
              }
            });
    ListView<StrategiesViewModel.SourceLine> marked = new ListView<>(model.lines());
    marked.setId("strategy-lines");
    marked.setPlaceholder(new Label("Each line of the strategy is shown here as it was read."));
    marked.setCellFactory(v -> new MarkedLineCell());
    marked.setFocusTraversable(false);
    marked.setOnMouseClicked(
        e -> {
          StrategiesViewModel.SourceLine l = marked.getSelectionModel().getSelectedItem();
          if (l != null) {
            int column = l.problems().isEmpty() ? 1 : l.problems().get(0).column();
            select(l.number(), column);
          }
        });
    Label markedTitle =
        new Label("As read, with problems marked where they are (F8: go to the error)");
    markedTitle.getStyleClass().add("text-muted");
    VBox box = new VBox(6, editor, check, markedTitle, marked);
    VBox.setVgrow(editor, Priority.ALWAYS);
    VBox.setVgrow(marked, Priority.ALWAYS);
    box.setPadding(new Insets(0, 8, 0, 0));
    return box;
  }

  /** A line as typed, then under it a caret at each problem's column with the message. */
  private static final class MarkedLineCell extends ListCell<StrategiesViewModel.SourceLine> {
    @Override
    protected void updateItem(StrategiesViewModel.SourceLine line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().removeAll("strategy-line-marked", "strategy-line-warned");
      if (empty || line == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      String gutter = String.format("%3d  ", line.number());
      Label text = new Label(gutter + line.text());
      text.getStyleClass().add("strategy-code");
      VBox box = new VBox(1, text);
      for (StrategiesViewModel.Problem p : line.problems()) {
        Label mark =
            new Label(
                " ".repeat(gutter.length() + Math.max(0, p.column() - 1)) + "^ " + p.message());
        mark.getStyleClass()
            .addAll(
                "strategy-code",
                p.severity() == StrategiesViewModel.Severity.ERROR
                    ? "strategy-problem-error"
                    : "strategy-problem-warning");
        box.getChildren().add(mark);
      }
      if (line.hasError()) {
        getStyleClass().add("strategy-line-marked");
      } else if (!line.problems().isEmpty()) {
        getStyleClass().add("strategy-line-warned");
      }
      setGraphic(box);
      setText(null);
    }
  }

  private void goToError() {
    StrategiesViewModel.Problem p = model.errorProperty().get();
    if (p == null && !model.problems().isEmpty()) {
      p = model.problems().get(0);
    }
    if (p == null) {
      model.messageProperty().set("No problem to go to: the strategy reads cleanly.");
      return;
    }
    select(p.line(), p.column());
  }

  private void select(int line, int column) {
    int at = model.offsetOf(line, column);
    editor.requestFocus();
    editor.selectRange(at, Math.min(editor.getLength(), at + 1));
  }

  private void chooseFile() {
    if (getScene() == null) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a search strategy");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Text", "*.txt", "*.text"),
            new FileChooser.ExtensionFilter("All files", "*.*"));
    File f = chooser.showOpenDialog(getScene().getWindow());
    if (f != null) {
      model.open(f.toPath());
      editor.requestFocus();
    }
  }

  // ---------------------------------------------------------------- translation and run

  private Node resultTabs() {
    Tab translate = new Tab("Translate", translatePane());
    translate.setId("strategy-translate-tab");
    Tab run = new Tab("Run against the project", runPane());
    run.setId("strategy-run-tab");
    tabs.getTabs().addAll(translate, run);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("strategy-tabs");
    tabs.setFocusTraversable(false);
    return tabs;
  }

  private Node translatePane() {
    ComboBox<Dialect> target = dialects("strategy-target");
    target.valueProperty().bindBidirectional(model.targetProperty());
    Button go = new Button("Translate  (" + TRANSLATE.getDisplayText() + ")");
    go.setId("strategy-translate");
    go.getStyleClass().add("accent");
    go.setOnAction(e -> translate());
    HBox bar = new HBox(8, new Label("Into"), target, go);
    bar.setAlignment(Pos.CENTER_LEFT);
    TextArea out = new TextArea();
    out.setId("strategy-translation");
    out.getStyleClass().add("strategy-code");
    out.setEditable(false);
    out.textProperty().bind(model.translationProperty());
    Label summary = new Label();
    summary.setId("strategy-translation-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(model.translationSummaryProperty());
    ListView<ReportEntry> report = new ListView<>(model.report());
    report.setId("strategy-report");
    report.setPlaceholder(new Label("The loss report lists every step that is not exact."));
    report.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(ReportEntry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("strategy-problem-error", "strategy-problem-warning");
                if (empty || e == null) {
                  setText(null);
                  return;
                }
                setText(
                    "Line "
                        + e.line()
                        + " · "
                        + e.severity().name().toLowerCase(java.util.Locale.ROOT)
                        + " · "
                        + e.message());
                setWrapText(true);
                setPrefWidth(0);
                if (e.severity() == ReportEntry.Severity.LOSSY) {
                  getStyleClass().add("strategy-problem-error");
                } else if (e.severity() == ReportEntry.Severity.APPROXIMATE) {
                  getStyleClass().add("strategy-problem-warning");
                }
              }
            });
    VBox box = new VBox(8, bar, out, summary, report);
    VBox.setVgrow(out, Priority.ALWAYS);
    VBox.setVgrow(report, Priority.ALWAYS);
    box.setPadding(new Insets(8));
    return box;
  }

  private Node runPane() {
    TextField seeds = new TextField();
    seeds.setId("strategy-seeds");
    seeds.setPromptText("Seed record IDs known to be relevant (e.g. PMIDs), comma separated");
    seeds.textProperty().bindBidirectional(model.seedsProperty());
    HBox.setHgrow(seeds, Priority.ALWAYS);
    Button go = new Button("Run  (" + RUN.getDisplayText() + ")");
    go.setId("strategy-run");
    go.getStyleClass().add("accent");
    go.disableProperty().bind(model.runningProperty());
    go.setOnAction(e -> run());
    Button cancel = new Button("Cancel");
    cancel.setId("strategy-cancel");
    cancel.visibleProperty().bind(model.runningProperty());
    cancel.setOnAction(e -> model.cancel());
    HBox bar = new HBox(8, seeds, go, cancel);
    bar.setAlignment(Pos.CENTER_LEFT);
    Label summary = new Label();
    summary.setId("strategy-run-summary");
    summary.setWrapText(true);
    summary.getStyleClass().add("text-bold");
    summary.textProperty().bind(model.runSummaryProperty());
    TableView<StrategiesViewModel.LineHits> table = new TableView<>(model.hits());
    table.setId("strategy-hits");
    table.setPlaceholder(new Label("Run the strategy to count the hits of every line."));
    TableColumn<StrategiesViewModel.LineHits, Integer> number = new TableColumn<>("#");
    number.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().number()));
    number.setPrefWidth(44);
    TableColumn<StrategiesViewModel.LineHits, Integer> hits = new TableColumn<>("Hits");
    hits.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().hits()));
    hits.setPrefWidth(70);
    TableColumn<StrategiesViewModel.LineHits, String> search = new TableColumn<>("Search");
    search.setCellValueFactory(
        d ->
            new ReadOnlyStringWrapper(
                d.getValue().search()
                    + (d.getValue().error() == null
                        ? ""
                        : "  [not run: " + d.getValue().error() + "]")));
    search.setPrefWidth(420);
    table.getColumns().add(number);
    table.getColumns().add(hits);
    table.getColumns().add(search);
    ListView<StrategiesViewModel.SeedRow> seedList = new ListView<>(model.seedRows());
    seedList.setId("strategy-seed-list");
    seedList.setPlaceholder(
        new Label("Seeds given are checked here: found, or where they drop out."));
    seedList.setPrefHeight(140);
    seedList.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(StrategiesViewModel.SeedRow s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().remove("strategy-seed-missed");
                if (empty || s == null) {
                  setText(null);
                  return;
                }
                setText((s.found() ? "✓ " : "✗ ") + s.recordId() + " · " + s.status());
                if (!s.found()) {
                  getStyleClass().add("strategy-seed-missed");
                }
              }
            });
    VBox box = new VBox(8, bar, summary, table, new Label("Seed records"), seedList);
    VBox.setVgrow(table, Priority.ALWAYS);
    box.setPadding(new Insets(8));
    return box;
  }

  private void translate() {
    tabs.getSelectionModel().select(0);
    model.translate();
  }

  private void run() {
    tabs.getSelectionModel().select(1);
    model.run();
  }
}
