package org.winnow.ui.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.CitationView;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ExclusionReason;
import org.winnow.core.model.Resolution;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.Stage;
import org.winnow.core.project.AgreementReport;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.ScreeningService;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.agreement.AlphaResult;
import org.winnow.core.screening.agreement.KappaResult;
import org.winnow.ui.common.AppContext;

/**
 * The open conflicts of a stage with every decision behind them, their resolution by a third
 * reviewer or by consensus, and the stage's agreement statistics with the counts behind them.
 */
public final class ConflictsViewModel {
  /**
   * One open conflict.
   *
   * @param recordId the ID the service resolves by ("#N": the citation's first record)
   * @param displayIds the IDs the files gave the item's records
   */
  public record ConflictRow(
      long itemId,
      String recordId,
      String displayIds,
      String title,
      Integer year,
      String journal,
      String abstractText,
      String conflict,
      List<Decision> decisions) {}

  /** Kappa of one reviewer pair, as text, with the table behind it. */
  public record PairRow(
      String reviewers,
      long items,
      String kappa,
      String percentAgreement,
      String pabak,
      List<String> categories,
      long[][] table,
      String status) {}

  private record Loaded(
      List<ConflictRow> rows, List<Reviewer> reviewers, List<ExclusionReason> reasons) {}

  private final AppContext context;
  private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.TITLE_ABSTRACT);
  private final ObservableList<Reviewer> reviewers = FXCollections.observableArrayList();
  private final ObjectProperty<Reviewer> resolver = new SimpleObjectProperty<>();
  private final ObservableList<ExclusionReason> reasons = FXCollections.observableArrayList();
  private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
  private final ObjectProperty<ConflictRow> selected = new SimpleObjectProperty<>();
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private final ObservableList<PairRow> pairs = FXCollections.observableArrayList();
  private final StringProperty alpha = new SimpleStringProperty("");
  private final StringProperty alphaDetail = new SimpleStringProperty("");
  private final StringProperty agreementNote = new SimpleStringProperty("");
  private long generation;

  public ConflictsViewModel(AppContext context) {
    this.context = context;
    stage.addListener((obs, old, now) -> load());
    selected.addListener((obs, old, now) -> suggestResolver(now));
  }

  /** Reloads the conflicts of the stage, then the agreement statistics. */
  public void load() {
    ReviewProject p = context.session().project();
    if (p == null) {
      return;
    }
    long gen = ++generation;
    Stage s = stage.get();
    loading.set(true);
    context
        .tasks()
        .run(
            "Loading " + s.cliName() + " conflicts",
            (progress, cancel) ->
                new Loaded(
                    rows(p.screening(), s), p.screening().reviewers(), p.screening().reasons()),
            loaded -> {
              if (gen == generation) {
                show(loaded);
              }
            },
            this::fail);
    context
        .tasks()
        .run(
            "Computing " + s.cliName() + " agreement",
            (progress, cancel) -> p.screening().agreement(s),
            report -> {
              if (gen == generation) {
                showAgreement(report);
              }
            },
            this::fail);
  }

  static List<ConflictRow> rows(ScreeningService screening, Stage s) {
    List<ConflictRow> out = new ArrayList<>();
    for (ItemOutcome o : screening.conflicts(s)) {
      CitationView c = screening.citation(s, o.itemId());
      Bibliographic f = c.fields();
      out.add(
          new ConflictRow(
              o.itemId(),
              "#" + c.records().get(0).id(),
              String.join(" · ", c.recordIds()),
              f.title() == null ? "(no title)" : f.title(),
              f.year(),
              f.journal(),
              f.abstractText(),
              o.conflict(),
              o.decisions()));
    }
    return out;
  }

  private void show(Loaded loaded) {
    ConflictRow was = selected.get();
    int at = was == null ? 0 : Math.max(0, conflicts.indexOf(was));
    reviewers.setAll(loaded.reviewers());
    reasons.setAll(loaded.reasons());
    conflicts.setAll(loaded.rows());
    loading.set(false);
    // the item being resolved stays selected when others' work adds or settles conflicts; if it
    // was settled, the one now in its place
    ConflictRow same =
        was == null
            ? null
            : conflicts.stream().filter(r -> r.itemId() == was.itemId()).findFirst().orElse(null);
    selected.set(
        same != null
            ? same
            : conflicts.isEmpty() ? null : conflicts.get(Math.min(at, conflicts.size() - 1)));
  }

  /** A third reviewer when there is one (who decided neither side), else the first of the team. */
  private void suggestResolver(ConflictRow row) {
    if (row == null || reviewers.isEmpty()) {
      return;
    }
    Reviewer current = resolver.get();
    if (current != null && !decided(row, current)) {
      return;
    }
    resolver.set(
        reviewers.stream().filter(r -> !decided(row, r)).findFirst().orElse(reviewers.get(0)));
  }

  private static boolean decided(ConflictRow row, Reviewer r) {
    return row.decisions().stream().anyMatch(d -> d.reviewer().id() == r.id());
  }

  /** Whether resolving with this value needs an exclusion reason (exclusion at full text). */
  public boolean needsReason(DecisionValue value) {
    return value == DecisionValue.EXCLUDE && stage.get() == Stage.FULL_TEXT;
  }

  /**
   * Settles the selected conflict; the service records whether it was a third reviewer or a
   * consensus (the resolver decided the item). The decisions stay as they were.
   */
  public void resolve(DecisionValue value, String reasonLabel) {
    ConflictRow row = selected.get();
    Reviewer by = resolver.get();
    ReviewProject p = context.session().project();
    if (row == null || p == null) {
      return;
    }
    if (by == null) {
      message.set("Choose who resolves the conflict.");
      return;
    }
    Stage s = stage.get();
    String why = note.get() == null || note.get().isBlank() ? null : note.get().strip();
    context
        .tasks()
        .run(
            "Resolving " + row.displayIds(),
            (progress, cancel) ->
                p.screening().resolve(s, row.recordId(), value, reasonLabel, why, by.name()),
            resolution -> {
              message.set(describe(resolution) + " · " + row.displayIds());
              note.set("");
              load();
            },
            this::fail);
  }

  static String describe(Resolution r) {
    return "Resolved: "
        + r.value().cliName()
        + (r.reason() == null ? "" : " (" + r.reason().label() + ")")
        + " by "
        + r.resolvedBy().name()
        + ", "
        + (r.method() == Resolution.Method.CONSENSUS ? "consensus" : "third reviewer");
  }

  private void fail(Throwable e) {
    loading.set(false);
    message.set(e.getMessage() == null ? e.toString() : e.getMessage());
  }

  // ---------------------------------------------------------------- agreement

  private void showAgreement(AgreementReport report) {
    List<PairRow> rows = new ArrayList<>();
    for (AgreementReport.PairKappa pk : report.pairs()) {
      KappaResult k = pk.kappa();
      rows.add(
          new PairRow(
              pk.reviewerA() + " × " + pk.reviewerB(),
              k.n(),
              k.isDefined() ? estimate(k.kappa(), k.ciLow(), k.ciHigh()) : "—",
              percent(k.percentAgreement()),
              Double.isNaN(k.pabak()) ? "—" : number(k.pabak()),
              k.categories(),
              k.table(),
              k.isDefined() ? "" : k.status().reason()));
    }
    pairs.setAll(rows);
    AlphaResult a = report.alpha();
    alpha.set(a.isDefined() ? estimate(a.alpha(), a.ciLow(), a.ciHigh()) : "—");
    alphaDetail.set(alphaDetail(a));
    agreementNote.set(
        "Categories: "
            + String.join(", ", report.categories())
            + (report.categories().size() == 2 ? " (maybe counted as include)" : "")
            + ". Each reviewer's latest decision counts.");
  }

  static String alphaDetail(AlphaResult a) {
    if (!a.isDefined()) {
      return a.status().reason();
    }
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%,d items rated by two or more reviewers", a.units()));
    s.append(String.format(Locale.ROOT, ", %,d ratings (", a.pairableValues()));
    List<String> counts = new ArrayList<>();
    for (Map.Entry<String, Long> e : a.valueCounts().entrySet()) {
      counts.add(e.getKey() + " " + e.getValue());
    }
    s.append(String.join(", ", counts)).append(")");
    s.append(
        String.format(
            Locale.ROOT,
            "; observed disagreement %.3f, expected %.3f; 95%% CI from %,d bootstrap resamples (seed %d)",
            a.observedDisagreement(),
            a.expectedDisagreement(),
            a.bootstrapSamples(),
            a.seed()));
    return s.toString();
  }

  static String estimate(double value, double low, double high) {
    return number(value)
        + (Double.isNaN(low) || Double.isNaN(high)
            ? ""
            : " (95% CI " + number(low) + " to " + number(high) + ")");
  }

  static String number(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String percent(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f%%", v * 100);
  }

  // ---------------------------------------------------------------- properties

  public ObjectProperty<Stage> stageProperty() {
    return stage;
  }

  public ObservableList<Reviewer> reviewers() {
    return reviewers;
  }

  public ObjectProperty<Reviewer> resolverProperty() {
    return resolver;
  }

  public ObservableList<ExclusionReason> reasons() {
    return reasons;
  }

  public ObservableList<ConflictRow> conflicts() {
    return conflicts;
  }

  public ObjectProperty<ConflictRow> selectedProperty() {
    return selected;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty loadingProperty() {
    return loading;
  }

  public ObservableList<PairRow> pairs() {
    return pairs;
  }

  public StringProperty alphaProperty() {
    return alpha;
  }

  public StringProperty alphaDetailProperty() {
    return alphaDetail;
  }

  public StringProperty agreementNoteProperty() {
    return agreementNote;
  }
}
