package org.winnow.ui.appraisal;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.winnow.core.appraisal.MmatCategory;
import org.winnow.core.appraisal.MmatComparison;
import org.winnow.core.appraisal.MmatRating;
import org.winnow.core.appraisal.MmatSummaryTable;
import org.winnow.core.model.Reviewer;
import org.winnow.ui.common.Choosers;

/**
 * MMAT 2018 appraisal, keyboard first: the included studies on the left; the form (Y / N / C for
 * the focused item, arrows between items, 1–5 for the category), the comparison with the consensus,
 * and the summary table in tabs.
 */
public final class AppraisalView extends BorderPane {
  static final KeyCombination SUBMIT =
      new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination CONSENSUS_MODE =
      new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination FROM_FIRST =
      new KeyCodeCombination(
          KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  static final KeyCombination FROM_SECOND =
      new KeyCodeCombination(
          KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  static final KeyCombination EXPORT =
      new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);

  /** The keys of this view, for the F1 help. */
  public static final List<String> KEYS =
      List.of(
          "Y / N / C  answer the focused item Yes / No / Can't tell (then the next item)",
          "↑ ↓  move between items;  T  comment on the focused item (Enter or Esc returns)",
          "1–5  choose the MMAT category;  Q  next quantitative component (mixed methods)",
          "Page Down / Page Up  next / previous study",
          "Ctrl+Enter  submit the appraisal (or the consensus)",
          "Ctrl+M  switch between own appraisal and consensus",
          "Ctrl+Shift+1 / Ctrl+Shift+2  start the consensus from the first / second appraiser",
          "Ctrl+E  export the summary (CSV, Markdown, HTML)",
          "F5  reload");

  private final AppraisalViewModel model;
  private final ListView<AppraisalViewModel.StudyRow> list = new ListView<>();
  private final VBox criteria = new VBox(6);
  private final ScrollPane formScroll = new ScrollPane();
  private final TabPane tabs = new TabPane();
  private final GridPane comparison = new GridPane();
  private final Map<CriterionRow, Node> rowNodes = new LinkedHashMap<>();
  private final Map<CriterionRow, TextField> comments = new LinkedHashMap<>();
  private boolean swallowTyped;

  public AppraisalView(AppraisalViewModel model) {
    this.model = model;
    setId("appraisal-view");
    setTop(header());
    Tab form = new Tab("Appraise", formPane());
    form.setId("appraisal-form-tab");
    Tab compare = new Tab("Compare and consensus", comparePane());
    compare.setId("appraisal-compare-tab");
    Tab summary = new Tab("Summary", summaryPane());
    summary.setId("appraisal-summary-tab");
    tabs.getTabs().addAll(form, compare, summary);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("appraisal-tabs");
    tabs.setFocusTraversable(false);
    Node studies = studyList();
    SplitPane split = new SplitPane(studies, tabs);
    split.setDividerPositions(0.28);
    SplitPane.setResizableWithParent(studies, false);
    // the summary covers every study: it gets the whole width
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == summary) {
                split.getItems().remove(studies);
              } else if (!split.getItems().contains(studies)) {
                split.getItems().add(0, studies);
                split.setDividerPositions(0.28);
              }
            });
    BorderPane.setMargin(split, new Insets(12, 0, 0, 0));
    setCenter(split);
    Label message = new Label();
    message.setId("appraisal-message");
    message.getStyleClass().add("text-muted");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    message.setPadding(new Insets(8, 0, 0, 0));
    setBottom(message);
    addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    // the T that opened a comment must not be typed into it
    addEventFilter(
        KeyEvent.KEY_TYPED,
        e -> {
          if (swallowTyped) {
            swallowTyped = false;
            e.consume();
          }
        });
    addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
    Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
    keys.put(SUBMIT, model::submit);
    keys.put(CONSENSUS_MODE, this::toggleMode);
    keys.put(FROM_FIRST, () -> consensusFrom(0));
    keys.put(FROM_SECOND, () -> consensusFrom(1));
    keys.put(EXPORT, this::chooseExport);
    keys.put(REFRESH, model::load);
    sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (old != null) {
                keys.keySet().forEach(k -> old.getAccelerators().remove(k));
              }
              if (now != null) {
                keys.forEach((k, r) -> now.getAccelerators().put(k, r));
                model.load();
                Platform.runLater(formScroll::requestFocus);
              }
            });
  }

  public AppraisalViewModel model() {
    return model;
  }

  private Node header() {
    Label title = new Label("MMAT 2018 appraisal");
    title.getStyleClass().add("title-2");
    Label hint =
        new Label(
            "Appraisers are blinded from each other until both are in. No overall score: the"
                + " criteria are shown.");
    hint.getStyleClass().add("text-muted");
    VBox titles = new VBox(2, title, hint);
    ComboBox<Reviewer> who =
        Choosers.reviewer(
            "appraisal-appraiser",
            model.reviewers(),
            model.appraiserProperty(),
            "Who appraises (in consensus mode: who decides the consensus)");
    ToggleButton consensus = new ToggleButton("Consensus");
    consensus.setId("appraisal-consensus-mode");
    consensus.setTooltip(
        new Tooltip(
            "Record the consensus instead of an own appraisal (" + shown(CONSENSUS_MODE) + ")"));
    consensus.setSelected(model.modeProperty().get() == AppraisalViewModel.Mode.CONSENSUS);
    model
        .modeProperty()
        .addListener(
            (obs, old, now) -> consensus.setSelected(now == AppraisalViewModel.Mode.CONSENSUS));
    consensus.setOnAction(
        e ->
            model
                .modeProperty()
                .set(
                    consensus.isSelected()
                        ? AppraisalViewModel.Mode.CONSENSUS
                        : AppraisalViewModel.Mode.APPRAISER));
    consensus.setFocusTraversable(false);
    hint.setWrapText(true);
    titles.setMinWidth(0);
    HBox.setHgrow(titles, Priority.ALWAYS);
    Label whoLabel = new Label("Appraiser");
    MenuButton menu = actions();
    for (Region r : List.of(whoLabel, who, consensus, menu)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox bar = new HBox(10, titles, whoLabel, who, consensus, menu);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  /** Every action with its key, so they can be discovered. */
  private MenuButton actions() {
    MenuButton menu = new MenuButton("Appraisal");
    menu.setId("appraisal-menu");
    menu.setFocusTraversable(false);
    List<MenuItem> items = new ArrayList<>();
    items.add(item("Yes  (Y)", null, () -> model.answer(MmatRating.YES)));
    items.add(item("No  (N)", null, () -> model.answer(MmatRating.NO)));
    items.add(item("Can't tell  (C)", null, () -> model.answer(MmatRating.CANT_TELL)));
    items.add(item("Comment on the item  (T)", null, this::editComment));
    items.add(new SeparatorMenuItem());
    for (MmatCategory c : MmatCategory.values()) {
      items.add(
          item("Category: " + c.label() + "  (" + c.number() + ")", null, () -> model.choose(c)));
    }
    items.add(item("Next quantitative component  (Q)", null, model::nextQuantitative));
    items.add(new SeparatorMenuItem());
    items.add(item("Submit", SUBMIT, model::submit));
    items.add(item("Own appraisal / consensus", CONSENSUS_MODE, this::toggleMode));
    items.add(item("Consensus from the first appraiser", FROM_FIRST, () -> consensusFrom(0)));
    items.add(item("Consensus from the second appraiser", FROM_SECOND, () -> consensusFrom(1)));
    items.add(new SeparatorMenuItem());
    items.add(item("Export the summary…", EXPORT, this::chooseExport));
    items.add(item("Reload", REFRESH, model::load));
    menu.getItems().setAll(items);
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

  private static String shown(KeyCombination k) {
    return k.getDisplayText();
  }

  // ---------------------------------------------------------------- studies

  private Node studyList() {
    list.setId("appraisal-studies");
    list.setItems(model.studies());
    list.setPlaceholder(new Label("No study is included at full text yet."));
    list.setCellFactory(
        v -> {
          StudyCell cell = new StudyCell();
          cell.prefWidthProperty().bind(v.widthProperty().subtract(18)); // no sideways scrolling
          return cell;
        });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && now != model.selectedProperty().get()) {
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
    list.setMinWidth(240);
    list.setTooltip(new Tooltip("Page Down / Page Up: next / previous study"));
    return list;
  }

  private static final class StudyCell extends ListCell<AppraisalViewModel.StudyRow> {
    @Override
    protected void updateItem(AppraisalViewModel.StudyRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label t = new Label(row.study().id() + "  " + row.study().label());
      t.getStyleClass().add("text-bold");
      t.setMinWidth(0);
      Label sub = new Label(row.status());
      sub.getStyleClass().addAll("text-muted", "text-small");
      sub.setMinWidth(0);
      VBox box = new VBox(2, t, sub);
      box.setMinWidth(0);
      setGraphic(box);
      setText(null);
    }
  }

  // ---------------------------------------------------------------- the form

  private Node formPane() {
    Label status = new Label();
    status.setId("appraisal-form-status");
    status.getStyleClass().add("text-muted");
    status.textProperty().bind(model.formStatusProperty());
    Label warning = new Label();
    warning.setId("appraisal-screening-warning");
    warning.getStyleClass().add("appraisal-warning");
    warning.setWrapText(true);
    warning.textProperty().bind(model.screeningWarningProperty());
    warning.visibleProperty().bind(model.screeningWarningProperty().isNotEmpty());
    warning.managedProperty().bind(warning.visibleProperty());
    ComboBox<MmatCategory> category =
        categories("appraisal-category", List.of(MmatCategory.values()));
    category.valueProperty().bindBidirectional(model.categoryProperty());
    category.setPromptText("Category (1–5)");
    ComboBox<MmatCategory> quantitative =
        categories(
            "appraisal-quantitative",
            List.of(
                MmatCategory.RANDOMIZED, MmatCategory.NON_RANDOMIZED, MmatCategory.DESCRIPTIVE));
    quantitative.valueProperty().bindBidirectional(model.quantitativeProperty());
    quantitative.setPromptText("Quantitative component (Q)");
    quantitative
        .visibleProperty()
        .bind(model.categoryProperty().isEqualTo(MmatCategory.MIXED_METHODS));
    quantitative.managedProperty().bind(quantitative.visibleProperty());
    Label quantitativeLabel = new Label("its quantitative component");
    quantitativeLabel.visibleProperty().bind(quantitative.visibleProperty());
    quantitativeLabel.managedProperty().bind(quantitative.visibleProperty());
    Label categoryLabel = new Label("Category");
    for (Region r : List.of(categoryLabel, quantitativeLabel)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    category.setPrefWidth(240);
    quantitative.setPrefWidth(240);
    category.setMinWidth(120);
    quantitative.setMinWidth(120);
    HBox categoryRow = new HBox(8, categoryLabel, category, quantitativeLabel, quantitative);
    categoryRow.setAlignment(Pos.CENTER_LEFT);
    criteria.setId("appraisal-criteria");
    model.items().addListener((ListChangeListener<CriterionRow>) c -> buildCriteria());
    model.focusProperty().addListener((obs, old, now) -> showFocus());
    buildCriteria();
    TextField note = new TextField();
    note.setId("appraisal-note");
    note.setPromptText("Note on the appraisal (e.g. which reports were used)");
    note.textProperty().bindBidirectional(model.noteProperty());
    Button submit = new Button("Submit  (" + shown(SUBMIT) + ")");
    submit.setId("appraisal-submit");
    submit.getStyleClass().add("accent");
    submit.setFocusTraversable(false);
    submit.setOnAction(e -> model.submit());
    HBox bottom = new HBox(10, note, submit);
    HBox.setHgrow(note, Priority.ALWAYS);
    bottom.setAlignment(Pos.CENTER_LEFT);
    VBox content = new VBox(10, status, warning, categoryRow, criteria);
    content.setPadding(new Insets(12));
    formScroll.setContent(content);
    formScroll.setFitToWidth(true);
    formScroll.setId("appraisal-form");
    VBox.setVgrow(formScroll, Priority.ALWAYS);
    BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
    return new BorderPane(formScroll, null, null, bottom, null);
  }

  private static ComboBox<MmatCategory> categories(String id, List<MmatCategory> values) {
    ComboBox<MmatCategory> box = new ComboBox<>();
    box.getItems().setAll(values);
    box.setId(id);
    box.setConverter(Choosers.shown(c -> c.number() + ". " + c.label()));
    return box;
  }

  private void buildCriteria() {
    criteria.getChildren().clear();
    rowNodes.clear();
    comments.clear();
    MmatCategory heading = null;
    boolean first = true;
    for (CriterionRow row : model.items()) {
      MmatCategory component = row.componentProperty().get();
      if (first || component != heading) {
        Label h =
            new Label(
                component == null
                    ? "Screening questions (all types)"
                    : component.number() + ". " + component.label());
        h.getStyleClass().add("title-4");
        criteria.getChildren().add(h);
        heading = component;
        first = false;
      }
      Node n = criterionNode(row);
      rowNodes.put(row, n);
      criteria.getChildren().add(n);
    }
    showFocus();
  }

  private Node criterionNode(CriterionRow row) {
    Label code = new Label(row.criterion().code());
    code.getStyleClass().add("text-bold");
    code.setMinWidth(36);
    Label question = new Label(row.criterion().question());
    question.setWrapText(true);
    question.setMaxWidth(Double.MAX_VALUE);
    question.setMinWidth(0);
    HBox.setHgrow(question, Priority.ALWAYS);
    HBox answers = new HBox(4);
    for (MmatRating r : MmatRating.values()) {
      ToggleButton b = new ToggleButton(r.label());
      b.setId("answer-" + row.criterion().code().replace('.', '_') + "-" + r.id());
      b.setFocusTraversable(false);
      b.getStyleClass().add("answer-" + r.id());
      b.setSelected(row.ratingProperty().get() == r);
      row.ratingProperty().addListener((obs, old, now) -> b.setSelected(now == r));
      b.setOnAction(
          e -> {
            row.ratingProperty().set(b.isSelected() ? r : null);
            model.focusProperty().set(model.items().indexOf(row));
          });
      answers.getChildren().add(b);
    }
    answers.setMinWidth(Region.USE_PREF_SIZE);
    HBox top = new HBox(10, code, question, answers);
    top.setAlignment(Pos.CENTER_LEFT);
    TextField comment = new TextField();
    comment.setId("comment-" + row.criterion().code().replace('.', '_'));
    comment.setPromptText("Comment (T)");
    comment.textProperty().bindBidirectional(row.commentProperty());
    comment
        .focusedProperty()
        .addListener(
            (obs, old, now) -> {
              if (now) {
                model.focusProperty().set(model.items().indexOf(row));
              }
            });
    comments.put(row, comment);
    VBox box = new VBox(4, top, comment);
    box.getStyleClass().add("appraisal-criterion");
    box.setPadding(new Insets(6, 8, 6, 8));
    box.setOnMouseClicked(e -> model.focusProperty().set(model.items().indexOf(row)));
    return box;
  }

  private void showFocus() {
    int i = model.focusProperty().get();
    int at = 0;
    for (Map.Entry<CriterionRow, Node> e : rowNodes.entrySet()) {
      Node n = e.getValue();
      n.getStyleClass().remove("criterion-focused");
      if (at++ == i) {
        n.getStyleClass().add("criterion-focused");
        scrollTo(n);
      }
    }
  }

  private void scrollTo(Node n) {
    Node content = formScroll.getContent();
    if (content == null || content.getBoundsInLocal().getHeight() <= 0) {
      return;
    }
    double y = n.getBoundsInParent().getMinY() + criteria.getBoundsInParent().getMinY();
    double viewport = formScroll.getViewportBounds().getHeight();
    double height = content.getBoundsInLocal().getHeight();
    if (height > viewport) {
      formScroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (height - viewport))));
    }
  }

  private void editComment() {
    int i = model.focusProperty().get();
    if (i >= 0 && i < model.items().size()) {
      tabs.getSelectionModel().select(0);
      comments.get(model.items().get(i)).requestFocus();
    }
  }

  // ---------------------------------------------------------------- comparison

  private Node comparePane() {
    Label note = new Label();
    note.setId("appraisal-comparison-note");
    note.setWrapText(true);
    note.textProperty().bind(model.comparisonNoteProperty());
    comparison.setId("appraisal-comparison");
    comparison.getStyleClass().add("appraisal-comparison");
    comparison.setHgap(12);
    comparison.setVgap(4);
    model.comparison().addListener((ListChangeListener<MmatComparison.Row>) c -> showComparison());
    HBox from = new HBox(8);
    from.setAlignment(Pos.CENTER_LEFT);
    model
        .comparedAppraisers()
        .addListener(
            (ListChangeListener<String>)
                c -> {
                  from.getChildren().clear();
                  if (!model.comparedAppraisers().isEmpty()) {
                    from.getChildren().add(new Label("Start the consensus from"));
                  }
                  int i = 0;
                  for (String name : model.comparedAppraisers()) {
                    KeyCombination key = i == 0 ? FROM_FIRST : i == 1 ? FROM_SECOND : null;
                    Button b = new Button(name + (key == null ? "" : "  (" + shown(key) + ")"));
                    b.setId("consensus-from-" + i++);
                    b.setFocusTraversable(false);
                    b.setOnAction(
                        e -> {
                          model.startConsensusFrom(name);
                          tabs.getSelectionModel().select(0);
                        });
                    from.getChildren().add(b);
                  }
                });
    VBox content = new VBox(12, note, from, comparison);
    content.setPadding(new Insets(12));
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    return scroll;
  }

  private void showComparison() {
    comparison.getChildren().clear();
    List<String> who = model.comparedAppraisers();
    if (model.comparison().isEmpty()) {
      return;
    }
    comparison.add(head("Item"), 0, 0);
    comparison.add(head("Question"), 1, 0);
    for (int i = 0; i < who.size(); i++) {
      comparison.add(head(who.get(i)), i + 2, 0);
    }
    int r = 1;
    for (MmatComparison.Row row : model.comparison()) {
      String css = row.agree() ? "comparison-agree" : "comparison-disagree";
      Label item = cell(row.item(), css);
      item.setId("compare-" + row.item().replace('.', '_'));
      comparison.add(item, 0, r);
      Label q = cell(row.question(), css);
      q.setWrapText(true);
      q.setMaxWidth(380);
      comparison.add(q, 1, r);
      for (int i = 0; i < row.values().size(); i++) {
        String v = row.values().get(i);
        String c = row.comments().get(i);
        comparison.add(
            cell((v == null ? "(no answer)" : v) + (c == null ? "" : "\n“" + c + "”"), css),
            i + 2,
            r);
      }
      r++;
    }
  }

  private static Label head(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("text-bold");
    return l;
  }

  private static Label cell(String text, String css) {
    Label l = new Label(text);
    l.getStyleClass().add(css);
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    return l;
  }

  private void consensusFrom(int i) {
    if (i < model.comparedAppraisers().size()) {
      model.startConsensusFrom(model.comparedAppraisers().get(i));
      tabs.getSelectionModel().select(0);
      formScroll.requestFocus();
    } else {
      model.startConsensusFrom("");
    }
  }

  private void toggleMode() {
    model
        .modeProperty()
        .set(
            model.modeProperty().get() == AppraisalViewModel.Mode.CONSENSUS
                ? AppraisalViewModel.Mode.APPRAISER
                : AppraisalViewModel.Mode.CONSENSUS);
  }

  // ---------------------------------------------------------------- summary

  private Node summaryPane() {
    TableView<AppraisalViewModel.SummaryRow> table = new TableView<>(model.summary());
    table.setId("appraisal-summary");
    table.setPlaceholder(new Label("No study has been appraised yet."));
    table.getColumns().add(column("Study", 190, AppraisalViewModel.SummaryRow::study));
    table.getColumns().add(column("Status", 140, AppraisalViewModel.SummaryRow::status));
    table.getColumns().add(column("Component", 150, AppraisalViewModel.SummaryRow::component));
    List<String> heads = List.of("S1", "S2", ".1", ".2", ".3", ".4", ".5");
    for (int i = 0; i < heads.size(); i++) {
      int at = i;
      TableColumn<AppraisalViewModel.SummaryRow, String> c =
          column(heads.get(i), 66, r -> at < r.cells().size() ? r.cells().get(at) : "");
      c.setCellFactory(col -> new AnswerCell());
      table.getColumns().add(c);
    }
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    Label note = new Label(MmatSummaryTable.NO_SCORE);
    note.setWrapText(true);
    note.getStyleClass().add("text-muted");
    Button export = new Button("Export…  (" + shown(EXPORT) + ")");
    export.setId("appraisal-export");
    export.setOnAction(e -> chooseExport());
    export.setMinWidth(Region.USE_PREF_SIZE);
    HBox bar = new HBox(10, note, export);
    HBox.setHgrow(note, Priority.ALWAYS);
    bar.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(8, table, bar);
    VBox.setVgrow(table, Priority.ALWAYS);
    box.setPadding(new Insets(8));
    return box;
  }

  private static TableColumn<AppraisalViewModel.SummaryRow, String> column(
      String title, double width, Function<AppraisalViewModel.SummaryRow, String> value) {
    TableColumn<AppraisalViewModel.SummaryRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setPrefWidth(width);
    c.setSortable(false);
    return c;
  }

  /** Colours Yes, No and Can't tell as the HTML export does. */
  private static final class AnswerCell extends TableCell<AppraisalViewModel.SummaryRow, String> {
    @Override
    protected void updateItem(String value, boolean empty) {
      super.updateItem(value, empty);
      getStyleClass().removeAll("answer-yes", "answer-no", "answer-cant-tell");
      setText(empty ? null : value);
      if (!empty && value != null) {
        for (MmatRating r : MmatRating.values()) {
          if (r.label().equals(value)) {
            getStyleClass().add("answer-" + r.id());
          }
        }
      }
    }
  }

  private void chooseExport() {
    Scene scene = getScene();
    if (scene == null) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the MMAT 2018 summary");
    chooser.setInitialFileName("mmat-summary.html");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("HTML page", "*.html"),
            new FileChooser.ExtensionFilter("Markdown", "*.md"),
            new FileChooser.ExtensionFilter("CSV", "*.csv"));
    File f = chooser.showSaveDialog(scene.getWindow());
    if (f != null) {
      model.export(formatOf(f.getName()), f.toPath());
    }
  }

  /** The format a file name asks for by its extension (HTML when it names none). */
  static MmatSummaryTable.Format formatOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    try {
      return dot < 0
          ? MmatSummaryTable.Format.HTML
          : MmatSummaryTable.Format.parse(n.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return MmatSummaryTable.Format.HTML;
    }
  }

  // ---------------------------------------------------------------- keys

  private void key(KeyEvent e) {
    Node focus = getScene() == null ? null : getScene().getFocusOwner();
    if (focus instanceof TextInputControl) {
      if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
        formScroll.requestFocus();
        e.consume();
      }
      return;
    }
    if (e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    boolean inList = focus instanceof ComboBox || focus instanceof TableView;
    boolean handled = true;
    switch (e.getCode()) {
      case Y -> answer(MmatRating.YES);
      case N -> answer(MmatRating.NO);
      case C -> answer(MmatRating.CANT_TELL);
      case T -> {
        swallowTyped = true;
        editComment();
      }
      case Q -> model.nextQuantitative();
      case DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, NUMPAD1, NUMPAD2, NUMPAD3, NUMPAD4, NUMPAD5 ->
          model.choose(MmatCategory.values()[digit(e.getCode()) - 1]);
      case UP -> {
        if (inList || focus == list) {
          handled = false;
        } else {
          model.move(-1);
        }
      }
      case DOWN -> {
        if (inList || focus == list) {
          handled = false;
        } else {
          model.move(1);
        }
      }
      case PAGE_DOWN -> list.getSelectionModel().selectNext();
      case PAGE_UP -> list.getSelectionModel().selectPrevious();
      default -> handled = false;
    }
    if (handled) {
      e.consume();
    }
  }

  private void answer(MmatRating r) {
    tabs.getSelectionModel().select(0);
    model.answer(r);
  }

  private static int digit(KeyCode k) {
    String name = k.getName();
    return Integer.parseInt(name.substring(name.length() - 1));
  }
}
