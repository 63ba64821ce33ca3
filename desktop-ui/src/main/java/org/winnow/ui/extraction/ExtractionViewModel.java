package org.winnow.ui.extraction;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.winnow.core.extraction.ConsensusStart;
import org.winnow.core.extraction.Extraction;
import org.winnow.core.extraction.ExtractionDraft;
import org.winnow.core.extraction.FormAnswers;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.extraction.FormTemplate;
import org.winnow.core.extraction.StudyComparison;
import org.winnow.core.extraction.TemplateInfo;
import org.winnow.core.model.ConsensusStatus;
import org.winnow.core.model.Reviewer;
import org.winnow.core.project.ExtractionService;
import org.winnow.core.project.ExtractionView;
import org.winnow.core.project.IncludedStudy;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.StudyService;
import org.winnow.core.project.StudyService.StudyReport;
import org.winnow.ui.common.AppContext;

/**
 * Included studies and their extraction: the studies with their reports and where each form stands,
 * one person's form for the selected study (their draft or latest answers; others' stay hidden
 * until both have submitted, as the service blinds them), the side-by-side comparison once two
 * extractions are in, and the consensus editor that starts from either extractor field by field.
 * Every change goes through the core services; long loads through the task runner.
 */
public final class ExtractionViewModel {
  /** The form a study opens with. */
  static final String DEFAULT_FORM = "tidier";

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final AppContext context;
  private final ObservableList<StudyRow> studies = FXCollections.observableArrayList();
  private final ObjectProperty<StudyRow> study = new SimpleObjectProperty<>();
  private final ObservableList<String> people = FXCollections.observableArrayList();
  private final StringProperty person = new SimpleStringProperty();
  private final ObservableList<String> forms = FXCollections.observableArrayList();
  private final StringProperty form = new SimpleStringProperty(DEFAULT_FORM);
  private final ObjectProperty<FormModel> formModel = new SimpleObjectProperty<>();
  private final BooleanProperty consensusMode = new SimpleBooleanProperty();
  private final BooleanProperty blinded = new SimpleBooleanProperty(true);
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty saved = new SimpleStringProperty("");
  private final ObservableList<String> extractors = FXCollections.observableArrayList();
  private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
  private final StringProperty comparisonNote = new SimpleStringProperty("");
  private final ObjectProperty<Path> pdf = new SimpleObjectProperty<>();
  private StudyComparison compared;
  private int savedRevision;
  private boolean opening;

  public ExtractionViewModel(AppContext context) {
    this.context = context;
    study.addListener((obs, old, now) -> open());
    person.addListener((obs, old, now) -> open());
    form.addListener((obs, old, now) -> open());
  }

  private ReviewProject project() {
    return context.session().project();
  }

  // ---------------------------------------------------------------- studies

  /** Loads the team, the forms and the included studies with their status (in the background). */
  public void reload() {
    ReviewProject p = project();
    if (p == null) {
      return;
    }
    String keep = study.get() == null ? null : study.get().code();
    context
        .tasks()
        .run(
            "Loading the included studies",
            (progress, cancel) -> new Loaded(rows(p), team(p), formIds(p)),
            loaded -> show(loaded, keep),
            this::fail);
  }

  private record Loaded(List<StudyRow> rows, List<String> team, List<String> forms) {}

  private static List<String> team(ReviewProject p) {
    return p.screening().reviewers().stream().map(Reviewer::name).toList();
  }

  private static List<String> formIds(ReviewProject p) {
    return p.extraction().templates().stream()
        .filter(TemplateInfo::latest)
        .map(i -> i.template().id())
        .toList();
  }

  /** Every included study with its reports, and per form who extracted and where it stands. */
  static List<StudyRow> rows(ReviewProject p) throws Exception {
    StudyService studies = p.studies();
    ExtractionService x = p.extraction();
    Map<String, List<FormResult>> results = new LinkedHashMap<>();
    for (FormResult r : x.results(null)) {
      results.computeIfAbsent(r.study().id(), k -> new ArrayList<>()).add(r);
    }
    Map<String, Map<String, Integer>> disagreements = new LinkedHashMap<>();
    List<StudyRow> out = new ArrayList<>();
    for (IncludedStudy s : studies.included()) {
      List<String> lines = new ArrayList<>();
      int open = 0;
      for (FormResult r : results.getOrDefault(s.code(), List.of())) {
        List<String> who = new ArrayList<>();
        for (Extraction e : r.extractions()) {
          who.add(e.consensus() ? "consensus by " + e.by() : e.by());
        }
        int differing = 0;
        if (r.status() == ConsensusStatus.PENDING) {
          Map<String, Integer> forForm =
              disagreements.computeIfAbsent(r.template().id(), f -> disagreements(x, f));
          // absent: the extractions use different template versions, open until one is upgraded
          differing = forForm.getOrDefault(s.code(), 1);
        }
        open += differing;
        lines.add(
            r.template().id()
                + ": "
                + String.join(", ", who)
                + " · "
                + r.status().id()
                + (differing > 0 ? ", " + differing + " open" : ""));
      }
      out.add(new StudyRow(s, studies.reports(s), lines, open));
    }
    return out;
  }

  /** Study code → open disagreements of a form, for every study compared on one version. */
  private static Map<String, Integer> disagreements(ExtractionService x, String form) {
    Map<String, Integer> out = new LinkedHashMap<>();
    try {
      for (StudyComparison c : x.compareAll(form)) {
        out.put(c.study().id(), c.consensus() == null ? c.comparison().disagreements().size() : 0);
      }
    } catch (Exception e) {
      // a study on another template version: it counts as open (see rows)
    }
    return out;
  }

  private void show(Loaded loaded, String keep) {
    opening = true;
    try {
      // replacing a list a combo box shows may change its value: keep the person and the form
      String keepPerson = person.get();
      String keepForm = form.get();
      if (!people.equals(loaded.team())) {
        people.setAll(loaded.team());
      }
      if (!forms.equals(loaded.forms())) {
        forms.setAll(loaded.forms());
      }
      person.set(keepPerson);
      form.set(keepForm);
      if (person.get() == null || !loaded.team().contains(person.get())) {
        String me = context.session().actor();
        person.set(
            loaded.team().contains(me)
                ? me
                : loaded.team().isEmpty() ? null : loaded.team().get(0));
      }
      if (!loaded.forms().contains(form.get()) && !loaded.forms().isEmpty()) {
        form.set(loaded.forms().get(0));
      }
      studies.setAll(loaded.rows());
      StudyRow again =
          loaded.rows().stream().filter(r -> r.code().equals(keep)).findFirst().orElse(null);
      study.set(again != null ? again : loaded.rows().isEmpty() ? null : loaded.rows().get(0));
    } finally {
      opening = false;
    }
    open();
    if (loaded.rows().isEmpty()) {
      message.set("No included studies yet: include reports at full text first.");
    }
  }

  /** Moves to the next (+1) or previous (-1) study. */
  public void move(int step) {
    int at = studies.indexOf(study.get());
    int to = Math.max(0, Math.min(studies.size() - 1, at + step));
    if (!studies.isEmpty() && to != at) {
      study.set(studies.get(to));
    }
  }

  /**
   * Links the reports of the given studies into one study (the first one's, as the service keeps).
   */
  public void link(List<StudyRow> rows) {
    if (rows.size() < 2) {
      message.set("Select two studies or more (Shift+↑ ↓) to link their reports into one.");
      return;
    }
    List<String> records = ids(rows);
    act(
        () -> {
          long id = project().studies().link(records, null, context.session().actor());
          return "Linked " + records.size() + " reports into " + StudyService.PREFIX + id + ".";
        });
  }

  private static List<String> ids(List<StudyRow> rows) {
    List<String> out = new ArrayList<>();
    for (StudyRow r : rows) {
      for (StudyReport rep : r.reports()) {
        out.add(firstRecord(rep));
      }
    }
    return out;
  }

  private static String firstRecord(StudyReport rep) {
    return rep.recordIds().get(0);
  }

  /** Takes a report out of the selected study into a study of its own. */
  public void unlink(StudyReport report) {
    if (report == null) {
      message.set("Select the report to unlink in the study's reports.");
      return;
    }
    act(
        () -> {
          IncludedStudy own =
              project().studies().unlink(firstRecord(report), context.session().actor());
          return firstRecord(report) + " is now study " + own.code() + ".";
        });
  }

  @FunctionalInterface
  private interface Action {
    String run() throws Exception;
  }

  private void act(Action action) {
    try {
      String done = action.run();
      reload();
      message.set(done);
    } catch (Exception e) {
      fail(e);
    }
  }

  // ---------------------------------------------------------------- the form

  /** Opens the selected study's form for the person: their draft, else their latest answers. */
  void open() {
    if (opening) {
      return;
    }
    saveDraft();
    StudyRow row = study.get();
    ReviewProject p = project();
    consensusMode.set(false);
    comparison.clear();
    extractors.clear();
    compared = null;
    pdf.set(
        row == null
            ? null
            : row.reports().stream()
                .map(StudyReport::pdf)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null));
    if (row == null || p == null || person.get() == null || form.get() == null) {
      formModel.set(null);
      return;
    }
    try {
      ExtractionService x = p.extraction();
      ExtractionService.FormOpening opening = x.open(row.code(), form.get(), person.get());
      ExtractionView view = opening.view();
      ExtractionDraft draft = opening.draft();
      FormTemplate t = x.template(form.get());
      FormModel m = new FormModel(view.own() == null ? t : view.own().template());
      if (draft != null) {
        m.loadDraft(draft.answers());
        saved.set("Draft from " + draft.savedAt().substring(0, 19).replace('T', ' '));
      } else if (view.own() != null) {
        m.load(view.own().answers());
        saved.set("Submitted " + view.own().createdAt().substring(0, 19).replace('T', ' '));
      } else {
        saved.set("Not started");
      }
      savedRevision = 0;
      blinded.set(view.blinded());
      formModel.set(m);
      showComparison(opening);
      message.set(
          view.blinded()
              ? "Blinded: the other extraction shows once both are submitted."
              : "Both extractions are in: compare them (Ctrl+Shift+C).");
    } catch (Exception e) {
      formModel.set(null);
      fail(e);
    }
  }

  private void showComparison(ExtractionService.FormOpening opening) {
    compared = opening.comparison();
    if (compared == null) {
      comparisonNote.set(opening.noComparison());
      return;
    }
    extractors.setAll(compared.comparison().extractors());
    compared.comparison().fields().forEach(f -> comparison.add(new ComparisonRow(f)));
    int open = compared.comparison().disagreements().size();
    comparisonNote.set(
        (open == 0 ? "The extractions agree everywhere" : open + " field(s) differ")
            + (compared.consensus() == null
                ? ""
                : "; consensus recorded by " + compared.consensus().by()));
  }

  /**
   * Saves what is typed as the person's draft when it changed since the last save (the view calls
   * this a moment after typing stops, and before leaving the study).
   */
  public void saveDraft() {
    FormModel m = formModel.get();
    StudyRow row = study.get();
    if (m == null || row == null || m.revisionProperty().get() == savedRevision) {
      return;
    }
    int revision = m.revisionProperty().get();
    String text = m.answersText(true);
    boolean consensus = consensusMode.get();
    String who = person.get();
    ReviewProject p = project();
    context
        .tasks()
        .quick(
            () -> {
              p.extraction().saveDraft(row.code(), m.template().ref(), who, consensus, text);
              return revision;
            },
            r -> {
              savedRevision = Math.max(savedRevision, r);
              saved.set("Draft saved " + LocalTime.now().format(CLOCK));
            },
            this::fail);
  }

  /** Submits the form: the person's extraction, or in the consensus editor the consensus. */
  public boolean submit() {
    FormModel m = formModel.get();
    StudyRow row = study.get();
    if (m == null || row == null) {
      return false;
    }
    int problems = m.check();
    if (problems > 0) {
      message.set(problems + " field(s) need attention before submitting (marked in red).");
      return false;
    }
    try {
      ExtractionService x = project().extraction();
      String text = m.answersText(false);
      if (consensusMode.get()) {
        x.consensus(row.code(), m.template().id(), person.get(), "consensus", text, "window");
      } else {
        x.extract(row.code(), m.template().ref(), person.get(), "form", text, "window");
      }
      String done =
          (consensusMode.get() ? "Consensus" : "Extraction")
              + " of "
              + row.code()
              + " submitted by "
              + person.get()
              + ".";
      savedRevision = m.revisionProperty().get();
      reload();
      message.set(done);
      return true;
    } catch (Exception e) {
      fail(e);
      return false;
    }
  }

  // ---------------------------------------------------------------- consensus

  /** The consensus takes this field from the extractor at {@code index} (0 or 1). */
  public void choose(ComparisonRow row, int index) {
    if (row != null && index >= 0 && index < extractors.size()) {
      row.chosenProperty().set(index);
    }
  }

  /**
   * Opens the consensus editor: the form filled from the first extractor's answers, with each field
   * chosen in the comparison taken from the other; edited and submitted as the consensus.
   */
  public void startConsensus() {
    if (compared == null) {
      message.set("The consensus needs both extractions first.");
      return;
    }
    try {
      StudyRow row = study.get();
      ExtractionService x = project().extraction();
      Map<String, FormAnswers> byName = new LinkedHashMap<>();
      FormTemplate t = compared.comparison().template();
      for (String name : compared.comparison().extractors()) {
        ExtractionView v = x.view(row.code(), t.id(), name);
        byName.put(name, v.own().answers());
      }
      Map<String, String> choices = new LinkedHashMap<>();
      for (ComparisonRow r : comparison) {
        choices.put(r.field().path(), extractors.get(r.chosenProperty().get()));
      }
      FormModel m = new FormModel(t);
      m.load(ConsensusStart.of(t, byName, extractors.get(0), choices));
      consensusMode.set(true);
      savedRevision = 0;
      formModel.set(m);
      message.set(
          "Consensus editor: check the values, then submit the consensus (Ctrl+Enter) as "
              + person.get()
              + ".");
    } catch (Exception e) {
      fail(e);
    }
  }

  // ---------------------------------------------------------------- plumbing

  private void fail(Throwable e) {
    Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
    message.set(cause.getMessage() == null ? "Something went wrong." : cause.getMessage());
  }

  public ObservableList<StudyRow> studies() {
    return studies;
  }

  public ObjectProperty<StudyRow> studyProperty() {
    return study;
  }

  public ObservableList<String> people() {
    return people;
  }

  public StringProperty personProperty() {
    return person;
  }

  public ObservableList<String> forms() {
    return forms;
  }

  public StringProperty formProperty() {
    return form;
  }

  public ObjectProperty<FormModel> formModelProperty() {
    return formModel;
  }

  public BooleanProperty consensusModeProperty() {
    return consensusMode;
  }

  public BooleanProperty blindedProperty() {
    return blinded;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public StringProperty savedProperty() {
    return saved;
  }

  public ObservableList<String> extractors() {
    return extractors;
  }

  public ObservableList<ComparisonRow> comparison() {
    return comparison;
  }

  public StringProperty comparisonNoteProperty() {
    return comparisonNote;
  }

  public ObjectProperty<Path> pdfProperty() {
    return pdf;
  }

  public AppContext context() {
    return context;
  }
}
