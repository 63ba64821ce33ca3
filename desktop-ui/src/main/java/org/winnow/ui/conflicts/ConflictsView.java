package org.winnow.ui.conflicts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.Stage;
import org.winnow.ui.common.Choosers;
import org.winnow.ui.common.DecisionBadge;
import org.winnow.ui.common.ReasonPicker;
import org.winnow.ui.common.Refreshable;

/**
 * Conflicts of a stage, all decisions side by side, resolved by keyboard; and the agreement panel
 * (Cohen's kappa per reviewer pair with its table, Krippendorff's alpha).
 */
public final class ConflictsView extends BorderPane implements Refreshable {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

  private final ConflictsViewModel model;
  private final ListView<ConflictsViewModel.ConflictRow> list = new ListView<>();
  private final VBox detail = new VBox(12);
  private final HBox decisions = new HBox(12);
  private final Label title = new Label();
  private final Label source = new Label();
  private final Label conflict = new Label();
  private final Label abstractText = new Label();
  private final TextField note = new TextField();
  private final ReasonPicker picker = new ReasonPicker();
  private final TabPane tabs = new TabPane();
  private final VBox pairs = new VBox(16);

  public ConflictsView(ConflictsViewModel model) {
    this.model = model;
    setId("conflicts-view");
    setTop(toolbar());
    Tab conflictsTab = new Tab("Conflicts", conflictsPane());
    conflictsTab.setId("conflicts-tab");
    conflictsTab.textProperty().bind(Bindings.size(model.conflicts()).asString("Conflicts (%d)"));
    Tab agreementTab = new Tab("Agreement", agreementPane());
    agreementTab.setId("agreement-tab");
    tabs.getTabs().addAll(conflictsTab, agreementTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("conflicts-tabs");
    setCenter(tabs);
    Label message = new Label();
    message.setId("conflicts-message");
    message.getStyleClass().add("text-muted");
    message.textProperty().bind(model.messageProperty());
    message.setPadding(new Insets(8, 0, 0, 0));
    setBottom(message);
    addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    model.selectedProperty().addListener((obs, old, now) -> show(now));
    model.pairs().addListener((javafx.collections.ListChangeListener<Object>) c -> showPairs());
    sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                Platform.runLater(list::requestFocus);
              }
            });
    model.load();
  }

  private Node toolbar() {
    Label heading = new Label("Conflicts and agreement");
    heading.getStyleClass().add("title-3");
    ComboBox<Stage> stage = Choosers.stage("conflicts-stage", model.stageProperty());
    Button refresh = new Button("Refresh");
    refresh.setId("conflicts-refresh");
    refresh.setTooltip(new Tooltip("Reload conflicts and agreement (F5)"));
    refresh.setOnAction(e -> model.load());
    HBox bar = new HBox(10, heading, stage, refresh);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(0, 0, 12, 0));
    return bar;
  }

  // ---------------------------------------------------------------- conflicts

  private Node conflictsPane() {
    list.setId("conflicts-list");
    list.setItems(model.conflicts());
    list.setCellFactory(
        v -> {
          ConflictCell cell = new ConflictCell();
          cell.prefWidthProperty().bind(v.widthProperty().subtract(18)); // no sideways scrolling
          return cell;
        });
    list.setPlaceholder(new Label("No open conflicts at this stage."));
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                model.selectedProperty().set(now);
              }
            });
    model
        .selectedProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
              }
            });
    list.setMinWidth(280);
    list.setTooltip(new Tooltip("↑ ↓ or N / P move through the conflicts; I / E resolve"));

    title.setId("conflict-title");
    title.getStyleClass().add("title-4");
    title.setWrapText(true);
    source.getStyleClass().add("text-muted");
    source.setWrapText(true);
    conflict.setId("conflict-text");
    conflict.getStyleClass().add("conflict-text");
    conflict.setWrapText(true);
    abstractText.setId("conflict-abstract");
    abstractText.setWrapText(true);
    abstractText.setMinHeight(Region.USE_PREF_SIZE);
    abstractText.getStyleClass().add("conflict-abstract");
    decisions.setId("conflict-decisions");
    Label decisionsHeading = new Label("Decisions");
    decisionsHeading.getStyleClass().add("title-4");
    Label abstractHeading = new Label("Abstract");
    abstractHeading.getStyleClass().add("title-4");
    detail
        .getChildren()
        .addAll(
            title, source, conflict, decisionsHeading, decisions, abstractHeading, abstractText);
    detail.setPadding(new Insets(16));
    ScrollPane scroll = new ScrollPane(detail);
    scroll.setFitToWidth(true);
    scroll.setFocusTraversable(false);
    // the resolve controls stay in view however long the abstract and notes are
    Node resolve = resolvePanel();
    BorderPane.setMargin(resolve, new Insets(8, 0, 0, 12));
    BorderPane right = new BorderPane(scroll, null, null, resolve, null);
    right.visibleProperty().bind(model.selectedProperty().isNotNull());
    SplitPane split = new SplitPane(list, right);
    split.setDividerPositions(0.34);
    return split;
  }

  private Node resolvePanel() {
    Label heading = new Label("Resolve");
    heading.getStyleClass().add("title-4");
    ComboBox<Reviewer> resolver =
        Choosers.reviewer(
            "conflicts-resolver",
            model.reviewers(),
            model.resolverProperty(),
            "Who settles it: a reviewer who did not decide is recorded as third reviewer, one who"
                + " did as consensus");
    Label method = new Label();
    method.getStyleClass().add("text-muted");
    method
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> methodText(model.selectedProperty().get(), model.resolverProperty().get()),
                model.selectedProperty(),
                model.resolverProperty()));
    note.setId("conflicts-note");
    note.setPromptText("Why (T): recorded with the resolution");
    note.textProperty().bindBidirectional(model.noteProperty());
    Button include = new Button("Include  (I)");
    include.setId("resolve-include");
    include.getStyleClass().add("success");
    include.setOnAction(e -> resolve(DecisionValue.INCLUDE));
    Button exclude = new Button("Exclude  (E)");
    exclude.setId("resolve-exclude");
    exclude.getStyleClass().add("danger");
    exclude.setOnAction(e -> resolve(DecisionValue.EXCLUDE));
    for (Button b : List.of(include, exclude)) {
      b.setFocusTraversable(false);
      b.setMinWidth(Region.USE_PREF_SIZE);
      b.setTooltip(new Tooltip(b.getText().replace("  ", " ") + ": settle this conflict"));
    }
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox row = new HBox(8, heading, new Label("by"), resolver, method, grow, include, exclude);
    row.setAlignment(Pos.CENTER_LEFT);
    VBox panel = new VBox(8, row, note, picker);
    panel.getStyleClass().add("winnow-card");
    panel.setPadding(new Insets(12));
    return panel;
  }

  static String methodText(ConflictsViewModel.ConflictRow row, Reviewer r) {
    if (row == null || r == null) {
      return "";
    }
    boolean decided = row.decisions().stream().anyMatch(d -> d.reviewer().id() == r.id());
    return decided ? "(consensus: they decided it)" : "(third reviewer)";
  }

  private void show(ConflictsViewModel.ConflictRow row) {
    picker.pickingProperty().set(false);
    if (row == null) {
      decisions.getChildren().clear();
      return;
    }
    title.setText(row.title());
    source.setText(
        row.displayIds()
            + (row.journal() == null ? "" : " · " + row.journal())
            + (row.year() == null ? "" : " · " + row.year()));
    conflict.setText(row.conflict() == null ? "" : row.conflict());
    abstractText.setText(row.abstractText() == null ? "No abstract." : row.abstractText());
    decisions.getChildren().clear();
    for (Decision d : row.decisions()) {
      decisions.getChildren().add(decisionCard(d));
    }
  }

  private static Node decisionCard(Decision d) {
    Label who = new Label(d.reviewer().name());
    who.getStyleClass().add("text-bold");
    Label value =
        DecisionBadge.of(
            d.value(), d.value().cliName() + (d.reason() == null ? "" : ": " + d.reason().label()));
    Label note = new Label(d.note() == null ? "No note" : "“" + d.note() + "”");
    note.setWrapText(true);
    note.getStyleClass().add(d.note() == null ? "text-muted" : "conflict-note");
    Label labels =
        new Label(d.labels().isEmpty() ? "" : "Labels: " + String.join("; ", d.labels()));
    labels.getStyleClass().addAll("text-muted", "text-small");
    Label when = new Label(WHEN.format(d.decidedAt()));
    when.getStyleClass().addAll("text-muted", "text-small");
    VBox card = new VBox(6, who, value, note, labels, when);
    card.getStyleClass().add("winnow-card");
    card.setPadding(new Insets(12));
    card.setPrefWidth(260);
    HBox.setHgrow(card, Priority.ALWAYS);
    return card;
  }

  // ---------------------------------------------------------------- agreement

  private Node agreementPane() {
    Label heading = new Label("Agreement between reviewers");
    heading.getStyleClass().add("title-4");
    Label note = new Label();
    note.setWrapText(true);
    note.getStyleClass().add("text-muted");
    note.textProperty().bind(model.agreementNoteProperty());
    Label alphaName = new Label("Krippendorff's alpha (all reviewers)");
    alphaName.getStyleClass().add("text-bold");
    Label alpha = new Label();
    alpha.setId("agreement-alpha");
    alpha.getStyleClass().add("title-3");
    alpha.textProperty().bind(model.alphaProperty());
    Label alphaDetail = new Label();
    alphaDetail.setWrapText(true);
    alphaDetail.getStyleClass().add("text-muted");
    alphaDetail.textProperty().bind(model.alphaDetailProperty());
    VBox alphaBox = new VBox(4, alphaName, alpha, alphaDetail);
    alphaBox.getStyleClass().add("winnow-card");
    alphaBox.setPadding(new Insets(12));
    pairs.setId("agreement-pairs");
    VBox content = new VBox(14, heading, note, alphaBox, pairs);
    content.setPadding(new Insets(16));
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setId("agreement-pane");
    return scroll;
  }

  private void showPairs() {
    pairs.getChildren().clear();
    if (model.pairs().isEmpty()) {
      Label none = new Label("No two reviewers have decided the same item yet.");
      none.getStyleClass().add("text-muted");
      pairs.getChildren().add(none);
    }
    for (ConflictsViewModel.PairRow p : model.pairs()) {
      pairs.getChildren().add(pairCard(p));
    }
  }

  private static Node pairCard(ConflictsViewModel.PairRow p) {
    Label name = new Label(p.reviewers());
    name.getStyleClass().add("text-bold");
    Label kappa = new Label("Cohen's kappa " + p.kappa());
    kappa.getStyleClass().add("title-4");
    kappa.setId("agreement-kappa");
    Label stats =
        new Label(
            String.format(
                "%,d items decided by both · agreement %s · PABAK %s",
                p.items(), p.percentAgreement(), p.pabak()));
    stats.getStyleClass().add("text-muted");
    VBox left = new VBox(4, name, kappa, stats);
    if (!p.status().isEmpty()) {
      Label status = new Label("Kappa undefined: " + p.status());
      status.setWrapText(true);
      status.getStyleClass().add("text-muted");
      left.getChildren().add(status);
    }
    HBox card = new HBox(24, left, table(p));
    card.getStyleClass().add("winnow-card");
    card.setPadding(new Insets(12));
    HBox.setHgrow(left, Priority.ALWAYS);
    return card;
  }

  /** The counts behind kappa: rows are the first reviewer's decisions, columns the second's. */
  static GridPane table(ConflictsViewModel.PairRow p) {
    String[] names = p.reviewers().split(" × ");
    GridPane g = new GridPane();
    g.setId("agreement-table");
    g.getStyleClass().add("kappa-table");
    g.setHgap(0);
    g.setVgap(0);
    List<String> cats = p.categories();
    long[][] t = p.table();
    g.add(
        cell(names[0] + " ↓  " + (names.length > 1 ? names[1] : "") + " →", "kappa-corner"), 0, 0);
    long total = 0;
    long[] columnTotals = new long[cats.size()];
    for (int j = 0; j < cats.size(); j++) {
      g.add(cell(cats.get(j), "kappa-head"), j + 1, 0);
    }
    g.add(cell("total", "kappa-head"), cats.size() + 1, 0);
    for (int i = 0; i < cats.size(); i++) {
      g.add(cell(cats.get(i), "kappa-head"), 0, i + 1);
      long rowTotal = 0;
      for (int j = 0; j < cats.size(); j++) {
        g.add(cell(Long.toString(t[i][j]), i == j ? "kappa-agree" : "kappa-count"), j + 1, i + 1);
        rowTotal += t[i][j];
        columnTotals[j] += t[i][j];
      }
      total += rowTotal;
      g.add(cell(Long.toString(rowTotal), "kappa-total"), cats.size() + 1, i + 1);
    }
    g.add(cell("total", "kappa-head"), 0, cats.size() + 1);
    for (int j = 0; j < cats.size(); j++) {
      g.add(cell(Long.toString(columnTotals[j]), "kappa-total"), j + 1, cats.size() + 1);
    }
    g.add(cell(Long.toString(total), "kappa-total"), cats.size() + 1, cats.size() + 1);
    return g;
  }

  private static Label cell(String text, String style) {
    Label l = new Label(text);
    l.getStyleClass().addAll("kappa-cell", style);
    l.setMaxWidth(Double.MAX_VALUE);
    l.setMinWidth(Region.USE_PREF_SIZE);
    l.setAlignment(
        style.equals("kappa-head") || style.equals("kappa-corner")
            ? Pos.CENTER_LEFT
            : Pos.CENTER_RIGHT);
    return l;
  }

  // ---------------------------------------------------------------- keys

  private void key(KeyEvent e) {
    Node focus = getScene() == null ? null : getScene().getFocusOwner();
    if (focus instanceof TextInputControl) {
      if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER) {
        list.requestFocus();
        e.consume();
      }
      return;
    }
    if (picker.pickingProperty().get() || e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    boolean handled = true;
    switch (e.getCode()) {
      case I -> resolve(DecisionValue.INCLUDE);
      case E -> resolve(DecisionValue.EXCLUDE);
      case N -> list.getSelectionModel().selectNext();
      case P -> list.getSelectionModel().selectPrevious();
      case T -> note.requestFocus();
      case F5 -> model.load();
      default -> handled = false;
    }
    if (handled) {
      e.consume();
    }
  }

  private void resolve(DecisionValue value) {
    if (model.selectedProperty().get() == null) {
      return;
    }
    tabs.getSelectionModel().select(0);
    if (model.needsReason(value)) {
      picker.show(
          model.reasons(),
          r -> {
            model.resolve(value, r.label());
            list.requestFocus();
          },
          list::requestFocus);
    } else {
      model.resolve(value, null);
      list.requestFocus();
    }
  }

  /** A conflict in the list: title, then the IDs and what disagrees. */
  private static final class ConflictCell extends ListCell<ConflictsViewModel.ConflictRow> {
    @Override
    protected void updateItem(ConflictsViewModel.ConflictRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label t = new Label(row.title());
      t.getStyleClass().add("text-bold");
      t.setMinWidth(0);
      Label sub =
          new Label(row.displayIds() + (row.conflict() == null ? "" : " · " + row.conflict()));
      sub.getStyleClass().addAll("text-muted", "text-small");
      sub.setMinWidth(0);
      VBox box = new VBox(2, t, sub);
      box.setMinWidth(0);
      setGraphic(box);
      setText(null);
    }
  }

  /** Others' work (another member, another window) shows here without a restart. */
  @Override
  public void refreshAfterChanges() {
    model.load();
  }
}
