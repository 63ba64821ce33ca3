package org.winnow.ui.prisma;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import org.winnow.core.prisma.PrismaBox;
import org.winnow.core.prisma.PrismaDiagram;
import org.winnow.core.project.PrismaExport;
import org.winnow.ui.common.Choosers;
import org.winnow.ui.common.Refreshable;
import org.winnow.ui.prisma.PrismaViewModel.CheckRow;
import org.winnow.ui.prisma.PrismaViewModel.ItemRow;

/**
 * The PRISMA 2020 flow diagram, live: the diagram on the left (click a box, or choose it by
 * keyboard, to list the records behind its count), and beside it the items, the consistency checks
 * and the fields only a person can know. Exports through one dialog.
 */
public final class PrismaView extends BorderPane implements Refreshable {
  static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
  static final KeyCombination EXPORT =
      new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination ZOOM_IN =
      new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination ZOOM_OUT =
      new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination FIT =
      new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  static final KeyCombination SAVE =
      new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

  /** Space around the paper in the diagram pane, in pixels. */
  private static final double MARGIN = 16;

  private final PrismaViewModel model;
  private final TabPane side = new TabPane();
  private final ScrollPane scroll = new ScrollPane();

  public PrismaView(PrismaViewModel model) {
    this.model = model;
    setId("prisma-view");
    getStyleClass().add("prisma-view");
    setTop(header());
    SplitPane split = new SplitPane(diagramPane(), sidePanel());
    split.setDividerPositions(0.67);
    SplitPane.setResizableWithParent(split.getItems().get(1), false);
    BorderPane.setMargin(split, new Insets(12, 0, 0, 0));
    setCenter(split);
    setBottom(statusLine());
    Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
    keys.put(REFRESH, model::refresh);
    keys.put(EXPORT, this::chooseExport);
    keys.put(ZOOM_IN, model::zoomIn);
    keys.put(ZOOM_OUT, model::zoomOut);
    keys.put(FIT, this::fit);
    // the view's keys belong to the window only while the view is shown; showing it recounts
    sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (old != null) {
                keys.keySet().forEach(k -> old.getAccelerators().remove(k));
              }
              if (now != null) {
                keys.forEach((k, r) -> now.getAccelerators().put(k, r));
                model.refresh();
              }
            });
  }

  public PrismaViewModel model() {
    return model;
  }

  private Node header() {
    Label title = new Label("PRISMA 2020 flow diagram");
    title.getStyleClass().add("title-2");
    Label hint =
        new Label("Every count comes from the review's data. Click a box to list its records.");
    hint.getStyleClass().add("text-muted");
    VBox titles = new VBox(2, title, hint);
    Button refresh = button("Refresh", REFRESH, model::refresh, "prisma-refresh");
    Button out = button("−", ZOOM_OUT, model::zoomOut, "prisma-zoom-out");
    Button fit = button("Fit", FIT, this::fit, "prisma-fit");
    Button in = button("+", ZOOM_IN, model::zoomIn, "prisma-zoom-in");
    Label zoom = new Label();
    zoom.setId("prisma-zoom");
    zoom.setMinWidth(Region.USE_PREF_SIZE);
    zoom.textProperty().bind(Bindings.format("%.0f%%", model.zoomProperty().multiply(100)));
    HBox zoomBox = new HBox(4, out, zoom, in, fit);
    zoomBox.setAlignment(Pos.CENTER);
    Button export = button("Export…", EXPORT, this::chooseExport, "prisma-export");
    export.getStyleClass().add("accent");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox header = new HBox(12, titles, grow, refresh, zoomBox, export);
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  private static Button button(String text, KeyCombination key, Runnable action, String id) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    String what =
        switch (text) {
          case "−" -> "Zoom out";
          case "+" -> "Zoom in";
          case "Fit" -> "Fit the diagram to the pane";
          case "Export…" -> "Export the diagram (SVG, PNG, PDF) or the counts (CSV, JSON)";
          default -> text;
        };
    b.setTooltip(new Tooltip(what + " (" + key.getDisplayText() + ")"));
    return b;
  }

  // ------------------------------------------------------------------ the diagram

  private Node diagramPane() {
    ImageView picture = new ImageView();
    picture.setId("prisma-diagram");
    picture.imageProperty().bind(model.imageProperty());
    picture.setPreserveRatio(true);
    picture.setSmooth(true);
    picture.setCursor(Cursor.HAND);
    picture
        .fitWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> width(model.diagramProperty().get()) * model.zoomProperty().get(),
                model.diagramProperty(),
                model.zoomProperty()));
    picture.setOnMouseClicked(
        e ->
            model.select(
                e.getX() / model.zoomProperty().get(), e.getY() / model.zoomProperty().get()));
    Rectangle highlight = new Rectangle();
    highlight.setId("prisma-highlight");
    highlight.getStyleClass().add("prisma-highlight");
    highlight.setManaged(false);
    Runnable place =
        () -> {
          PrismaBox b = model.selectedBoxProperty().get();
          highlight.setVisible(b != null);
          if (b != null) {
            double z = model.zoomProperty().get();
            highlight.setX(b.bounds().x() * z - 3);
            highlight.setY(b.bounds().y() * z - 3);
            highlight.setWidth(b.bounds().width() * z + 6);
            highlight.setHeight(b.bounds().height() * z + 6);
          }
        };
    model.selectedBoxProperty().addListener((obs, old, now) -> place.run());
    model.zoomProperty().addListener((obs, old, now) -> place.run());
    place.run();
    Pane overlay = new Pane(highlight);
    overlay.setMouseTransparent(true);
    StackPane paper = new StackPane(picture, overlay);
    paper.setAlignment(Pos.TOP_LEFT);
    paper.getStyleClass().add("prisma-paper");
    paper.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    StackPane holder = new StackPane(paper);
    holder.setAlignment(Pos.TOP_CENTER);
    holder.setPadding(new Insets(MARGIN));
    holder
        .minWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
    holder
        .minHeightProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
    scroll.setContent(holder);
    scroll.getStyleClass().add("edge-to-edge");
    scroll.setPannable(true);
    scroll.viewportBoundsProperty().addListener((obs, old, now) -> refit());
    model.diagramProperty().addListener((obs, old, now) -> refit());
    return scroll;
  }

  private static double width(PrismaDiagram d) {
    return d == null ? 0 : d.width();
  }

  private void refit() {
    if (model.fitProperty().get()) {
      fit();
    }
  }

  private void fit() {
    var v = scroll.getViewportBounds();
    model.fitTo(v.getWidth() - 2 * MARGIN, v.getHeight() - 2 * MARGIN);
  }

  // ------------------------------------------------------------------ the side panel

  private Node sidePanel() {
    Tab items = new Tab("Items", itemsTab());
    Tab checks = new Tab("Checks", checksTab(items));
    Tab manual = new Tab("Manual fields", manualTab());
    side.getTabs().addAll(items, checks, manual);
    side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    side.setId("prisma-side");
    side.setMinWidth(300);
    side.setPrefWidth(360);
    return side;
  }

  private Node itemsTab() {
    ComboBox<PrismaBox> boxes = new ComboBox<>();
    boxes.setId("prisma-boxes");
    boxes.setPromptText("Choose a box");
    boxes.setMaxWidth(Double.MAX_VALUE);
    boxes.setConverter(Choosers.shown(PrismaView::label));
    model
        .diagramProperty()
        .addListener((obs, old, now) -> boxes.getItems().setAll(model.countBoxes()));
    boxes.setOnAction(
        e -> {
          PrismaBox b = boxes.getValue();
          if (b != null && b != model.selectedBoxProperty().get()) {
            model.selectBox(b);
          }
        });
    model
        .selectedBoxProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                boxes.getItems().stream()
                    .filter(b -> b.id().equals(now.id()))
                    .findFirst()
                    .ifPresent(boxes::setValue);
              }
            });
    Label title = new Label();
    title.setId("prisma-selection");
    title.getStyleClass().add("text-bold");
    title.setWrapText(true);
    title.textProperty().bind(model.selectionTitleProperty());
    TableView<ItemRow> table = new TableView<>(model.items());
    table.setId("prisma-items");
    TableColumn<ItemRow, String> group = column("Source or reason", 130, ItemRow::group);
    TableColumn<ItemRow, String> field = column("Field", 110, ItemRow::field);
    table.getColumns().add(column("Record IDs", 200, r -> r.recordIds().replace("|", " · ")));
    table.getColumns().add(group);
    table.getColumns().add(field);
    table.getStyleClass().addAll("dense", "striped");
    // only the columns that tell the items apart
    model
        .items()
        .addListener(
            (javafx.collections.ListChangeListener<ItemRow>)
                c -> {
                  group.setVisible(model.items().stream().anyMatch(i -> !i.group().isEmpty()));
                  field.setVisible(
                      model.items().stream().map(ItemRow::field).distinct().count() > 1);
                });
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    Label empty =
        new Label(
            "Click a box of the diagram, or choose one above,\nto list the records behind its count.");
    empty.getStyleClass().add("text-muted");
    table.setPlaceholder(empty);
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox box = new VBox(8, boxes, title, table);
    box.setPadding(new Insets(10));
    return box;
  }

  private static String label(PrismaBox b) {
    return b.text().lines().findFirst().orElse(b.id()).replace('\u00A0', ' ');
  }

  private static TableColumn<ItemRow, String> column(
      String name, double width, java.util.function.Function<ItemRow, String> value) {
    TableColumn<ItemRow, String> c = new TableColumn<>(name);
    c.setPrefWidth(width);
    c.setCellValueFactory(
        d -> new javafx.beans.property.SimpleStringProperty(value.apply(d.getValue())));
    return c;
  }

  private Node checksTab(Tab itemsTab) {
    Label summary = new Label();
    summary.setId("prisma-check-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(model.checkSummaryProperty());
    ListView<CheckRow> list = new ListView<>(model.checks());
    list.setId("prisma-checks");
    list.setCellFactory(v -> new CheckCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> model.selectCheck(now));
    Runnable open =
        () -> {
          if (list.getSelectionModel().getSelectedItem() != null) {
            side.getSelectionModel().select(itemsTab);
          }
        };
    list.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            open.run();
          }
        });
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            open.run();
          }
        });
    Label hint = new Label("Select a rule to list the records of its fields (Enter shows them).");
    hint.getStyleClass().addAll("text-muted", "text-small");
    hint.setWrapText(true);
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox box = new VBox(8, summary, list, hint);
    box.setPadding(new Insets(10));
    return box;
  }

  /** A rule: a coloured mark, its id and the rule (or the numbers that break it). */
  private static final class CheckCell extends ListCell<CheckRow> {
    @Override
    protected void updateItem(CheckRow item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label mark =
          new Label(
              switch (item.status()) {
                case HOLDS -> "✓";
                case BROKEN -> "✗";
                case NOT_APPLICABLE -> "–";
              });
      mark.getStyleClass()
          .add("prisma-check-" + item.status().name().toLowerCase().replace('_', '-'));
      mark.setMinWidth(16);
      Label id = new Label(item.id());
      id.getStyleClass().add("text-bold");
      Label message = new Label(item.message());
      message.setWrapText(true);
      message
          .getStyleClass()
          .add(item.status() == PrismaViewModel.CheckStatus.BROKEN ? "danger" : "text-muted");
      message.getStyleClass().add("text-small");
      message.setMinHeight(Region.USE_PREF_SIZE);
      if (getListView() != null) {
        message.prefWidthProperty().bind(getListView().widthProperty().subtract(64));
      }
      VBox text = new VBox(2, id, message);
      HBox row = new HBox(8, mark, text);
      setGraphic(row);
      setText(null);
    }
  }

  private Node manualTab() {
    Label intro =
        new Label(
            "Counts the data cannot know. Leave a field empty when it does not apply; "
                + "derived counts cannot be overridden. Saved fields are marked manual in every export.");
    intro.setWrapText(true);
    intro.getStyleClass().add("text-muted");
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    int row = 0;
    for (PrismaViewModel.ManualRow m : model.manual()) {
      Label label = new Label(m.label());
      label.setWrapText(true);
      TextField field = new TextField();
      field.setId("prisma-manual-" + m.field());
      field.setPrefColumnCount(7);
      field.setMinWidth(Region.USE_PREF_SIZE);
      field.setPromptText("not given");
      field.setTextFormatter(
          new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,9}") ? c : null));
      field.textProperty().bindBidirectional(m.value());
      label.setLabelFor(field);
      grid.add(label, 0, row);
      grid.add(field, 1, row);
      row++;
    }
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setHgrow(Priority.ALWAYS);
    javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
    values.setMinWidth(Region.USE_PREF_SIZE);
    grid.getColumnConstraints().addAll(labels, values);
    Button save = new Button("Save");
    save.setId("prisma-manual-save");
    save.getStyleClass().add("accent");
    save.setDefaultButton(true);
    save.setOnAction(e -> model.saveManual());
    save.setTooltip(new Tooltip("Save the manual fields (" + SAVE.getDisplayText() + ")"));
    VBox box = new VBox(12, intro, grid, save);
    box.setPadding(new Insets(10));
    box.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (SAVE.match(e)) {
            model.saveManual();
            e.consume();
          }
        });
    return box;
  }

  private Node statusLine() {
    Label status = new Label();
    status.setId("prisma-status");
    status.getStyleClass().add("text-muted");
    status.textProperty().bind(model.statusProperty());
    Label error = new Label();
    error.setId("prisma-error");
    error.getStyleClass().add("danger");
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());
    HBox line = new HBox(12, status, error);
    line.setPadding(new Insets(8, 0, 0, 0));
    return line;
  }

  // ------------------------------------------------------------------ export

  private void chooseExport() {
    Scene scene = getScene();
    if (scene == null) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the PRISMA diagram or counts");
    Map<FileChooser.ExtensionFilter, PrismaExport> formats = new LinkedHashMap<>();
    formats.put(new FileChooser.ExtensionFilter("SVG diagram (*.svg)", "*.svg"), PrismaExport.SVG);
    formats.put(
        new FileChooser.ExtensionFilter("PNG diagram, 300 dpi (*.png)", "*.png"), PrismaExport.PNG);
    formats.put(new FileChooser.ExtensionFilter("PDF diagram (*.pdf)", "*.pdf"), PrismaExport.PDF);
    formats.put(
        new FileChooser.ExtensionFilter(
            "PRISMA2020 template, for the R package and Shiny app (*.csv)", "*.csv"),
        PrismaExport.CSV);
    formats.put(
        new FileChooser.ExtensionFilter("Counts with provenance (*.json)", "*.json"),
        PrismaExport.JSON);
    chooser.getExtensionFilters().addAll(formats.keySet());
    chooser.setInitialFileName("prisma.svg");
    File file = chooser.showSaveDialog(scene.getWindow());
    if (file == null) {
      return;
    }
    PrismaExport format;
    try {
      format = PrismaExport.ofFile(file.toPath());
    } catch (IllegalArgumentException e) {
      format = formats.getOrDefault(chooser.getSelectedExtensionFilter(), PrismaExport.SVG);
      file = new File(file.getPath() + "." + format.extension());
    }
    model.export(format, file.toPath());
  }

  /** Others' work (another member, another window) shows here without a restart. */
  @Override
  public void refreshAfterChanges() {
    model.refresh();
  }
}
