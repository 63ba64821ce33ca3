package org.winnow.ui.importing;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.model.Source;
import org.winnow.core.model.SourceType;
import org.winnow.ui.common.Columns;
import org.winnow.ui.importing.ImportViewModel.FileError;
import org.winnow.ui.importing.ImportViewModel.FileRow;

/**
 * Choose or drop citation files, see the format each was recognised as, say which source and search
 * they came from, and import them: all or nothing, with the errors named by file, line and field.
 */
public final class ImportView extends VBox {
  static final KeyCombination CHOOSE = KeyCombination.keyCombination("Shortcut+O");
  static final KeyCombination IMPORT = KeyCombination.keyCombination("Shortcut+Enter");

  private final ImportViewModel model;

  public ImportView(ImportViewModel model) {
    super(14);
    this.model = model;
    setId("import-view");
    Label title = new Label("Import");
    title.getStyleClass().add("title-2");
    Label intro =
        new Label(
            "Citation files from one source and one search. A file with an error imports nothing:"
                + " the project is only changed when every file reads cleanly.");
    intro.getStyleClass().add("text-muted");
    intro.setWrapText(true);
    HBox main = new HBox(16, filesPane(), formPane());
    VBox.setVgrow(main, Priority.ALWAYS);
    getChildren().addAll(new VBox(4, title, intro), main, outcomePane());
    enableDrop();
    addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                model.refresh();
              }
            });
  }

  private Node filesPane() {
    Button choose = new Button("Choose files…");
    choose.setId("import-choose");
    choose.setTooltip(new Tooltip("Choose citation files (" + CHOOSE.getDisplayText() + ")"));
    choose.setOnAction(e -> choose());
    TableView<FileRow> table = new TableView<>(model.files());
    table.setId("import-files");
    table.getColumns().add(Columns.text("File", FileRow::name, 160));
    table.getColumns().add(Columns.text("Size", f -> size(f.size()), 64));
    table.getColumns().add(Columns.text("Format", FileRow::formatLabel, 180));
    table.getColumns().add(Columns.text("Status", FileRow::status, 160));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    Label placeholder =
        new Label(
            "Drop citation files here, or choose them ("
                + CHOOSE.getDisplayText()
                + ").\nRIS, MEDLINE, PubMed XML, EndNote XML, BibTeX, Web of Science, Ovid, CSV.");
    placeholder.getStyleClass().add("text-muted");
    placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    table.setPlaceholder(placeholder);
    table.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.remove(table.getSelectionModel().getSelectedItem());
          }
        });
    Button remove = new Button("Remove");
    remove.setId("import-remove");
    remove.setTooltip(new Tooltip("Remove the selected file from the list (Delete)"));
    remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem()));
    Button clear = new Button("Clear");
    clear.setId("import-clear");
    clear.disableProperty().bind(Bindings.isEmpty(model.files()));
    clear.setOnAction(e -> model.clearFiles());
    Label drop = new Label("or drop files on this view");
    drop.getStyleClass().add("text-muted");
    HBox bar = new HBox(8, choose, remove, clear, drop);
    bar.setAlignment(Pos.CENTER_LEFT);
    VBox pane = new VBox(8, bar, table);
    VBox.setVgrow(table, Priority.ALWAYS);
    HBox.setHgrow(pane, Priority.ALWAYS);
    return pane;
  }

  private Node formPane() {
    ComboBox<String> source = new ComboBox<>();
    source.setId("import-source");
    source.setEditable(true);
    source.setPromptText("e.g. MEDLINE (Ovid)");
    source.setMaxWidth(Double.MAX_VALUE);
    source.getEditor().textProperty().bindBidirectional(model.sourceNameProperty());
    model
        .sources()
        .addListener(
            (ListChangeListener<Source>)
                c -> source.getItems().setAll(model.sources().stream().map(Source::name).toList()));
    ComboBox<SourceType> type = new ComboBox<>();
    type.setId("import-source-type");
    type.getItems().setAll(SourceType.values());
    type.setConverter(converter(ImportView::typeLabel, "Choose…"));
    type.valueProperty().bindBidirectional(model.sourceTypeProperty());
    type.disableProperty().bind(model.sourceKnownProperty());
    type.setTooltip(new Tooltip("PRISMA 2020 counts records per type of source"));
    type.setMaxWidth(Double.MAX_VALUE);
    DatePicker date = new DatePicker();
    date.setId("import-search-date");
    date.setPromptText("optional");
    date.setTooltip(new Tooltip("The date the search was run, as PRISMA reports it"));
    date.valueProperty().bindBidirectional(model.searchDateProperty());
    date.setMaxWidth(Double.MAX_VALUE);
    ComboBox<CitationImporter> format = new ComboBox<>();
    format.setId("import-format");
    format.getItems().add(null);
    format.getItems().addAll(model.formats());
    format.setConverter(converter(CitationImporter::label, "Automatic"));
    format.setTooltip(new Tooltip("Automatic: each file's format is recognised from its content"));
    format.valueProperty().bindBidirectional(model.formatProperty());
    format.setMaxWidth(Double.MAX_VALUE);
    TextArea strategy = new TextArea();
    strategy.setId("import-strategy");
    strategy.setPromptText("Paste the search strategy (optional)");
    strategy.setPrefRowCount(5);
    strategy.setWrapText(true);
    strategy.textProperty().bindBidirectional(model.strategyProperty());

    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(10);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().addAll(labels, fields);
    form.addRow(0, new Label("Source"), source);
    form.addRow(1, new Label("Source type"), type);
    form.addRow(2, new Label("Search date"), date);
    form.addRow(3, new Label("Format"), format);
    Label strategyLabel = new Label("Search strategy");
    form.add(strategyLabel, 0, 4, 2, 1);
    form.add(strategy, 0, 5, 2, 1);

    Button run = new Button("Import");
    run.setId("import-run");
    run.getStyleClass().add("accent");
    run.setDefaultButton(false);
    run.setTooltip(new Tooltip("Import every listed file (" + IMPORT.getDisplayText() + ")"));
    run.disableProperty().bind(model.canImport().not());
    run.setOnAction(e -> model.importFiles(false));
    run.setMaxWidth(Double.MAX_VALUE);
    Label blocker = new Label();
    blocker.setId("import-blocker");
    blocker.getStyleClass().addAll("text-muted", "text-small");
    blocker.setWrapText(true);
    blocker.textProperty().bind(model.blockerProperty());
    showWhen(blocker, model.blockerProperty().isNotNull());
    ProgressBar progress = new ProgressBar();
    progress.setId("import-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.visibleProperty().bind(model.busyProperty());
    progress.managedProperty().bind(model.busyProperty());
    progress.progressProperty().bind(model.progressProperty());
    VBox card = new VBox(12, form, run, progress, blocker);
    card.getStyleClass().add("winnow-card");
    card.setPadding(new Insets(14));
    card.setPrefWidth(380);
    card.setMinWidth(320);
    card.setMaxHeight(Region.USE_PREF_SIZE);
    return card;
  }

  private Node outcomePane() {
    Label result = banner("import-result", model.resultProperty(), "success");
    Button dedup = new Button("Find duplicates now");
    dedup.setId("import-find-duplicates");
    dedup.setTooltip(new Tooltip("Run deduplication over the new records"));
    dedup.setOnAction(e -> model.findDuplicates());
    showWhen(dedup, model.dedupOfferedProperty());
    Label dedupResult = new Label();
    dedupResult.setId("import-dedup-result");
    dedupResult.setWrapText(true);
    dedupResult.textProperty().bind(model.dedupResultProperty());
    showWhen(dedupResult, model.dedupResultProperty().isNotEmpty());
    HBox after = new HBox(12, dedup, dedupResult);
    after.setAlignment(Pos.CENTER_LEFT);

    Label refusal = banner("import-refusal", model.refusalProperty(), "danger");
    Button force = new Button("Import anyway");
    force.setId("import-force");
    force.setTooltip(new Tooltip("Import the files again, as new records (--force)"));
    force.setOnAction(e -> model.importFiles(true));
    showWhen(force, model.forceOfferedProperty());

    GridPane errors = new GridPane();
    errors.setId("import-errors");
    errors.getStyleClass().add("import-errors");
    ColumnConstraints fixed = new ColumnConstraints();
    fixed.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints problem = new ColumnConstraints();
    problem.setHgrow(Priority.ALWAYS);
    errors.getColumnConstraints().addAll(fixed, fixed, fixed, problem);
    model.errors().addListener((ListChangeListener<FileError>) c -> fillErrors(errors));
    showWhen(errors, Bindings.isNotEmpty(model.errors()));
    return new VBox(8, result, after, refusal, force, errors);
  }

  /** One row per error: file, line and field (what to open and where to look), then the problem. */
  private void fillErrors(GridPane grid) {
    grid.getChildren().clear();
    grid.addRow(
        0,
        errorCell("File", true),
        errorCell("Line", true),
        errorCell("Field", true),
        errorCell("Problem", true));
    int row = 1;
    for (FileError e : model.errors()) {
      grid.addRow(
          row++,
          errorCell(e.file(), false),
          errorCell(e.lineText(), false),
          errorCell(e.fieldText(), false),
          errorCell(e.problem(), false));
    }
  }

  private static Label errorCell(String text, boolean head) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    l.getStyleClass().add(head ? "import-error-head" : "import-error-cell");
    return l;
  }

  private static Label banner(String id, ObservableValue<String> text, String kind) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().addAll("winnow-banner", kind);
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    l.textProperty().bind(text);
    showWhen(l, Bindings.createBooleanBinding(() -> !text.getValue().isEmpty(), text));
    return l;
  }

  private static void showWhen(Node n, ObservableValue<Boolean> condition) {
    n.visibleProperty().bind(condition);
    n.managedProperty().bind(condition);
  }

  private void choose() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Choose citation files");
    List<String> patterns =
        model.formats().stream()
            .flatMap(f -> f.extensions().stream())
            .distinct()
            .map(ext -> "*." + ext)
            .toList();
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Citation files", patterns),
            new FileChooser.ExtensionFilter("All files", "*.*"));
    List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
    if (chosen != null) {
      model.addFiles(chosen.stream().map(File::toPath).toList());
    }
  }

  private void enableDrop() {
    setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    setOnDragEntered(
        e -> {
          if (e.getDragboard().hasFiles()) {
            getStyleClass().add("drop-target");
          }
        });
    setOnDragExited(e -> getStyleClass().remove("drop-target"));
    setOnDragDropped(
        e -> {
          boolean ok = e.getDragboard().hasFiles();
          if (ok) {
            List<File> dropped = e.getDragboard().getFiles();
            // after the drop completes, so the drag source is not kept waiting for the reading
            Platform.runLater(() -> model.addFiles(dropped.stream().map(File::toPath).toList()));
          }
          e.setDropCompleted(ok);
          e.consume();
        });
  }

  /** The model, for tests that stand in for a file chooser or a drop. */
  public ImportViewModel model() {
    return model;
  }

  private void keys(KeyEvent e) {
    if (CHOOSE.match(e)) {
      choose();
      e.consume();
    } else if (IMPORT.match(e)) {
      model.importFiles(false);
      e.consume();
    }
  }

  static String typeLabel(SourceType t) {
    String name = t.cliName().replace('-', ' ');
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format("%.0f KB", bytes / 1024.0);
    }
    return String.format("%.1f MB", bytes / (1024.0 * 1024));
  }

  private static <T> StringConverter<T> converter(Function<T, String> label, String none) {
    return new StringConverter<>() {
      @Override
      public String toString(T t) {
        return t == null ? none : label.apply(t);
      }

      @Override
      public T fromString(String s) {
        throw new UnsupportedOperationException("chosen from the list only");
      }
    };
  }
}
