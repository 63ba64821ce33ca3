package org.winnow.ui.dedup;

import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.winnow.core.project.DedupService.QueuedPair;
import org.winnow.ui.common.Columns;
import org.winnow.ui.dedup.DedupViewModel.FieldRow;
import org.winnow.ui.dedup.DedupViewModel.MergedCitation;

/**
 * The review of possible duplicates: one pair at a time, the two records side by side with each
 * field coloured by how it agrees, decided by keyboard (S same, D different, K or → skip, Ctrl+Z
 * undo); and the merged citations, each of which can be split.
 */
public final class DedupView extends VBox {
  static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+R");
  static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");

  private final DedupViewModel model;
  private final TabPane tabs = new TabPane();
  private final Tab review = new Tab("Review queue");
  private final ListView<QueuedPair> list = new ListView<>();
  private final GridPane comparison = new GridPane();
  private boolean syncing;

  public DedupView(DedupViewModel model) {
    super(12);
    this.model = model;
    setId("dedup-view");
    Label title = new Label("Deduplication");
    title.getStyleClass().add("title-2");
    Button find = new Button("Find duplicates");
    find.setId("dedup-find");
    find.getStyleClass().add("accent");
    find.setTooltip(
        new Tooltip(
            "Compare new records with all others: certain duplicates are merged, possible ones"
                + " queued ("
                + FIND.getDisplayText()
                + ")"));
    find.disableProperty().bind(model.busyProperty());
    find.setOnAction(e -> model.findDuplicates());
    Label summary = new Label();
    summary.setId("dedup-summary");
    summary.getStyleClass().add("text-muted");
    summary.textProperty().bind(model.runSummaryProperty());
    HBox header = new HBox(14, title, find, summary);
    header.setAlignment(Pos.CENTER_LEFT);

    review.setContent(reviewPane());
    review.textProperty().bind(Bindings.size(model.queue()).asString("Review queue (%d)"));
    Tab merged = new Tab();
    merged.setContent(mergedPane());
    merged.textProperty().bind(Bindings.size(model.merged()).asString("Merged citations (%d)"));
    tabs.getTabs().addAll(review, merged);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("dedup-tabs");
    VBox.setVgrow(tabs, Priority.ALWAYS);

    Label message = new Label();
    message.setId("dedup-message");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    getChildren().addAll(header, tabs, message);

    addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                model.refresh();
                Platform.runLater(list::requestFocus); // so that S, D and K reach the view
              }
            });
  }

  private Node reviewPane() {
    list.setId("dedup-queue");
    list.setItems(model.queue());
    list.setPrefWidth(270);
    list.setMinWidth(220);
    list.setCellFactory(v -> new PairCell(model));
    Label empty = new Label("No pairs to review.\nRun Find duplicates after an import.");
    empty.getStyleClass().add("text-muted");
    list.setPlaceholder(empty);
    list.getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (obs, old, now) -> {
              if (!syncing && now.intValue() >= 0) {
                model.select(now.intValue());
              }
            });
    model.indexProperty().addListener((obs, old, now) -> syncSelection());
    model.queue().addListener((ListChangeListener<QueuedPair>) c -> syncSelection());

    Label position = new Label();
    position.setId("dedup-position");
    position.getStyleClass().add("title-4");
    position.textProperty().bind(model.positionProperty());
    Label evidence = new Label();
    evidence.setId("dedup-evidence");
    evidence.getStyleClass().add("text-muted");
    evidence.textProperty().bind(model.evidenceProperty());
    Label explained = new Label();
    explained.setId("dedup-explanation");
    explained.getStyleClass().add("text-muted");
    explained.textProperty().bind(model.explanationProperty());
    HBox heading = new HBox(12, position, evidence, explained);
    heading.setAlignment(Pos.BASELINE_LEFT);

    comparison.setId("dedup-comparison");
    comparison.getStyleClass().add("dedup-comparison");
    // fixed shares, so long titles wrap inside their column instead of widening the grid
    comparison.getColumnConstraints().addAll(share(13), share(36), share(36), share(15));
    model.fields().addListener((ListChangeListener<FieldRow>) c -> fillComparison());
    ScrollPane scroll = new ScrollPane(comparison);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("edge-to-edge");
    VBox.setVgrow(scroll, Priority.ALWAYS);

    Button same = action("Same", "S", "dedup-same", "Same work: merge the two citations");
    same.setOnAction(e -> model.same());
    Button different =
        action("Different", "D", "dedup-different", "Different works: keep them apart");
    different.setOnAction(e -> model.different());
    Button skip = action("Skip", "K / →", "dedup-skip", "Decide later: the pair stays queued");
    skip.setOnAction(e -> model.skip());
    Button undo =
        action("Undo", UNDO.getDisplayText(), "dedup-undo", "Undo the last decision or skip");
    undo.setOnAction(e -> model.undo());
    undo.disableProperty().bind(model.canUndoProperty().not().or(model.busyProperty()));
    for (Button b : new Button[] {same, different, skip}) {
      b.disableProperty().bind(model.currentProperty().isNull().or(model.busyProperty()));
    }
    same.getStyleClass().addAll("button-outlined", "success");
    different.getStyleClass().addAll("button-outlined", "danger");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button allSame = new Button();
    allSame.setId("dedup-all-same");
    allSame
        .textProperty()
        .bind(Bindings.format("Same: all %d like this…", model.likeThisProperty()));
    allSame.setTooltip(
        new Tooltip("Every waiting pair with this explanation is the same work: merge them all"));
    allSame.setOnAction(e -> confirmAllLikeThis(true));
    Button allDifferent = new Button();
    allDifferent.setId("dedup-all-different");
    allDifferent
        .textProperty()
        .bind(Bindings.format("Different: all %d like this…", model.likeThisProperty()));
    allDifferent.setTooltip(
        new Tooltip("Every waiting pair with this explanation is two different works"));
    allDifferent.setOnAction(e -> confirmAllLikeThis(false));
    for (Button b : new Button[] {allSame, allDifferent}) {
      b.disableProperty().bind(model.likeThisProperty().lessThan(2).or(model.busyProperty()));
    }
    HBox actions = new HBox(8, same, different, skip, allSame, allDifferent, grow, undo);
    actions.setAlignment(Pos.CENTER_LEFT);

    VBox pair = new VBox(10, heading, scroll, actions);
    pair.setPadding(new Insets(0, 0, 0, 4));
    HBox.setHgrow(pair, Priority.ALWAYS);
    HBox pane = new HBox(14, list, pair);
    pane.setPadding(new Insets(12, 0, 0, 0));
    return pane;
  }

  private static ColumnConstraints share(double percent) {
    ColumnConstraints c = new ColumnConstraints();
    c.setPercentWidth(percent);
    return c;
  }

  private static Button action(String name, String key, String id, String help) {
    Button b = new Button(name + "  (" + key + ")");
    b.setId(id);
    b.setTooltip(new Tooltip(help + " (" + key + ")"));
    b.setFocusTraversable(false); // the keys act on the pair; focus stays on the queue
    return b;
  }

  private void syncSelection() {
    syncing = true;
    try {
      int i = model.indexProperty().get();
      if (i >= 0 && i < model.queue().size()) {
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - 3));
      } else {
        list.getSelectionModel().clearSelection();
      }
    } finally {
      syncing = false;
    }
  }

  /** Rebuilds the side-by-side grid: one band per field, coloured by its agreement. */
  private void fillComparison() {
    comparison.getChildren().clear();
    if (model.currentProperty().get() == null) {
      return;
    }
    comparison.addRow(
        0,
        cell("", "dedup-head"),
        cell("A  " + model.recordAProperty().get(), "dedup-head"),
        cell("B  " + model.recordBProperty().get(), "dedup-head"),
        cell("Agreement", "dedup-head"));
    int row = 1;
    for (FieldRow f : model.fields()) {
      String kind =
          f.agreement() == null
              ? "agreement-none"
              : "agreement-" + f.agreement().name().toLowerCase(Locale.ROOT);
      Label name = cell(f.label(), kind);
      name.getStyleClass().add("dedup-field");
      comparison.addRow(
          row++,
          name,
          cell(f.a() == null ? "—" : f.a(), kind),
          cell(f.b() == null ? "—" : f.b(), kind),
          cell(f.agreementText(), kind));
    }
  }

  private static Label cell(String text, String kind) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.getStyleClass().addAll("dedup-cell", kind);
    l.setMaxWidth(Double.MAX_VALUE);
    l.setMaxHeight(Double.MAX_VALUE);
    l.setAlignment(Pos.TOP_LEFT);
    GridPane.setFillWidth(l, true);
    GridPane.setFillHeight(l, true);
    return l;
  }

  private Node mergedPane() {
    TableView<MergedCitation> table = new TableView<>(model.merged());
    table.setId("dedup-merged");
    table.getColumns().add(Columns.text("Citation", m -> Long.toString(m.citationId()), 90));
    table
        .getColumns()
        .add(Columns.text("Records", m -> Integer.toString(m.recordIds().size()), 80));
    table.getColumns().add(Columns.text("Record IDs", MergedCitation::ids, 220));
    table.getColumns().add(Columns.text("Title", m -> m.title() == null ? "" : m.title(), 500));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No citation holds more than one record yet."));
    VBox.setVgrow(table, Priority.ALWAYS);
    Button split = new Button("Split citation…");
    split.setId("dedup-split");
    split.setMinWidth(Region.USE_PREF_SIZE);
    split.setTooltip(
        new Tooltip(
            "Undo the merges of the selected citation: every record goes back to the citation it"
                + " was imported into"));
    split
        .disableProperty()
        .bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
    split.setOnAction(e -> confirmSplit(table.getSelectionModel().getSelectedItem()));
    Label hint =
        new Label(
            "Citations that hold several records, merged automatically or by a reviewer. Split one"
                + " when its records are different works.");
    hint.getStyleClass().add("text-muted");
    hint.setWrapText(true);
    HBox bar = new HBox(12, split, hint);
    bar.setAlignment(Pos.CENTER_LEFT);
    VBox pane = new VBox(10, bar, table);
    pane.setPadding(new Insets(12, 0, 0, 0));
    return pane;
  }

  private void confirmSplit(MergedCitation m) {
    if (m == null) {
      return;
    }
    Alert ask =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            "Each of its "
                + m.recordIds().size()
                + " records ("
                + m.ids()
                + ") goes back to the citation it was imported into, and every pair of them is"
                + " recorded as different so that later runs do not merge them again.",
            ButtonType.OK,
            ButtonType.CANCEL);
    ask.setHeaderText("Split citation " + m.citationId() + "?");
    ask.initOwner(getScene().getWindow());
    ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.split(m));
  }

  /** Asks before one verdict goes to every waiting pair with the current pair's explanation. */
  private void confirmAllLikeThis(boolean same) {
    Alert ask =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            model.likeThisProperty().get()
                + " waiting pairs are "
                + model.explanationProperty().get().toLowerCase(Locale.ROOT)
                + ". All of them will be decided "
                + (same ? "the same work (their citations merged)" : "different works")
                + " in one step; this cannot be undone here (split a citation to undo a merge).",
            ButtonType.OK,
            ButtonType.CANCEL);
    ask.setHeaderText("Decide all " + model.likeThisProperty().get() + " pairs like this?");
    ask.initOwner(getScene().getWindow());
    ask.showAndWait()
        .filter(b -> b == ButtonType.OK)
        .ifPresent(
            b -> {
              if (same) {
                model.sameForAllLikeThis();
              } else {
                model.differentForAllLikeThis();
              }
            });
  }

  /** The model, for tests that stand in for a file chooser or a drop. */
  public DedupViewModel model() {
    return model;
  }

  private void keys(KeyEvent e) {
    if (UNDO.match(e)) {
      model.undo();
      e.consume();
      return;
    }
    if (FIND.match(e)) {
      model.findDuplicates();
      e.consume();
      return;
    }
    if (tabs.getSelectionModel().getSelectedItem() != review
        || e.isShortcutDown()
        || e.isAltDown()) {
      return;
    }
    KeyCode k = e.getCode();
    if (k == KeyCode.S) {
      model.same();
    } else if (k == KeyCode.D) {
      model.different();
    } else if (k == KeyCode.K || k == KeyCode.RIGHT) {
      model.skip();
    } else {
      return;
    }
    e.consume();
  }

  /** A queue entry: the two record IDs, the score and the rule that queued the pair. */
  private static final class PairCell extends ListCell<QueuedPair> {
    private final DedupViewModel model;

    PairCell(DedupViewModel model) {
      this.model = model;
      setPrefWidth(0); // as wide as the list: no sideways scrolling
    }

    @Override
    protected void updateItem(QueuedPair p, boolean empty) {
      super.updateItem(p, empty);
      if (empty || p == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label ids = new Label(model.idOf(p.a()) + "  ~  " + model.idOf(p.b()));
      ids.getStyleClass().add("text-bold");
      Label why = new Label(String.format("%.2f · %s", p.pair().score(), p.pair().reason()));
      why.getStyleClass().addAll("text-muted", "text-small");
      why.setWrapText(true);
      why.setMinHeight(Region.USE_PREF_SIZE);
      why.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
      setText(null);
      setGraphic(new VBox(2, ids, why));
    }
  }
}
