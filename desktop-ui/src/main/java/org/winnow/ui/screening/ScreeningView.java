package org.winnow.ui.screening;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ScreeningItem;
import org.winnow.core.ranking.ScreeningOrder;
import org.winnow.ui.common.Choosers;
import org.winnow.ui.common.DecisionBadge;
import org.winnow.ui.common.ReasonPicker;

/**
 * The screening window: one item at a time, decided with one key. Keys act whenever the focus is
 * not in a text field (Escape or Enter there gives them back).
 */
public final class ScreeningView extends BorderPane {
  static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination FIND =
      new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

  private final ScreeningViewModel model;
  private final ItemCard card = new ItemCard();
  private final ScrollPane cardScroll = new ScrollPane(card);
  private final ReasonPicker picker = new ReasonPicker();
  private final TextField note = new TextField();
  private final TextField labels = new TextField();
  private final TextField query = new TextField();
  private final ListView<ScreeningViewModel.ScreenedRow> screened = new ListView<>();
  private final Label own = new Label();
  private final VBox others = new VBox(4);
  private final Label blinding = new Label();
  private final SplitPane split = new SplitPane();
  private final FullTextPane pdf;
  private final EventHandler<KeyEvent> keysFromOutside = this::keyFromOutside;

  /** Seconds without a decision after which the model retrains on the decisions since. */
  static final double IDLE_SECONDS = 4;

  private final PauseTransition idle = new PauseTransition(Duration.seconds(IDLE_SECONDS));

  public ScreeningView(ScreeningViewModel model) {
    this.model = model;
    this.pdf = new FullTextPane(model.pdf());
    setId("screening-view");
    getStyleClass().add("screening-view");
    setTop(toolbar());
    setCenter(center());
    setRight(sidebar());
    setBottom(navigation());
    addEventFilter(KeyEvent.KEY_PRESSED, this::key); // before scroll panes take the arrows
    model.itemProperty().addListener((obs, old, now) -> show(now));
    model.highlightProperty().addListener((obs, old, now) -> show(model.itemProperty().get()));
    model.stageProperty().addListener((obs, old, now) -> layoutFor(now));
    layoutFor(model.stageProperty().get());
    card.rank().textProperty().bind(model.rankScoreProperty());
    card.relevantLeft().textProperty().bind(model.relevantLeftProperty());
    idle.setOnFinished(e -> model.retrainIfStale());
    model.screenedProperty().addListener((obs, old, now) -> idle.playFromStart());
    // I / E / M act as soon as Screening is chosen: the card takes the focus when the view is
    // shown and again when its first item arrives (the card is hidden until then, and a hidden
    // node cannot take the focus, which stays on the navigation button). Whatever holds the
    // focus outside this view, the decision keys still reach it while it is shown.
    sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keysFromOutside);
              }
              if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keysFromOutside);
                Platform.runLater(this::focusCard);
              }
            });
    cardScroll
        .visibleProperty()
        .addListener(
            (obs, was, visible) -> {
              if (visible) {
                Platform.runLater(this::focusCard);
              }
            });
    model.start();
  }

  // ---------------------------------------------------------------- layout

  private Node toolbar() {
    Label title = new Label("Screening");
    title.getStyleClass().add("title-3");
    ComboBox<Reviewer> reviewer =
        Choosers.reviewer(
            "screening-reviewer",
            model.reviewers(),
            model.reviewerProperty(),
            "Who is screening: decisions are recorded under this name");
    Button add = new Button("+");
    add.setId("screening-add-reviewer");
    add.setTooltip(new Tooltip("Add a reviewer to the team"));
    add.setOnAction(e -> addReviewer());
    ComboBox<Stage> stage = Choosers.stage("screening-stage", model.stageProperty());
    ProgressBar progress = new ProgressBar();
    progress.setId("screening-progress");
    progress.setPrefWidth(220);
    progress
        .progressProperty()
        .bind(
            Bindings.createDoubleBinding(
                () ->
                    model.totalProperty().get() == 0
                        ? 0
                        : (double) model.screenedProperty().get() / model.totalProperty().get(),
                model.screenedProperty(),
                model.totalProperty()));
    Label count = new Label();
    count.setId("screening-count");
    count.getStyleClass().add("text-muted");
    count
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    String.format(
                        "%,d of %,d screened",
                        model.screenedProperty().get(), model.totalProperty().get()),
                model.screenedProperty(),
                model.totalProperty()));
    VBox progressBox = new VBox(2, progress, count);
    progressBox.setAlignment(Pos.CENTER_RIGHT);
    Button keywords = new Button("Keywords…");
    keywords.setId("screening-keywords-edit");
    keywords.setTooltip(new Tooltip("Edit the highlighted include and exclude terms (K)"));
    keywords.setOnAction(e -> HighlightEditor.edit(this, model));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar =
        new HBox(10, title, reviewer, add, stage, orderChooser(), grow, progressBox, keywords);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(0, 0, 12, 0));
    return bar;
  }

  /** Shows the order the queue is served in, and sets it for the stage. */
  private Node orderChooser() {
    ComboBox<ScreeningOrder> order = new ComboBox<>();
    order.setId("screening-order");
    order.getItems().setAll(ScreeningOrder.values());
    order.setConverter(Choosers.shown(ScreeningViewModel::orderName));
    order.setTooltip(
        new Tooltip(
            "The order items are served in, for the whole team at this stage (as winnow screen"
                + " --next --order): Prioritised puts the records most like the included ones first"
                + " (the default once an include and an exclude are known to you); Random is a"
                + " seeded random order; File order is the import order, which the stop check"
                + " cannot use."));
    order.setFocusTraversable(false);
    order.setMinWidth(Region.USE_PREF_SIZE);
    model.orderProperty().addListener((obs, old, now) -> order.getSelectionModel().select(now));
    order.setOnAction(
        e -> {
          ScreeningOrder chosen = order.getValue();
          if (chosen != null && chosen != model.orderProperty().get()) {
            model.chooseOrder(chosen); // a choice by the reviewer, not the ranking's update
            cardScroll.requestFocus();
          }
        });
    Label note = new Label();
    note.setId("screening-order-note");
    note.getStyleClass().addAll("text-muted", "text-small");
    note.textProperty().bind(model.orderNoteProperty());
    VBox box = new VBox(2, order, note);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  /** The stop check: the stopping rule's verdict in words, and the team's stop and its undo. */
  private Node stopPane() {
    Label report = new Label();
    report.setId("screening-stop-report");
    report.setWrapText(true);
    report.setMinHeight(Region.USE_PREF_SIZE);
    report.textProperty().bind(model.stopReportProperty());
    Button check = new Button("Check again");
    check.setId("screening-stop-check");
    check.setOnAction(e -> model.checkStop());
    TextField reason = new TextField();
    reason.setId("screening-stop-reason");
    reason.setPromptText("Why the team stops (required)");
    Button stop = new Button("Stop screening this stage");
    stop.setId("screening-stop");
    stop.getStyleClass().add("danger");
    stop.setTooltip(
        new Tooltip(
            "The records nobody has screened leave screening as marked ineligible by automation"
                + " tools (PRISMA), explained by this stop and the rule's estimate; undo puts them"
                + " back (as winnow screening --stop --reason / --stop --undo)"));
    stop.setOnAction(e -> model.stopScreening(reason.getText()));
    Button undoStop = new Button("Undo the stop");
    undoStop.setId("screening-stop-undo");
    undoStop.setOnAction(e -> model.undoStop(reason.getText()));
    for (Button b : List.of(check, stop, undoStop)) {
      b.setFocusTraversable(false);
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox actions = new HBox(6, stop, undoStop);
    VBox content = new VBox(8, report, check, reason, actions);
    TitledPane pane = new TitledPane("Stop check", content);
    pane.setId("screening-stop-pane");
    pane.setExpanded(false);
    pane.expandedProperty()
        .addListener(
            (obs, was, open) -> {
              if (open) {
                model.checkStop();
              }
            });
    // stopping early exists at title and abstract only (PRISMA counts the rest before screening)
    // and on a team project only a lead stops (the server refuses the others' writes too)
    for (Button b : List.of(stop, undoStop)) {
      b.disableProperty()
          .bind(
              model
                  .stageProperty()
                  .isNotEqualTo(Stage.TITLE_ABSTRACT)
                  .or(model.mayStopProperty().not()));
    }
    return pane;
  }

  private Node center() {
    cardScroll.setFitToWidth(true);
    cardScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    cardScroll.setId("screening-card-scroll");
    cardScroll.getStyleClass().add("screening-card-scroll");
    Label empty = new Label();
    empty.setId("screening-empty");
    empty.getStyleClass().add("title-4");
    empty.setWrapText(true);
    empty
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  if (model.reviewersEmpty()) {
                    return "Add a reviewer (+) to start screening.";
                  }
                  if (model.loadingProperty().get() || !model.doneProperty().get()) {
                    return "Loading…";
                  }
                  return "All caught up: nothing left for you at this stage.\n"
                      + "Reopen a screened item from the list to change a decision.";
                },
                model.loadingProperty(),
                model.doneProperty(),
                model.reviewers()));
    empty.visibleProperty().bind(model.itemProperty().isNull());
    cardScroll.visibleProperty().bind(model.itemProperty().isNotNull());
    StackPane stack = new StackPane(cardScroll, empty);
    split.getItems().setAll(stack);
    return split;
  }

  private void layoutFor(Stage stage) {
    Node item = split.getItems().get(0);
    // at full text the PDF is what the reviewer reads: the citation steps back
    card.getStyleClass().remove("compact");
    if (stage == Stage.FULL_TEXT) {
      card.getStyleClass().add("compact");
      split.getItems().setAll(item, pdf);
      split.setDividerPositions(0.36);
    } else {
      split.getItems().setAll(item);
    }
  }

  private Node sidebar() {
    Label heading = new Label("Your decision");
    heading.getStyleClass().add("title-4");
    own.setId("screening-own");
    HBox ownLine = new HBox(8, heading, own);
    ownLine.setAlignment(Pos.CENTER_LEFT);
    Button include = decisionButton("Include", "I", DecisionValue.INCLUDE, "success");
    Button exclude = decisionButton("Exclude", "E", DecisionValue.EXCLUDE, "danger");
    Button maybe = decisionButton("Maybe", "M", DecisionValue.MAYBE, null);
    HBox buttons = new HBox(6, include, exclude, maybe);
    for (Button b : List.of(include, exclude, maybe)) {
      HBox.setHgrow(b, Priority.ALWAYS);
      b.setMaxWidth(Double.MAX_VALUE);
    }
    note.setId("screening-note");
    note.setPromptText("Note (T)");
    note.textProperty().bindBidirectional(model.noteProperty());
    note.setTooltip(new Tooltip("A note saved with your next decision (T; Enter or Esc to leave)"));
    labels.setId("screening-labels");
    labels.setPromptText("Labels, separated by ; (L)");
    labels.textProperty().bindBidirectional(model.labelsProperty());
    labels.setTooltip(new Tooltip("Labels saved with your next decision (L)"));
    blinding.setId("screening-blinding");
    blinding.setWrapText(true);
    blinding.setMinHeight(Region.USE_PREF_SIZE);
    blinding.getStyleClass().add("text-muted");
    others.setId("screening-others");
    VBox decision = new VBox(8, ownLine, buttons, picker, note, labels, blinding, others);
    decision.getStyleClass().add("winnow-card");
    decision.setPadding(new Insets(12));

    Label listHeading = new Label("Screened by you");
    listHeading.getStyleClass().add("title-4");
    query.setId("screening-query");
    query.setPromptText("Search (Ctrl+F), e.g. methadone AND year:[2015 TO 2020]");
    query.textProperty().bindBidirectional(model.queryProperty());
    query.setOnAction(
        e -> {
          model.search();
          screened.requestFocus();
          screened.getSelectionModel().selectFirst();
        });
    query.setTooltip(
        new Tooltip(
            "Lucene query over title, abstract, keywords and MeSH; Enter searches, an empty box lists your latest decisions"));
    Label summary = new Label();
    summary.setId("screening-screened-summary");
    summary.getStyleClass().addAll("text-muted", "text-small");
    summary.textProperty().bind(model.screenedSummaryProperty());
    summary.setWrapText(true);
    screened.setId("screening-screened");
    screened.setItems(model.screenedRows());
    screened.setCellFactory(
        v -> {
          ScreenedCell cell = new ScreenedCell();
          cell.prefWidthProperty().bind(v.widthProperty().subtract(18)); // no sideways scrolling
          return cell;
        });
    screened.setPlaceholder(new Label("Nothing screened yet"));
    screened.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            reopenSelected();
            e.consume();
          }
        });
    screened.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            reopenSelected();
          }
        });
    VBox list = new VBox(6, listHeading, query, summary, screened);
    VBox.setVgrow(screened, Priority.ALWAYS);
    list.setPadding(new Insets(12));
    list.getStyleClass().add("winnow-card");
    VBox side = new VBox(12, decision, stopPane(), list);
    VBox.setVgrow(list, Priority.ALWAYS);
    side.setPrefWidth(380);
    side.setMinWidth(340);
    side.setPadding(new Insets(0, 0, 0, 12));
    return side;
  }

  private Button decisionButton(String text, String key, DecisionValue value, String style) {
    Button b = new Button(text + " (" + key + ")");
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.setId("decide-" + value.cliName());
    if (style != null) {
      b.getStyleClass().add(style);
    }
    b.setTooltip(new Tooltip(text + " this item and move on (" + key + ")"));
    b.setFocusTraversable(false);
    b.setOnAction(e -> decide(value));
    b.disableProperty().bind(model.itemProperty().isNull());
    return b;
  }

  private Node navigation() {
    Button previous = new Button("← Previous");
    previous.setId("screening-previous");
    previous.setTooltip(new Tooltip("Previous item (P or ←)"));
    previous.setOnAction(e -> model.previous());
    Button next = new Button("Next →");
    next.setId("screening-next");
    next.setTooltip(new Tooltip("Next item without deciding (N or →)"));
    next.setOnAction(e -> model.next());
    Button undo = new Button("Undo");
    undo.setId("screening-undo");
    undo.setTooltip(new Tooltip("Undo your last decision (Ctrl+Z)"));
    undo.setOnAction(e -> model.undo());
    undo.disableProperty().bind(model.canUndoProperty().not());
    for (Button b : List.of(previous, next, undo)) {
      b.setFocusTraversable(false);
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    Label position = new Label();
    position.setId("screening-position");
    position.setMinWidth(Region.USE_PREF_SIZE);
    position.textProperty().bind(model.positionProperty());
    Label message = new Label();
    message.setId("screening-message");
    message.getStyleClass().add("text-muted");
    message.textProperty().bind(model.messageProperty());
    message.setMinWidth(0);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(10, previous, position, next, undo, grow, message);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(12, 0, 0, 0));
    return bar;
  }

  // ---------------------------------------------------------------- showing an item

  private void show(ScreeningItem item) {
    picker.pickingProperty().set(false);
    if (item == null) {
      DecisionBadge.show(own, null, "");
      blinding.setText("");
      others.getChildren().clear();
      return;
    }
    card.show(item, model.highlightProperty().get());
    cardScroll.setVvalue(0);
    Decision mine = item.own();
    DecisionBadge.show(
        own,
        mine == null ? null : mine.value(),
        mine == null ? "not yet decided" : ScreeningViewModel.describe(mine));
    others.getChildren().clear();
    if (item.blinded()) {
      blinding.setText(
          mine == null
              ? "Blinded: other reviewers' decisions stay hidden until you and every other required"
                  + " reviewer have decided."
              : "Blinded: waiting for the other required decisions.");
    } else {
      blinding.setText(
          "Outcome: "
              + (item.status() == null
                  ? ""
                  : item.status().name().toLowerCase(java.util.Locale.ROOT))
              + (item.others().isEmpty() ? "" : " · the other decisions:"));
      for (Decision d : item.others()) {
        Label badge = DecisionBadge.of(d.value(), ScreeningViewModel.describe(d));
        Label who = new Label(d.reviewer().name());
        Label text = new Label(d.note() == null ? "" : "“" + d.note() + "”");
        text.getStyleClass().add("text-muted");
        text.setWrapText(true);
        HBox line = new HBox(8, who, badge);
        line.setAlignment(Pos.CENTER_LEFT);
        others.getChildren().addAll(line, text);
      }
    }
  }

  // ---------------------------------------------------------------- keys

  /** Gives the card the focus unless the reviewer is already working inside this view. */
  private void focusCard() {
    if (!holdsFocus()) {
      cardScroll.requestFocus();
    }
  }

  private boolean holdsFocus() {
    Node owner = getScene() == null ? null : getScene().getFocusOwner();
    for (Node n = owner; n != null; n = n.getParent()) {
      if (n == this) {
        return true;
      }
    }
    return false;
  }

  /**
   * The decision and move keys while the focus is outside this view (the navigation button just
   * clicked, the menu bar): they act on the item shown, as they would on the card. Text fields
   * elsewhere keep their letters, and keys with Ctrl or Alt stay with the menus.
   */
  private void keyFromOutside(KeyEvent e) {
    Node focus = getScene() == null ? null : getScene().getFocusOwner();
    if (holdsFocus() || focus instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    switch (e.getCode()) {
      case I, E, M, N, P -> key(e);
      default -> {
        // other keys keep their meaning where the focus is
      }
    }
  }

  private void key(KeyEvent e) {
    Node focus = getScene() == null ? null : getScene().getFocusOwner();
    if (focus instanceof TextInputControl) {
      if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.ENTER && focus != query)) {
        cardScroll.requestFocus();
        e.consume();
      }
      return;
    }
    if (picker.pickingProperty().get()) {
      return;
    }
    boolean handled = true;
    if (UNDO.match(e)) {
      model.undo();
    } else if (FIND.match(e)) {
      query.requestFocus();
      query.selectAll();
    } else if (e.isShortcutDown() || e.isAltDown()) {
      handled = false; // menu accelerators (Go to …) keep working
    } else {
      switch (e.getCode()) {
        case I -> decide(DecisionValue.INCLUDE);
        case E -> decide(DecisionValue.EXCLUDE);
        case M -> decide(DecisionValue.MAYBE);
        case N, RIGHT -> model.next();
        case P, LEFT -> model.previous();
        case T -> note.requestFocus();
        case L -> labels.requestFocus();
        case K -> HighlightEditor.edit(this, model);
        case SLASH -> query.requestFocus();
        case PAGE_DOWN -> model.pdf().nextPage();
        case PAGE_UP -> model.pdf().previousPage();
        case F5 -> model.openSession();
        default -> handled = false;
      }
    }
    if (handled) {
      e.consume();
    }
  }

  private void decide(DecisionValue value) {
    idle.stop();
    if (model.itemProperty().get() == null) {
      return;
    }
    if (model.needsReason(value)) {
      picker.show(
          model.reasons(),
          r -> {
            model.decide(value, r.label());
            cardScroll.requestFocus();
          },
          cardScroll::requestFocus);
    } else {
      model.decide(value, null);
      cardScroll.requestFocus();
    }
  }

  private void reopenSelected() {
    ScreeningViewModel.ScreenedRow row = screened.getSelectionModel().getSelectedItem();
    if (row != null) {
      model.reopen(row.itemId());
      cardScroll.requestFocus();
    }
  }

  private void addReviewer() {
    TextInputDialog d = new TextInputDialog();
    d.setTitle("Add a reviewer");
    d.setHeaderText("Add a member of the review team");
    d.setContentText("Name:");
    if (getScene() != null) {
      d.initOwner(getScene().getWindow());
    }
    d.showAndWait().filter(n -> !n.isBlank()).ifPresent(model::addReviewer);
  }

  /** A screened item: the reviewer's own decision as a tag, then year and title. */
  private static final class ScreenedCell extends ListCell<ScreeningViewModel.ScreenedRow> {
    @Override
    protected void updateItem(ScreeningViewModel.ScreenedRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label badge = DecisionBadge.of(row.value(), row.value().cliName());
      badge.setMinWidth(Region.USE_PREF_SIZE);
      Label title = new Label((row.year() == null ? "" : row.year() + " · ") + row.title());
      title.setMinWidth(0);
      title.setTooltip(new Tooltip(row.title() + "\nYour decision: " + row.decision()));
      HBox box = new HBox(8, badge, title);
      box.setAlignment(Pos.CENTER_LEFT);
      setGraphic(box);
      setText(null);
    }
  }
}
