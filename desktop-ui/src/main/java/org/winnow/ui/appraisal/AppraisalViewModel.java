package org.winnow.ui.appraisal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.winnow.core.appraisal.Appraisal;
import org.winnow.core.appraisal.CriterionAnswer;
import org.winnow.core.appraisal.MmatAppraisal;
import org.winnow.core.appraisal.MmatCategory;
import org.winnow.core.appraisal.MmatComparison;
import org.winnow.core.appraisal.MmatCriterion;
import org.winnow.core.appraisal.MmatJson;
import org.winnow.core.appraisal.MmatRating;
import org.winnow.core.appraisal.MmatResult;
import org.winnow.core.appraisal.MmatSummaryTable;
import org.winnow.core.extraction.StudyRef;
import org.winnow.core.io.AtomicFiles;
import org.winnow.core.model.ConsensusStatus;
import org.winnow.core.model.Reviewer;
import org.winnow.core.project.AppraisalService;
import org.winnow.core.project.IncludedStudy;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.common.AppContext;

/**
 * MMAT 2018 appraisal of the included studies: one appraiser's form per study (screening questions,
 * category, and for mixed methods the qualitative and one quantitative component), the comparison
 * of two appraisers once both are in, the consensus, and the summary per study and criterion.
 * Blinded as {@link AppraisalService} is: the form shows only the chosen appraiser's own answers,
 * and nobody's answers are compared until both appraisals are in.
 */
public final class AppraisalViewModel {
  /** Where the form's answers come from when submitted: an appraiser's own, or the consensus. */
  public enum Mode {
    APPRAISER,
    CONSENSUS
  }

  /**
   * One included study in the list.
   *
   * @param status who has appraised it (names only, never answers) and where it stands
   */
  public record StudyRow(StudyRef study, String status, ConsensusStatus consensus) {}

  /**
   * One row of the summary: a study's component (for mixed methods three rows), its screening
   * answers on the first row, and the five criteria of the component.
   *
   * @param cells S1, S2, then the component's five criteria (Yes, No, Can't tell or blank)
   */
  public record SummaryRow(String study, String status, String component, List<String> cells) {}

  private record Loaded(
      List<IncludedStudy> studies, List<MmatResult> results, List<Reviewer> reviewers) {}

  /** S1 and S2 come first in the form. */
  private static final int SCREENING_ITEMS = 2;

  private final AppContext context;
  private final ObservableList<StudyRow> studies = FXCollections.observableArrayList();
  private final ObjectProperty<StudyRow> selected = new SimpleObjectProperty<>();
  private final ObservableList<Reviewer> reviewers = FXCollections.observableArrayList();
  private final ObjectProperty<Reviewer> appraiser = new SimpleObjectProperty<>();
  private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.APPRAISER);
  private final Map<MmatCriterion, CriterionRow> form = new EnumMap<>(MmatCriterion.class);
  private final ObservableList<CriterionRow> items = FXCollections.observableArrayList();
  private final ObjectProperty<MmatCategory> category = new SimpleObjectProperty<>();
  private final ObjectProperty<MmatCategory> quantitative = new SimpleObjectProperty<>();
  private final StringProperty note = new SimpleStringProperty("");
  private final IntegerProperty focus = new SimpleIntegerProperty(0);
  private final StringProperty screeningWarning = new SimpleStringProperty("");
  private final StringProperty formStatus = new SimpleStringProperty("");
  private final ObservableList<MmatComparison.Row> comparison = FXCollections.observableArrayList();
  private final ObservableList<String> comparedAppraisers = FXCollections.observableArrayList();
  private final StringProperty comparisonNote = new SimpleStringProperty("");
  private final ObservableList<SummaryRow> summary = FXCollections.observableArrayList();
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty dirty = new SimpleBooleanProperty();

  /** Unsubmitted forms by study, person and mode: moving to another study keeps them. */
  private final Map<String, MmatAppraisal> drafts = new HashMap<>();

  private String formKey;
  private List<MmatResult> results = List.of();
  private boolean filling;

  public AppraisalViewModel(AppContext context) {
    this.context = context;
    for (MmatCriterion c : MmatCriterion.values()) {
      CriterionRow row = new CriterionRow(c);
      form.put(c, row);
      row.ratingProperty().addListener((obs, old, now) -> changed());
      row.commentProperty().addListener((obs, old, now) -> changed());
    }
    category.addListener((obs, old, now) -> layout());
    quantitative.addListener((obs, old, now) -> layout());
    note.addListener((obs, old, now) -> changed());
    selected.addListener((obs, old, now) -> studyChanged());
    appraiser.addListener((obs, old, now) -> fill());
    mode.addListener((obs, old, now) -> fill());
    layout();
  }

  // ---------------------------------------------------------------- loading

  /** Reloads the included studies, the team and every study's appraisal status. */
  public void load() {
    ReviewProject p = context.session().project();
    if (p == null) {
      return;
    }
    context
        .tasks()
        .run(
            "Loading appraisals",
            (progress, cancel) ->
                new Loaded(
                    p.studies().included(), p.appraisal().results(), p.screening().reviewers()),
            this::show,
            this::fail);
  }

  private void show(Loaded loaded) {
    results = loaded.results();
    if (!reviewers.equals(loaded.reviewers())) {
      reviewers.setAll(loaded.reviewers());
    }
    if (appraiser.get() == null && !reviewers.isEmpty()) {
      appraiser.set(reviewers.get(0));
    }
    String at = selected.get() == null ? null : selected.get().study().id();
    List<StudyRow> rows = new ArrayList<>();
    for (IncludedStudy s : loaded.studies()) {
      MmatResult r = result(s.code());
      rows.add(new StudyRow(s.ref(), status(r), r == null ? null : r.status()));
    }
    studies.setAll(rows);
    summary.setAll(summaryRows(results));
    StudyRow again = rows.stream().filter(r -> r.study().id().equals(at)).findFirst().orElse(null);
    if (again == null && !rows.isEmpty()) {
      again = rows.get(0);
    }
    if (selected.get() == again || (again != null && again.equals(selected.get()))) {
      selected.set(again);
      studyChanged();
    } else {
      selected.set(again);
    }
  }

  private MmatResult result(String studyId) {
    return results.stream().filter(r -> r.study().id().equals(studyId)).findFirst().orElse(null);
  }

  /** Who has appraised a study and where it stands; never anybody's answers. */
  static String status(MmatResult r) {
    if (r == null) {
      return "not appraised yet";
    }
    List<String> by =
        r.appraisals().stream().filter(a -> !a.consensus()).map(Appraisal::by).toList();
    String who = by.isEmpty() ? "" : "appraised by " + String.join(", ", by);
    String where =
        switch (r.status()) {
          case CONSENSUS -> "consensus by " + r.decidedBy();
          case AGREED -> "appraisers agree";
          case SINGLE ->
              by.size() < AppraisalService.APPRAISERS
                  ? (AppraisalService.APPRAISERS - by.size()) + " more appraisal to come"
                  : "";
          case PENDING -> "awaiting consensus";
        };
    return who + (who.isEmpty() || where.isEmpty() ? "" : " · ") + where;
  }

  private void studyChanged() {
    comparison.clear();
    comparedAppraisers.clear();
    comparisonNote.set("");
    fill();
    compare();
  }

  /**
   * Fills the form with the chosen appraiser's own latest appraisal of the study (or, in consensus
   * mode, the latest consensus); empty when there is none yet.
   */
  private void fill() {
    if (dirty.get() && formKey != null) {
      drafts.put(formKey, draft());
    }
    MmatAppraisal own = null;
    StudyRow s = selected.get();
    Reviewer who = appraiser.get();
    formKey = key(s, who, mode.get());
    MmatAppraisal kept = formKey == null ? null : drafts.get(formKey);
    if (kept != null) {
      fillWith(kept);
      dirty.set(true);
      formStatus.set("Not submitted yet: the answers kept from before (Ctrl+Enter submits)");
      return;
    }
    if (s != null) {
      MmatResult r = result(s.study().id());
      if (r != null) {
        for (Appraisal a : r.appraisals()) {
          boolean consensus = mode.get() == Mode.CONSENSUS;
          if (a.consensus() == consensus
              && (consensus || (who != null && a.by().equals(who.name())))) {
            own = a.mmat();
          }
        }
      }
    }
    fillWith(own);
    formStatus.set(
        s == null
            ? ""
            : own == null
                ? (mode.get() == Mode.CONSENSUS
                    ? "No consensus recorded yet"
                    : "Not appraised by " + (who == null ? "anyone" : who.name()) + " yet")
                : (mode.get() == Mode.CONSENSUS
                    ? "The recorded consensus: change it and submit to record a new one"
                    : "Submitted: change it and submit again to replace it"));
  }

  private static String key(StudyRow s, Reviewer who, Mode m) {
    if (s == null || (who == null && m == Mode.APPRAISER)) {
      return null;
    }
    return s.study().id() + "|" + m + (m == Mode.APPRAISER ? "|" + who.name() : "");
  }

  private void fillWith(MmatAppraisal a) {
    filling = true;
    try {
      for (CriterionRow row : form.values()) {
        row.set(a == null ? null : a.answers().get(row.criterion()));
      }
      category.set(a == null ? null : a.category());
      quantitative.set(a == null ? null : a.quantitativeComponent());
      note.set(a == null || a.note() == null ? "" : a.note());
    } finally {
      filling = false;
    }
    layout();
    focus.set(0);
    dirty.set(false);
  }

  private void changed() {
    if (!filling) {
      dirty.set(true);
    }
    updateWarning();
  }

  /** The items shown: the screening questions, then each component's criteria under its name. */
  private void layout() {
    List<CriterionRow> shown = new ArrayList<>();
    form.get(MmatCriterion.S1).componentProperty().set(null);
    form.get(MmatCriterion.S2).componentProperty().set(null);
    shown.add(form.get(MmatCriterion.S1));
    shown.add(form.get(MmatCriterion.S2));
    MmatAppraisal.components(category.get(), quantitative.get())
        .forEach(
            (component, criteria) ->
                criteria.forEach(
                    c -> {
                      form.get(c).componentProperty().set(component);
                      shown.add(form.get(c));
                    }));
    items.setAll(shown);
    if (focus.get() >= items.size()) {
      focus.set(items.size() - 1);
    }
    changed();
  }

  private void updateWarning() {
    Map<MmatCriterion, CriterionAnswer> screening = new EnumMap<>(MmatCriterion.class);
    for (MmatCriterion s : List.of(MmatCriterion.S1, MmatCriterion.S2)) {
      CriterionAnswer a = form.get(s).answer();
      if (a != null) {
        screening.put(s, a);
      }
    }
    screeningWarning.set(
        new MmatAppraisal(null, null, screening, null).screeningWarning().orElse(""));
  }

  // ---------------------------------------------------------------- answering

  /** Answers the focused item and moves to the next one. */
  public void answer(MmatRating rating) {
    if (items.isEmpty()) {
      return;
    }
    items.get(focus.get()).ratingProperty().set(rating);
    move(1);
  }

  /** Moves the focus through the items shown; stays at either end. */
  public void move(int delta) {
    if (!items.isEmpty()) {
      focus.set(Math.max(0, Math.min(items.size() - 1, focus.get() + delta)));
    }
  }

  /** Picks the category; a mixed-methods study then needs its quantitative component too. */
  public void choose(MmatCategory c) {
    category.set(c);
    if (c != MmatCategory.MIXED_METHODS) {
      quantitative.set(null);
    } else if (quantitative.get() == null) {
      quantitative.set(MmatCategory.RANDOMIZED);
    }
    focus.set(SCREENING_ITEMS); // the category's first criterion: its criteria come next
  }

  /**
   * The next quantitative component of a mixed-methods study: randomized, non-randomized,
   * descriptive.
   */
  public void nextQuantitative() {
    if (category.get() != MmatCategory.MIXED_METHODS) {
      message.set("Only a mixed-methods study has a quantitative component (choose 5 first).");
      return;
    }
    List<MmatCategory> q =
        List.of(MmatCategory.RANDOMIZED, MmatCategory.NON_RANDOMIZED, MmatCategory.DESCRIPTIVE);
    int i = q.indexOf(quantitative.get());
    quantitative.set(q.get((i + 1) % q.size()));
  }

  /** The appraisal the form holds, as {@link MmatAppraisal}: only the items shown count. */
  MmatAppraisal draft() {
    Map<MmatCriterion, CriterionAnswer> answers = new EnumMap<>(MmatCriterion.class);
    for (CriterionRow row : items) {
      CriterionAnswer a = row.answer();
      if (a != null) {
        answers.put(row.criterion(), a);
      }
    }
    String n = note.get() == null ? "" : note.get().strip();
    return new MmatAppraisal(
        category.get(),
        category.get() == MmatCategory.MIXED_METHODS ? quantitative.get() : null,
        answers,
        n.isEmpty() ? null : n);
  }

  /**
   * Records the form: the chosen appraiser's own appraisal, or in consensus mode the consensus
   * decided by the chosen person. The service checks it as it checks an answers file.
   */
  public void submit() {
    StudyRow s = selected.get();
    Reviewer who = appraiser.get();
    ReviewProject p = context.session().project();
    if (s == null || p == null) {
      return;
    }
    if (who == null) {
      message.set("Choose who appraises (or who decides the consensus).");
      return;
    }
    boolean consensus = mode.get() == Mode.CONSENSUS;
    String text = MmatJson.write(draft()).toString();
    String study = s.study().id();
    context
        .tasks()
        .run(
            (consensus ? "Recording the consensus of " : "Submitting the appraisal of ") + study,
            (progress, cancel) ->
                consensus
                    ? p.appraisal().consensus(study, who.name(), "the form", text, "window")
                    : p.appraisal().appraise(study, who.name(), "the form", text, "window"),
            recorded -> {
              drafts.remove(key(s, who, mode.get()));
              dirty.set(false);
              message.set(
                  (consensus ? "Consensus" : "Appraisal")
                      + " of "
                      + study
                      + " recorded by "
                      + who.name()
                      + recorded.mmat().screeningWarning().map(w -> " · " + w).orElse(""));
              load();
            },
            this::fail);
  }

  // ---------------------------------------------------------------- comparison and consensus

  /** Compares the study's appraisals; the service refuses until both are in (blinding). */
  public void compare() {
    StudyRow s = selected.get();
    ReviewProject p = context.session().project();
    if (s == null || p == null) {
      return;
    }
    context
        .tasks()
        .quick(
            () -> p.appraisal().compare(s.study().id()),
            c -> {
              if (s.equals(selected.get())) {
                comparedAppraisers.setAll(c.comparison().appraisers());
                comparison.setAll(c.comparison().rows());
                int n = c.comparison().disagreements().size();
                comparisonNote.set(
                    String.join(" vs ", c.comparison().appraisers())
                        + ": "
                        + (n == 0 ? "they agree on every item" : n + " item(s) differ")
                        + (c.consensus() == null
                            ? ""
                            : " · consensus recorded by " + c.consensus().by()));
              }
            },
            e -> {
              if (s.equals(selected.get())) {
                comparison.clear();
                comparedAppraisers.clear();
                comparisonNote.set(e.getMessage());
              }
            });
  }

  /**
   * Starts the consensus from one appraiser's answers (only once the comparison is open): the form
   * switches to consensus mode holding their answers, to change where the team decided otherwise.
   */
  public void startConsensusFrom(String appraiserName) {
    StudyRow s = selected.get();
    if (s == null || !comparedAppraisers.contains(appraiserName)) {
      message.set("The consensus starts once both appraisals are in and compared.");
      return;
    }
    MmatAppraisal from = null;
    for (Appraisal a : result(s.study().id()).appraisals()) {
      if (!a.consensus() && a.by().equals(appraiserName)) {
        from = a.mmat();
      }
    }
    mode.set(Mode.CONSENSUS);
    fillWith(from);
    dirty.set(true);
    formStatus.set("Consensus draft from " + appraiserName + "'s answers: change it, then submit");
  }

  // ---------------------------------------------------------------- summary

  static List<SummaryRow> summaryRows(List<MmatResult> results) {
    List<SummaryRow> out = new ArrayList<>();
    for (MmatResult r : results) {
      String study = r.study().label() + " (" + r.study().id() + ")";
      String status = r.status().id() + (r.decidedBy() == null ? "" : " (" + r.decidedBy() + ")");
      MmatAppraisal a = r.finalAppraisal();
      if (a == null) {
        out.add(new SummaryRow(study, status, "awaiting consensus", List.of()));
        continue;
      }
      List<String> screening = List.of(label(a, MmatCriterion.S1), label(a, MmatCriterion.S2));
      if (a.components().isEmpty()) {
        out.add(new SummaryRow(study, status, "not appraised further (screening)", screening));
        continue;
      }
      boolean first = true;
      for (Map.Entry<MmatCategory, List<MmatCriterion>> e : a.components().entrySet()) {
        List<String> cells = new ArrayList<>(first ? screening : List.of("", ""));
        e.getValue().forEach(c -> cells.add(label(a, c)));
        out.add(
            new SummaryRow(first ? study : "", first ? status : "", component(e.getKey()), cells));
        first = false;
      }
    }
    return out;
  }

  /** "2. Randomized": short enough for a column; the exports spell the categories out. */
  static String component(MmatCategory c) {
    return c.number()
        + ". "
        + switch (c) {
          case QUALITATIVE -> "Qualitative";
          case RANDOMIZED -> "Randomized";
          case NON_RANDOMIZED -> "Non-randomized";
          case DESCRIPTIVE -> "Descriptive";
          case MIXED_METHODS -> "Mixed methods";
        };
  }

  private static String label(MmatAppraisal a, MmatCriterion c) {
    return a.answer(c).map(x -> x.rating().label()).orElse("");
  }

  /** Writes the summary table (CSV, Markdown or HTML) to a file, all or nothing. */
  public void export(MmatSummaryTable.Format format, Path file) {
    List<MmatResult> all = results;
    context
        .tasks()
        .run(
            "Exporting the MMAT summary",
            (progress, cancel) ->
                AtomicFiles.writeText(
                    file,
                    w -> {
                      new MmatSummaryTable(all, false).write(format, w);
                      return file;
                    }),
            written ->
                message.set(
                    "Wrote the MMAT 2018 summary of "
                        + all.size()
                        + " studies to "
                        + written.getFileName()),
            this::fail);
  }

  private void fail(Throwable e) {
    message.set(e.getMessage() == null ? "Something went wrong: " + e : e.getMessage());
  }

  // ---------------------------------------------------------------- properties

  public ObservableList<StudyRow> studies() {
    return studies;
  }

  public ObjectProperty<StudyRow> selectedProperty() {
    return selected;
  }

  public ObservableList<Reviewer> reviewers() {
    return reviewers;
  }

  public ObjectProperty<Reviewer> appraiserProperty() {
    return appraiser;
  }

  public ObjectProperty<Mode> modeProperty() {
    return mode;
  }

  public ObservableList<CriterionRow> items() {
    return items;
  }

  public CriterionRow row(MmatCriterion c) {
    return form.get(c);
  }

  public ObjectProperty<MmatCategory> categoryProperty() {
    return category;
  }

  public ObjectProperty<MmatCategory> quantitativeProperty() {
    return quantitative;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public IntegerProperty focusProperty() {
    return focus;
  }

  public StringProperty screeningWarningProperty() {
    return screeningWarning;
  }

  public StringProperty formStatusProperty() {
    return formStatus;
  }

  public ObservableList<MmatComparison.Row> comparison() {
    return comparison;
  }

  public ObservableList<String> comparedAppraisers() {
    return comparedAppraisers;
  }

  public StringProperty comparisonNoteProperty() {
    return comparisonNote;
  }

  public ObservableList<SummaryRow> summary() {
    return summary;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty dirtyProperty() {
    return dirty;
  }
}
