package org.winnow.ui.synthesis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.SynthesisService;
import org.winnow.core.project.SynthesisTables;
import org.winnow.core.render.Figure;
import org.winnow.core.render.FigureExporter;
import org.winnow.core.render.FigureFormat;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.direction.DirectionRule;
import org.winnow.core.stats.plot.EffectDirectionPlot;
import org.winnow.core.stats.plot.ForestPlot;
import org.winnow.core.stats.pooling.PoolingMethod;
import org.winnow.core.stats.report.EffectDirectionTable;
import org.winnow.core.stats.report.Numbers;
import org.winnow.core.stats.report.ReportTable;
import org.winnow.core.stats.report.TableFormat;
import org.winnow.core.stats.report.TextTable;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Images;

/**
 * The synthesis of the project's final outcome data: effect sizes, the SWiM effect-direction table
 * and plot ordered by MMAT with the sign test, and a meta-analysis of one outcome with its forest
 * plot; every figure and table exported through core. Filters by outcome, domain and time point
 * apply to all three. The rules (what is computable, what may be pooled) are the service's; this
 * holds what the view shows.
 */
public final class SynthesisViewModel {
  /** Resolution the figures are drawn at for the screen (sharp on high-density displays). */
  static final int SCREEN_DPI = 144;

  /** The three parts of the synthesis, one tab each. */
  public enum Part {
    EFFECT_SIZES("Effect sizes", "effect-sizes"),
    EFFECT_DIRECTION("Effect direction", "effect-direction"),
    POOLING("Meta-analysis", "forest-plot");

    private final String title;
    private final String fileName;

    Part(String title, String fileName) {
      this.title = title;
      this.fileName = fileName;
    }

    public String title() {
      return title;
    }

    /** The name an export of this part is offered under. */
    public String fileName() {
      return fileName;
    }

    /** Whether this part has a figure to export (the effect sizes are a table only). */
    public boolean hasFigure() {
      return this != EFFECT_SIZES;
    }
  }

  /** How a row's effect size came out. */
  public enum Kind {
    COMPUTED,
    DIRECTION_ONLY,
    NOT_COMPUTABLE
  }

  /**
   * One outcome as the outcome list shows it, grouped by domain.
   *
   * @param better "higher is better", "lower is better" or "better direction not stated"
   * @param comparisons how many comparisons of the outcome the project holds
   */
  public record OutcomeLine(String domain, String outcome, String better, int comparisons) {}

  /**
   * One comparison's effect size as the table shows it.
   *
   * @param measure "g" (Hedges' g), "d" (Cohen's d) or "yi" (as given); empty without an effect
   * @param estimate "−0.77 [−1.23, −0.31]"; empty without an effect
   * @param method the conversion's id ("means"); {@code methodLabel} says how it works
   * @param note why a row is direction only or not computable, or what a reader must know
   */
  public record EffectLine(
      String study,
      String outcome,
      String domain,
      String better,
      String timePoint,
      String comparison,
      String measure,
      String estimate,
      String method,
      String methodLabel,
      String note,
      Kind kind) {}

  /** What one computation of the synthesis found (built off the UI thread). */
  record Snapshot(
      List<OutcomeLine> outcomes,
      List<String> domains,
      List<String> timePoints,
      SynthesisService.EffectSizes sizes,
      SynthesisService.EffectDirection direction,
      String directionProblem,
      Image directionImage) {}

  /** A meta-analysis and its forest plot (built off the UI thread). */
  record Pooled(SynthesisService.Pooling pooling, ReportTable table, Image forest) {}

  private final AppContext context;
  private final StringProperty outcome = new SimpleStringProperty("");
  private final StringProperty domain = new SimpleStringProperty("");
  private final StringProperty timePoint = new SimpleStringProperty("");
  private final ObjectProperty<DirectionRule> rule =
      new SimpleObjectProperty<>(DirectionRule.SEVENTY_PERCENT);
  private final ObjectProperty<PoolingMethod> method =
      new SimpleObjectProperty<>(PoolingMethod.REML);
  private final ObservableList<OutcomeLine> outcomes = FXCollections.observableArrayList();
  private final ObservableList<String> outcomeChoices = FXCollections.observableArrayList();
  private final ObservableList<String> domainChoices = FXCollections.observableArrayList();
  private final ObservableList<String> timePointChoices = FXCollections.observableArrayList();
  private final ObservableList<EffectLine> effects = FXCollections.observableArrayList();
  private final ObservableList<String> notUsed = FXCollections.observableArrayList();
  private final StringProperty effectSummary = new SimpleStringProperty("");
  private final ObjectProperty<SynthesisService.EffectDirection> direction =
      new SimpleObjectProperty<>();
  private final ObservableList<List<String>> directionGrid = FXCollections.observableArrayList();
  private final ObservableList<String> directionNotes = FXCollections.observableArrayList();
  private final ObjectProperty<Image> directionImage = new SimpleObjectProperty<>();
  private final ObjectProperty<SynthesisService.Pooling> pooling = new SimpleObjectProperty<>();
  private final ObjectProperty<ReportTable> poolingTable = new SimpleObjectProperty<>();
  private final ObjectProperty<Image> forestImage = new SimpleObjectProperty<>();
  private final StringProperty poolingProblem = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private SynthesisService.EffectSizes sizes;
  private boolean showing;

  public SynthesisViewModel(AppContext context) {
    this.context = context;
  }

  // ------------------------------------------------------------------ filters

  /** The filter the three parts share: an empty choice keeps everything. */
  public SynthesisService.Filter filter() {
    String o = outcome.get() == null ? "" : outcome.get();
    return new SynthesisService.Filter(
        o.isBlank() ? List.of() : List.of(o), domain.get(), timePoint.get());
  }

  /** Only this outcome (from the outcome list, any domain), then computes again. */
  public void chooseOutcome(OutcomeLine line) {
    setFilters(line == null ? "" : line.outcome(), "", timePoint.get());
  }

  /** Only this domain, every outcome of it, then computes again. */
  public void chooseDomain(String d) {
    setFilters("", d == null ? "" : d, timePoint.get());
  }

  public void clearFilters() {
    setFilters("", "", "");
  }

  /** Sets the filters at once (the boxes showing them do not each compute again), then computes. */
  private void setFilters(String o, String d, String t) {
    showing = true;
    try {
      outcome.set(o);
      domain.set(d);
      timePoint.set(t);
    } finally {
      showing = false;
    }
    compute();
  }

  // ------------------------------------------------------------------ computing

  /** Effect sizes and effect direction of the filtered rows; a meta-analysis shown is cleared. */
  public void compute() {
    ReviewProject p = context.session().project();
    if (p == null) {
      return;
    }
    SynthesisService.Filter f = filter();
    DirectionRule r = rule.get();
    error.set("");
    context
        .tasks()
        .run(
            "Computing the synthesis",
            (progress, cancel) -> load(p.synthesis(), f, r),
            this::show,
            e -> error.set("The synthesis could not be computed: " + message(e)));
  }

  static Snapshot load(SynthesisService s, SynthesisService.Filter f, DirectionRule r)
      throws ProjectException {
    SynthesisService.Outcomes all = s.outcomes(SynthesisService.Filter.ALL);
    Map<String, List<OutcomeRecord>> byOutcome = new LinkedHashMap<>();
    Set<String> domains = new LinkedHashSet<>();
    Set<String> timePoints = new LinkedHashSet<>();
    for (SynthesisService.OutcomeRow row : all.rows()) {
      OutcomeRecord o = row.outcome();
      byOutcome.computeIfAbsent(o.domain() + "\u0000" + o.outcome(), k -> new ArrayList<>()).add(o);
      if (!o.domain().isBlank()) {
        domains.add(o.domain());
      }
      if (!row.timePoint().isBlank()) {
        timePoints.add(row.timePoint());
      }
    }
    List<OutcomeLine> lines = new ArrayList<>();
    // grouped by domain in order of first appearance, outcomes in order within their domain
    for (String d : concat(domains, "")) {
      byOutcome.forEach(
          (key, records) -> {
            OutcomeRecord first = records.get(0);
            if (first.domain().equals(d)) {
              lines.add(new OutcomeLine(d, first.outcome(), better(first), records.size()));
            }
          });
    }
    SynthesisService.EffectSizes sizes = s.effectSizes(f);
    SynthesisService.EffectDirection direction = null;
    String problem = "";
    Image image = null;
    try {
      direction = s.effectDirection(f, r);
      if (direction.synthesis().studies().isEmpty()) {
        problem = "No study has a direction for the outcomes chosen.";
      } else {
        image = image(new EffectDirectionPlot(direction.synthesis()));
      }
    } catch (ProjectException e) {
      problem = e.getMessage();
    }
    return new Snapshot(
        lines,
        new ArrayList<>(domains),
        new ArrayList<>(timePoints),
        sizes,
        direction,
        problem,
        image);
  }

  private static List<String> concat(Set<String> domains, String last) {
    List<String> out = new ArrayList<>(domains);
    out.add(last);
    return out;
  }

  /**
   * A filter chosen by hand computes again; the values {@link #show} and the choices above put in
   * the boxes do not.
   */
  public void filterChosen() {
    if (!showing) {
      compute();
    }
  }

  void show(Snapshot s) {
    showing = true;
    try {
      showSnapshot(s);
    } finally {
      showing = false;
    }
  }

  private void showSnapshot(Snapshot s) {
    outcomes.setAll(s.outcomes());
    List<String> names = new ArrayList<>();
    names.add("");
    s.outcomes().stream().map(OutcomeLine::outcome).distinct().forEach(names::add);
    keepChoice(outcome, outcomeChoices, names);
    List<String> ds = new ArrayList<>();
    ds.add("");
    ds.addAll(s.domains());
    keepChoice(domain, domainChoices, ds);
    List<String> ts = new ArrayList<>();
    ts.add("");
    ts.addAll(s.timePoints());
    keepChoice(timePoint, timePointChoices, ts);
    sizes = s.sizes();
    effects.setAll(s.sizes().effects().stream().map(SynthesisViewModel::line).toList());
    notUsed.setAll(s.sizes().skipped().stream().map(SynthesisTables::skipped).toList());
    effectSummary.set(summary(s.sizes()));
    direction.set(s.direction());
    directionImage.set(s.directionImage());
    directionGrid.clear();
    directionNotes.clear();
    if (s.direction() != null) {
      directionGrid.setAll(EffectDirectionTable.grid(s.direction().synthesis()));
      s.direction().skipped().stream()
          .map(x -> "Not placed: " + SynthesisTables.skipped(x))
          .forEach(directionNotes::add);
      s.direction().synthesis().skipped().forEach(x -> directionNotes.add("Not placed: " + x));
    }
    if (!s.directionProblem().isEmpty()) {
      directionNotes.add(0, s.directionProblem());
    }
    pooling.set(null);
    poolingTable.set(null);
    forestImage.set(null);
    poolingProblem.set(
        filter().outcomesChosen()
            ? ""
            : "Choose one outcome to pool it (pooling never mixes outcomes).");
    status.set(effectSummary.get());
  }

  /** Keeps the chosen value when the new choices hold it; otherwise falls back to "all". */
  private static void keepChoice(
      StringProperty chosen, ObservableList<String> choices, List<String> now) {
    String keep = chosen.get();
    choices.setAll(now);
    chosen.set(now.contains(keep) ? keep : "");
  }

  static String summary(SynthesisService.EffectSizes s) {
    return String.format(
        Locale.ROOT,
        "%d comparisons: %d effect sizes, %d direction only, %d not computable; %d not usable",
        s.effects().size(),
        s.computed(),
        s.directionOnly(),
        s.notComputable(),
        s.skipped().size());
  }

  static EffectLine line(SynthesisService.Effect e) {
    SynthesisService.OutcomeRow r = e.row();
    OutcomeRecord o = r.outcome();
    var x = e.effect();
    Kind kind =
        x.computed()
            ? Kind.COMPUTED
            : e.directionOnly() ? Kind.DIRECTION_ONLY : Kind.NOT_COMPUTABLE;
    String estimate =
        x.computed()
            ? Numbers.fixed(x.yi().value(), 2)
                + " ["
                + Numbers.fixed(x.yi().lower(), 2)
                + ", "
                + Numbers.fixed(x.yi().upper(), 2)
                + "]"
            : "";
    return new EffectLine(
        r.study().label(),
        o.outcome(),
        o.domain(),
        better(o),
        r.timePoint(),
        SynthesisTables.comparison(r),
        x.computed() ? x.measure().id() : "",
        estimate,
        x.conversion().id(),
        x.conversion().label(),
        SynthesisTables.note(e),
        kind);
  }

  static String better(OutcomeRecord o) {
    return o.desirable() == null
        ? "better direction not stated"
        : o.desirable().id() + " is better";
  }

  // ------------------------------------------------------------------ pooling

  /**
   * Pools the filtered rows with the chosen method. The service refuses to mix outcomes, opposite
   * directions or measures; its reason is shown instead of a result.
   */
  public void pool() {
    ReviewProject p = context.session().project();
    if (p == null) {
      return;
    }
    SynthesisService.Filter f = filter();
    PoolingMethod m = method.get();
    error.set("");
    context
        .tasks()
        .run(
            "Pooling",
            (progress, cancel) -> {
              SynthesisService.Pooling result = p.synthesis().pool(f, m);
              return new Pooled(result, SynthesisTables.pooling(result), image(forest(result)));
            },
            done -> {
              pooling.set(done.pooling());
              poolingTable.set(done.table());
              forestImage.set(done.forest());
              poolingProblem.set("");
              status.set(
                  "Pooled "
                      + done.pooling().pooled().effect().k()
                      + " studies of "
                      + String.join(", ", done.pooling().outcomes())
                      + " ("
                      + m.label()
                      + ")");
            },
            e -> {
              pooling.set(null);
              poolingTable.set(null);
              forestImage.set(null);
              poolingProblem.set(
                  e instanceof ProjectException
                      ? "Cannot pool: " + e.getMessage()
                      : "The meta-analysis failed: " + message(e));
            });
  }

  static ForestPlot forest(SynthesisService.Pooling p) {
    return new ForestPlot(p.pooled().effect(), p.pooled().measure().label(), p.pooled().better());
  }

  private static Image image(Figure f) {
    return Images.toFx(FigureExporter.image(f, SCREEN_DPI));
  }

  // ------------------------------------------------------------------ exports

  /**
   * Writes a part as the file's extension says: a figure (svg, png, pdf) or a table (csv, md,
   * html). Written beside the target and moved into place, by core.
   */
  public void export(Part part, Path target) {
    String name = target.getFileName().toString();
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    FigureFormat figure = null;
    TableFormat table = null;
    try {
      table = TableFormat.parse(ext);
    } catch (IllegalArgumentException notTable) {
      try {
        figure = FigureFormat.parse(ext);
      } catch (IllegalArgumentException notFigure) {
        error.set(
            "Name the file .svg, .png or .pdf for a figure, or .csv, .md or .html for a table: "
                + name);
        return;
      }
    }
    if (figure != null && !part.hasFigure()) {
      error.set("The effect sizes are a table: name the file .csv, .md or .html.");
      return;
    }
    TextTable text = table == null ? null : table(part);
    Figure drawing = figure == null ? null : figure(part);
    if (text == null && drawing == null) {
      error.set(
          part == Part.POOLING
              ? "Nothing to export yet: pool an outcome first (" + part.title() + ")."
              : "Nothing to export yet: compute the synthesis first.");
      return;
    }
    FigureFormat ff = figure;
    TableFormat tf = table;
    error.set("");
    context
        .tasks()
        .run(
            "Exporting " + part.title().toLowerCase(Locale.ROOT),
            (progress, cancel) -> {
              if (drawing != null) {
                FigureExporter.write(drawing, ff, target);
              } else {
                text.write(tf, target);
              }
              return target;
            },
            written ->
                status.set(
                    "Exported the "
                        + part.title().toLowerCase(Locale.ROOT)
                        + (drawing != null ? " figure" : " table")
                        + " to "
                        + written),
            e -> error.set("The export failed: " + message(e)));
  }

  /** The table of a part as shown; null when there is nothing to show yet. */
  TextTable table(Part part) {
    return switch (part) {
      case EFFECT_SIZES -> {
        SynthesisService.EffectSizes s = sizes;
        yield s == null ? null : SynthesisTables.effectSizes(s);
      }
      case EFFECT_DIRECTION ->
          direction.get() == null || direction.get().synthesis().studies().isEmpty()
              ? null
              : TextTable.of(direction.get().synthesis());
      case POOLING -> poolingTable.get();
    };
  }

  /** The figure of a part as shown; null when there is none yet. */
  Figure figure(Part part) {
    return switch (part) {
      case EFFECT_SIZES -> null;
      case EFFECT_DIRECTION ->
          direction.get() == null || direction.get().synthesis().studies().isEmpty()
              ? null
              : new EffectDirectionPlot(direction.get().synthesis());
      case POOLING -> pooling.get() == null ? null : forest(pooling.get());
    };
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? "an unexpected error" : m;
  }

  // ------------------------------------------------------------------ properties

  public StringProperty outcomeProperty() {
    return outcome;
  }

  public StringProperty domainProperty() {
    return domain;
  }

  public StringProperty timePointProperty() {
    return timePoint;
  }

  public ObjectProperty<DirectionRule> ruleProperty() {
    return rule;
  }

  public ObjectProperty<PoolingMethod> methodProperty() {
    return method;
  }

  public ObservableList<OutcomeLine> outcomes() {
    return outcomes;
  }

  public ObservableList<String> outcomeChoices() {
    return outcomeChoices;
  }

  public ObservableList<String> domainChoices() {
    return domainChoices;
  }

  public ObservableList<String> timePointChoices() {
    return timePointChoices;
  }

  public ObservableList<EffectLine> effects() {
    return effects;
  }

  public ObservableList<String> notUsed() {
    return notUsed;
  }

  public ReadOnlyStringProperty effectSummaryProperty() {
    return effectSummary;
  }

  public ReadOnlyObjectProperty<SynthesisService.EffectDirection> directionProperty() {
    return direction;
  }

  /** The effect-direction table as exported: header, one row per study, two sign-test rows. */
  public ObservableList<List<String>> directionGrid() {
    return directionGrid;
  }

  public ObservableList<String> directionNotes() {
    return directionNotes;
  }

  public ReadOnlyObjectProperty<Image> directionImageProperty() {
    return directionImage;
  }

  public ReadOnlyObjectProperty<SynthesisService.Pooling> poolingProperty() {
    return pooling;
  }

  public ReadOnlyObjectProperty<ReportTable> poolingTableProperty() {
    return poolingTable;
  }

  public ReadOnlyObjectProperty<Image> forestImageProperty() {
    return forestImage;
  }

  public ReadOnlyStringProperty poolingProblemProperty() {
    return poolingProblem;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error;
  }
}
