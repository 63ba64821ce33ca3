package org.winnow.ui.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.winnow.core.project.StudyService.StudyReport;
import org.winnow.ui.screening.FullTextPages;
import org.winnow.ui.screening.FullTextPane;

/**
 * Included studies and their extraction: the studies (with their reports, link and unlink) on the
 * left, the person's form or the comparison and consensus in the middle, the PDF on the right.
 * Every action has a key, listed in the Actions menu and in F1 help.
 */
public final class ExtractionView extends BorderPane {
  /** How long typing pauses before the draft is saved. */
  static final Duration DRAFT_DELAY = Duration.millis(700);

  /** The view's actions: key, what the menu and help call it. */
  public record Key(KeyCombination combination, String label) {}

  public static final Key SUBMIT = key("Shortcut+Enter", "Submit the form (or the consensus)");
  public static final Key SAVE = key("Shortcut+S", "Save the draft now");
  public static final Key NOT_REPORTED = key("Shortcut+N", "Not reported (NR) for this field");
  public static final Key ADD_ENTRY = key("Shortcut+Shift+N", "Add an entry to this section");
  public static final Key REMOVE_ENTRY = key("Shortcut+Shift+D", "Remove this entry");
  public static final Key FORM = key("Shortcut+Shift+F", "Go to the form");
  public static final Key COMPARE = key("Shortcut+Shift+C", "Go to the comparison");
  public static final Key CONSENSUS = key("Shortcut+Shift+E", "Edit the consensus");
  public static final Key STUDIES = key("Shortcut+Shift+L", "Go to the studies");
  public static final Key NEXT = key("Shortcut+Period", "Next study");
  public static final Key PREVIOUS = key("Shortcut+Comma", "Previous study");
  public static final Key LINK = key("Shortcut+L", "Link the selected studies' reports");
  public static final Key UNLINK = key("Shortcut+U", "Unlink the selected report");
  public static final Key PDF_NEXT = key("Alt+Page Down", "Next PDF page");
  public static final Key PDF_PREVIOUS = key("Alt+Page Up", "Previous PDF page");
  public static final Key RELOAD = key("F5", "Reload");

  /** Keys of the comparison table, shown in help. */
  public static final List<String> TABLE_KEYS =
      List.of("1 / 2  the consensus takes the first / second extractor's value");

  private static Key key(String combination, String label) {
    return new Key(KeyCombination.keyCombination(combination), label);
  }

  /** Every key of the view, for the Actions menu and F1 help. */
  public static List<Key> keys() {
    return List.of(
        SUBMIT,
        SAVE,
        NOT_REPORTED,
        ADD_ENTRY,
        REMOVE_ENTRY,
        FORM,
        COMPARE,
        CONSENSUS,
        STUDIES,
        NEXT,
        PREVIOUS,
        LINK,
        UNLINK,
        PDF_NEXT,
        PDF_PREVIOUS,
        RELOAD);
  }

  private final ExtractionViewModel model;
  private final FullTextPages pages;
  private final ListView<StudyRow> studies = new ListView<>();
  private final ListView<StudyReport> reports = new ListView<>();
  private final ScrollPane formScroll = new ScrollPane();
  private final TabPane tabs = new TabPane();
  private final TableView<ComparisonRow> table = new TableView<>();
  private final PauseTransition draftTimer = new PauseTransition(DRAFT_DELAY);
  private FormView formView;

  public ExtractionView(ExtractionViewModel model) {
    this.model = model;
    this.pages = new FullTextPages(model.context().tasks());
    setId("extraction-view");
    getStyleClass().add("extraction-view");
    Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();
    actions.put(SUBMIT.combination(), this::submit);
    actions.put(SAVE.combination(), model::saveDraft);
    actions.put(NOT_REPORTED.combination(), this::toggleNotReported);
    actions.put(ADD_ENTRY.combination(), this::addEntry);
    actions.put(REMOVE_ENTRY.combination(), this::removeEntry);
    actions.put(FORM.combination(), this::showForm);
    actions.put(COMPARE.combination(), this::showComparison);
    actions.put(CONSENSUS.combination(), this::editConsensus);
    actions.put(STUDIES.combination(), studies::requestFocus);
    actions.put(NEXT.combination(), () -> model.move(1));
    actions.put(PREVIOUS.combination(), () -> model.move(-1));
    actions.put(LINK.combination(), this::link);
    actions.put(UNLINK.combination(), this::unlink);
    actions.put(PDF_NEXT.combination(), pages::nextPage);
    actions.put(PDF_PREVIOUS.combination(), pages::previousPage);
    actions.put(RELOAD.combination(), model::reload);

    setTop(header(actions));
    SplitPane split = new SplitPane(studyPane(), work(), new FullTextPane(pages));
    split.setDividerPositions(0.2, 0.76);
    BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
    setCenter(split);
    Label message = new Label();
    message.setId("extraction-message");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
    setBottom(message);

    model.formModelProperty().addListener((obs, old, now) -> showFormModel(now));
    model
        .pdfProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                pages.close();
              } else {
                pages.open(now);
              }
            });
    draftTimer.setOnFinished(e -> model.saveDraft());
    // inside the view the keys come first, before a text area takes Ctrl+N or Ctrl+Enter
    addEventFilter(
        KeyEvent.KEY_PRESSED,
        e ->
            actions.forEach(
                (k, r) -> {
                  if (!e.isConsumed() && k.match(e)) {
                    e.consume();
                    r.run();
                  }
                }));
    // the view's keys belong to the window only while the view is shown; showing it reloads
    sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (old != null) {
                actions.keySet().forEach(k -> old.getAccelerators().remove(k));
                model.saveDraft();
              }
              if (now != null) {
                actions.forEach((k, r) -> now.getAccelerators().put(k, r));
                model.reload();
              }
            });
  }

  public ExtractionViewModel model() {
    return model;
  }

  private Node header(Map<KeyCombination, Runnable> actions) {
    Label title = new Label("Studies & extraction");
    title.getStyleClass().add("title-3");
    title.setMinWidth(Region.USE_PREF_SIZE);
    ComboBox<String> person = new ComboBox<>(model.people());
    person.setId("extraction-person");
    person.valueProperty().bindBidirectional(model.personProperty());
    person.setPromptText("Extractor");
    person.setTooltip(new javafx.scene.control.Tooltip("Who extracts (or decides the consensus)"));
    ComboBox<String> form = new ComboBox<>(model.forms());
    form.setId("extraction-form-choice");
    form.valueProperty().bindBidirectional(model.formProperty());
    form.setPromptText("Form");
    form.setTooltip(new javafx.scene.control.Tooltip("The form template"));
    MenuButton menu = new MenuButton("Actions");
    menu.setId("extraction-actions");
    for (Key k : keys()) {
      MenuItem item = new MenuItem(k.label());
      item.setAccelerator(k.combination());
      Runnable r = actions.get(k.combination());
      item.setOnAction(e -> r.run());
      menu.getItems().add(item);
    }
    Label saved = new Label();
    saved.setId("extraction-saved");
    saved.getStyleClass().add("text-muted");
    saved.textProperty().bind(model.savedProperty());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(10, title, grow, saved, person, form, menu);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private Node studyPane() {
    studies.setId("extraction-studies");
    studies.setItems(model.studies());
    studies.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    studies.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(StudyRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                Label name = new Label(row.code() + "  " + row.study().label());
                name.getStyleClass().add("text-bold");
                VBox box = new VBox(2, name);
                Label records =
                    new Label(
                        row.reports().size()
                            + (row.reports().size() == 1 ? " report: " : " reports: ")
                            + String.join(", ", row.study().recordIds()));
                records.getStyleClass().addAll("text-muted", "text-small");
                box.getChildren().add(records);
                for (String f : row.forms()) {
                  Label l = new Label(f);
                  l.getStyleClass().add("text-small");
                  box.getChildren().add(l);
                }
                if (row.open() > 0) {
                  Label open = new Label(row.open() + " open disagreement(s)");
                  open.getStyleClass().addAll("text-small", "extraction-open");
                  box.getChildren().add(open);
                }
                if (row.forms().isEmpty()) {
                  Label none = new Label("nothing extracted yet");
                  none.getStyleClass().addAll("text-muted", "text-small");
                  box.getChildren().add(none);
                }
                setText(null);
                setGraphic(box);
              }
            });
    studies
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && studies.getSelectionModel().getSelectedItems().size() == 1) {
                model.studyProperty().set(now);
              }
            });
    model
        .studyProperty()
        .addListener(
            (obs, old, now) -> {
              reports.getItems().setAll(now == null ? List.of() : now.reports());
              if (!reports.getItems().isEmpty()) {
                reports.getSelectionModel().select(0);
              }
              if (now != null && !studies.getSelectionModel().getSelectedItems().contains(now)) {
                studies.getSelectionModel().clearAndSelect(studies.getItems().indexOf(now));
                studies.scrollTo(now);
              }
            });
    studies.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            showForm();
            e.consume();
          }
        });
    reports.setId("extraction-reports");
    reports.setPrefHeight(120);
    reports.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(StudyReport r, boolean empty) {
                super.updateItem(r, empty);
                setText(
                    empty || r == null
                        ? null
                        : String.join(", ", r.recordIds())
                            + (r.pdf() == null ? "" : "  [PDF]")
                            + "  "
                            + r.title());
              }
            });
    reports
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && now.pdf() != null) {
                pages.open(now.pdf());
              }
            });
    Label reportsTitle = new Label("Reports (Ctrl+L link, Ctrl+U unlink)");
    reportsTitle.getStyleClass().add("text-small");
    VBox.setVgrow(studies, Priority.ALWAYS);
    VBox box = new VBox(6, new Label("Included studies"), studies, reportsTitle, reports);
    box.setMinWidth(200);
    return box;
  }

  private Node work() {
    formScroll.setFitToWidth(true);
    formScroll.setId("extraction-form-scroll");
    Label none = new Label("Choose a study and an extractor.");
    none.getStyleClass().add("text-muted");
    formScroll.setContent(none);
    Label mode = new Label();
    mode.setId("extraction-mode");
    mode.textProperty()
        .bind(
            Bindings.when(model.consensusModeProperty())
                .then("Consensus editor: starts from the values chosen in the comparison")
                .otherwise(""));
    mode.getStyleClass().add("extraction-consensus-mode");
    mode.visibleProperty().bind(model.consensusModeProperty());
    mode.managedProperty().bind(mode.visibleProperty());
    Button submit = new Button("Submit (Ctrl+Enter)");
    submit.setId("extraction-submit");
    submit.getStyleClass().add("accent");
    submit.setFocusTraversable(false);
    submit.setOnAction(e -> submit());
    HBox actions = new HBox(10, submit);
    actions.setPadding(new Insets(8, 0, 0, 0));
    VBox.setVgrow(formScroll, Priority.ALWAYS);
    VBox formBox = new VBox(6, mode, formScroll, actions);
    Tab formTab = new Tab("Form", formBox);
    formTab.setId("extraction-form-tab");
    formTab.setClosable(false);
    Tab compareTab = new Tab("Comparison & consensus", comparison());
    compareTab.setId("extraction-compare-tab");
    compareTab.setClosable(false);
    tabs.getTabs().addAll(formTab, compareTab);
    tabs.setId("extraction-tabs");
    return tabs;
  }

  private Node comparison() {
    table.setId("extraction-comparison");
    table.setItems(model.comparison());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    TableColumn<ComparisonRow, String> field = new TableColumn<>("Field");
    field.setCellValueFactory(
        c ->
            new SimpleStringProperty(
                c.getValue().field().label()
                    + "\n"
                    + c.getValue().field().section()
                    + (c.getValue().field().instance() == null
                        ? ""
                        : " [" + c.getValue().field().instance() + "]")));
    table.getColumns().add(field);
    model
        .extractors()
        .addListener(
            (javafx.collections.ListChangeListener<String>)
                c -> {
                  table.getColumns().setAll(List.of(field));
                  for (int i = 0; i < model.extractors().size(); i++) {
                    table.getColumns().add(extractorColumn(i));
                  }
                });
    table.setRowFactory(
        v ->
            new TableRow<>() {
              @Override
              protected void updateItem(ComparisonRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("extraction-differs");
                if (!empty && row != null && row.differs()) {
                  getStyleClass().add("extraction-differs");
                }
              }
            });
    table.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          ComparisonRow row = table.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.DIGIT1 || e.getCode() == KeyCode.NUMPAD1) {
            model.choose(row, 0);
            table.refresh();
            e.consume();
          } else if (e.getCode() == KeyCode.DIGIT2 || e.getCode() == KeyCode.NUMPAD2) {
            model.choose(row, 1);
            table.refresh();
            e.consume();
          }
        });
    Label note = new Label();
    note.setId("extraction-comparison-note");
    note.setWrapText(true);
    note.textProperty().bind(model.comparisonNoteProperty());
    Button consensus = new Button("Edit the consensus (Ctrl+Shift+E)");
    consensus.setId("extraction-edit-consensus");
    consensus.setFocusTraversable(false);
    consensus.setOnAction(e -> editConsensus());
    consensus.disableProperty().bind(Bindings.isEmpty(model.extractors()));
    Label hint =
        new Label(
            "Differing fields are highlighted. 1 / 2: the consensus takes that extractor's value.");
    hint.getStyleClass().addAll("text-muted", "text-small");
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox box = new VBox(8, note, hint, table, consensus);
    box.setPadding(new Insets(8, 0, 0, 0));
    return box;
  }

  private TableColumn<ComparisonRow, String> extractorColumn(int index) {
    TableColumn<ComparisonRow, String> col =
        new TableColumn<>((index + 1) + ". " + model.extractors().get(index));
    col.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().value(index)));
    col.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                getStyleClass().remove("extraction-chosen");
                ComparisonRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (!empty && row != null && row.differs() && row.chosenProperty().get() == index) {
                  getStyleClass().add("extraction-chosen");
                  setText("✔ " + v);
                }
              }
            });
    return col;
  }

  // ---------------------------------------------------------------- actions

  private void showFormModel(FormModel m) {
    if (m == null) {
      formView = null;
      Label none = new Label("Choose a study and an extractor.");
      none.getStyleClass().add("text-muted");
      formScroll.setContent(none);
      return;
    }
    formView = new FormView(m);
    formScroll.setContent(formView);
    formScroll.setVvalue(0);
    m.revisionProperty().addListener((obs, old, now) -> draftTimer.playFromStart());
  }

  /** The rendered form (null when none is shown): for tests and the benchmark. */
  public FormView formView() {
    return formView;
  }

  private void submit() {
    draftTimer.stop();
    model.submit();
  }

  private void showForm() {
    tabs.getSelectionModel().select(0);
    if (formView != null) {
      formView.focusFirstField();
    }
  }

  private void showComparison() {
    tabs.getSelectionModel().select(1);
    table.requestFocus();
    if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
      table.getSelectionModel().select(0);
    }
  }

  private void editConsensus() {
    model.startConsensus();
    if (model.consensusModeProperty().get()) {
      showForm();
    }
  }

  private void link() {
    model.link(new ArrayList<>(studies.getSelectionModel().getSelectedItems()));
  }

  private void unlink() {
    model.unlink(reports.getSelectionModel().getSelectedItem());
  }

  private Node focused() {
    return getScene() == null ? null : getScene().getFocusOwner();
  }

  private Object focusedProperty(String key) {
    for (Node n = focused(); n != null; n = n.getParent()) {
      Object v = n.getProperties().get(key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private void toggleNotReported() {
    if (focusedProperty(FormView.FIELD) instanceof FieldModel f) {
      f.notReportedProperty().set(!f.notReportedProperty().get());
    }
  }

  private void addEntry() {
    SectionModel s =
        focusedProperty(FormView.SECTION) instanceof SectionModel in && in.spec().repeats()
            ? in
            : formView == null
                ? null
                : formView.model().sections().stream()
                    .filter(x -> x.spec().repeats())
                    .findFirst()
                    .orElse(null);
    if (s == null) {
      return;
    }
    EntryModel added = s.add();
    if (added == null) {
      model.messageProperty().set("This section takes no more entries.");
    } else {
      formView.focusFirst(added);
    }
  }

  private void removeEntry() {
    if (focusedProperty(FormView.ENTRY) instanceof EntryModel e
        && focusedProperty(FormView.SECTION) instanceof SectionModel s) {
      if (!s.remove(e)) {
        model
            .messageProperty()
            .set(
                "The form needs at least "
                    + (s.spec().repeats() ? s.spec().repeat().least() : 1)
                    + " "
                    + s.spec().unitName()
                    + ".");
      } else if (!s.entries().isEmpty()) {
        formView.focusFirst(s.entries().get(s.entries().size() - 1));
      }
    }
  }
}
