package org.winnow.core.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.winnow.core.appraisal.MmatAppraisal;
import org.winnow.core.appraisal.MmatCategory;
import org.winnow.core.appraisal.MmatCriterion;
import org.winnow.core.appraisal.MmatResult;
import org.winnow.core.extraction.BuiltInTemplates;
import org.winnow.core.extraction.EffectSizeCsv;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.extraction.StudyRef;
import org.winnow.core.io.ImportException;
import org.winnow.core.model.ConsensusStatus;
import org.winnow.core.stats.Appraisal;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.csv.OutcomeCsvReader;
import org.winnow.core.stats.csv.OutcomeTable;
import org.winnow.core.stats.direction.DirectionRule;
import org.winnow.core.stats.direction.EffectDirectionSynthesis;
import org.winnow.core.stats.effect.EffectSize;
import org.winnow.core.stats.effect.Reported;
import org.winnow.core.stats.pooling.PoolSelection;
import org.winnow.core.stats.pooling.PoolingMethod;

/**
 * Effect sizes, effect direction and pooling computed from the project's own data: the final
 * (consensus or agreed) answers of the outcome-data form, read through the same mapping as the
 * effect-size export ({@link EffectSizeCsv}) and the batch-file reader ({@link OutcomeCsvReader}),
 * so a project and its exported file give the same numbers. Every comparison that cannot be used is
 * returned with why; none is dropped silently. The command line and the window both call this.
 */
public final class SynthesisService {
  /** Criteria of a component that must be met for the "moderate" ordering band. */
  public static final int MODERATE_CRITERIA_MET = 3;

  private final ReviewProject project;

  SynthesisService(ReviewProject project) {
    this.project = project;
  }

  /**
   * Which outcome rows to use. An empty list or a null value keeps everything; names match
   * regardless of case and spacing.
   *
   * @param outcomes the outcomes to keep (several scales of one outcome may be named)
   * @param domain the outcome domain to keep
   * @param timePoint the time point to keep ("6 months" is not "6 weeks")
   */
  public record Filter(List<String> outcomes, String domain, String timePoint) {
    public static final Filter ALL = new Filter(List.of(), null, null);

    public Filter {
      outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
      domain = domain == null || domain.isBlank() ? null : domain;
      timePoint = timePoint == null || timePoint.isBlank() ? null : timePoint;
    }

    public boolean outcomesChosen() {
      return !outcomes.isEmpty();
    }

    /** Whether a row of this outcome, domain and time point is kept. */
    public boolean keeps(String outcome, String domain, String timePoint) {
      return (outcomes.isEmpty() || outcomes.stream().anyMatch(o -> same(o, outcome)))
          && (this.domain == null || same(this.domain, domain))
          && (this.timePoint == null || same(this.timePoint, timePoint));
    }

    /**
     * Whether a row left out is about what the filter keeps: a blank outcome or time point (a whole
     * study left out) is always shown.
     */
    boolean concerns(EffectSizeCsv.Skipped s) {
      return (outcomes.isEmpty()
              || s.outcome().isBlank()
              || outcomes.stream().anyMatch(o -> same(o, s.outcome())))
          && (timePoint == null || s.timePoint().isBlank() || same(timePoint, s.timePoint()));
    }

    private static String norm(String s) {
      return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean same(String a, String b) {
      return norm(a).equals(norm(b));
    }
  }

  /**
   * One comparison of one study's outcome as the statistics read it.
   *
   * @param timePoint as entered, with its unit
   * @param intervention group 1's arm
   * @param control group 2's arm
   * @param comparisonSource "reported" (the comparisons section) or "arm-roles"
   * @param status whether the answers are a consensus or agreed
   * @param outcome what the statistics read; its source names study, outcome, time point and arms
   * @param cells the row as the effect-size file writes it ({@link EffectSizeCsv#COLUMNS})
   */
  public record OutcomeRow(
      StudyRef study,
      String timePoint,
      String intervention,
      String control,
      String comparisonSource,
      ConsensusStatus status,
      OutcomeRecord outcome,
      List<String> cells) {
    public OutcomeRow {
      cells = List.copyOf(cells);
    }
  }

  /**
   * The project's outcome rows and what could not be used.
   *
   * @param skipped comparisons, outcomes or whole studies not used, with why (a blank outcome or
   *     time point means the whole study or outcome)
   */
  public record Outcomes(List<OutcomeRow> rows, List<EffectSizeCsv.Skipped> skipped) {
    public Outcomes {
      rows = List.copyOf(rows);
      skipped = List.copyOf(skipped);
    }

    public List<OutcomeRecord> records() {
      return rows.stream().map(OutcomeRow::outcome).toList();
    }

    /**
     * The rows as a batch file would hold them (line 2 is the first row), for the outputs that
     * repeat the input's columns.
     */
    public OutcomeTable table(String name) {
      List<OutcomeTable.Row> out = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        out.add(new OutcomeTable.Row(i + 2, rows.get(i).cells(), rows.get(i).outcome()));
      }
      return new OutcomeTable(name, EffectSizeCsv.COLUMNS, out);
    }
  }

  /** One row with its effect size (computed, direction only, or why not computable). */
  public record Effect(OutcomeRow row, EffectSize effect) {
    public boolean directionOnly() {
      return !effect.computed() && row.outcome().reported() instanceof Reported.DirectionOnly;
    }
  }

  /** Every row's effect size, and what could not be used at all. */
  public record EffectSizes(List<Effect> effects, List<EffectSizeCsv.Skipped> skipped) {
    public EffectSizes {
      effects = List.copyOf(effects);
      skipped = List.copyOf(skipped);
    }

    public long computed() {
      return effects.stream().filter(e -> e.effect().computed()).count();
    }

    public long directionOnly() {
      return effects.stream().filter(Effect::directionOnly).count();
    }

    public long notComputable() {
      return effects.size() - computed() - directionOnly();
    }
  }

  /**
   * One study's MMAT 2018 result as the effect-direction table orders it.
   *
   * @param status consensus or agreed gives a band; single and pending do not
   * @param category null when no final appraisal (or screening stopped it)
   * @param criteriaMet criteria answered Yes per component, for description only
   * @param screeningConcerns S1 or S2 not answered Yes
   * @param band the ordering band ({@link #band}); null without a final appraisal
   */
  public record StudyAppraisal(
      StudyRef study,
      ConsensusStatus status,
      MmatCategory category,
      Map<MmatCategory, Integer> criteriaMet,
      List<MmatCriterion> screeningConcerns,
      Appraisal band) {
    public StudyAppraisal {
      criteriaMet = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(criteriaMet));
      screeningConcerns = List.copyOf(screeningConcerns);
    }
  }

  /**
   * The effect-direction synthesis with each study's MMAT result.
   *
   * @param skipped the project's rows not usable at all (those without a direction are in the
   *     synthesis' own skipped list)
   */
  public record EffectDirection(
      EffectDirectionSynthesis synthesis,
      List<StudyAppraisal> appraisals,
      List<EffectSizeCsv.Skipped> skipped) {
    public EffectDirection {
      appraisals = List.copyOf(appraisals);
      skipped = List.copyOf(skipped);
    }
  }

  /** A meta-analysis of the project's rows, with the rows behind it. */
  public record Pooling(
      PoolSelection.Pooled pooled,
      List<String> outcomes,
      List<OutcomeRow> rows,
      PoolSelection selection,
      List<EffectSizeCsv.Skipped> skipped) {
    public Pooling {
      outcomes = List.copyOf(outcomes);
      rows = List.copyOf(rows);
      skipped = List.copyOf(skipped);
    }

    /** The project row of a pooled study or of one left out (by its index in the selection). */
    public OutcomeRow row(int index) {
      return rows.get(index);
    }
  }

  // ---------------------------------------------------------------- outcomes

  /** The rows of the outcome-data form's final answers that the filter keeps. */
  public Outcomes outcomes(Filter filter) throws ProjectException {
    Map<String, StudyAppraisal> appraisals = new LinkedHashMap<>();
    for (StudyAppraisal a : appraisals()) {
      appraisals.put(a.study().id(), a);
    }
    Map<String, Integer> labelled = new LinkedHashMap<>();
    for (IncludedStudy study : project.studies().included()) {
      labelled.merge(study.ref().label(), 1, Integer::sum);
    }
    List<OutcomeRow> rows = new ArrayList<>();
    List<EffectSizeCsv.Skipped> skipped = new ArrayList<>();
    for (FormResult r : project.extraction().results(BuiltInTemplates.OUTCOME_DATA)) {
      StudyRef study = r.study();
      if (r.status() == ConsensusStatus.PENDING || r.status() == ConsensusStatus.SINGLE) {
        skipped.add(
            new EffectSizeCsv.Skipped(
                study.id(),
                study.label(),
                "",
                "",
                r.status() == ConsensusStatus.PENDING
                    ? "the extractions of the outcome data disagree: awaiting a consensus"
                    : "one extraction of the outcome data so far: awaiting the second extractor or"
                        + " a consensus"));
        continue;
      }
      List<EffectSizeCsv.Skipped> own = new ArrayList<>();
      for (List<String> cells : EffectSizeCsv.rows(r, own)) {
        String outcome = EffectSizeCsv.cell(cells, "outcome");
        String domain = EffectSizeCsv.cell(cells, "domain");
        String timePoint = EffectSizeCsv.cell(cells, "time_point");
        if (!filter.keeps(outcome, domain, timePoint)) {
          continue;
        }
        String intervention = EffectSizeCsv.cell(cells, "intervention");
        String control = EffectSizeCsv.cell(cells, "control");
        String source =
            study.id()
                + " / "
                + outcome
                + " / "
                + timePoint
                + " / "
                + intervention
                + " vs "
                + control;
        OutcomeRecord o;
        try {
          o = OutcomeCsvReader.read(source, EffectSizeCsv.csv(List.of(cells))).outcomes().get(0);
        } catch (ImportException e) {
          skipped.add(
              new EffectSizeCsv.Skipped(
                  study.id(),
                  study.label(),
                  outcome,
                  timePoint,
                  (e.field() == null ? "" : "column " + e.field() + ": ") + e.problem()));
          continue;
        }
        StudyAppraisal a = appraisals.get(study.id());
        // the statistics tell studies apart by their label: two studies called "Jensen 2021"
        // are named with their IDs, else they would count as one study with two rows
        o =
            new OutcomeRecord(
                labelled.getOrDefault(o.study(), 1) > 1
                    ? o.study() + " (" + study.id() + ")"
                    : o.study(),
                o.outcome(),
                o.domain(),
                o.desirable(),
                a == null ? null : a.band(),
                o.reported(),
                o.missing(),
                source);
        rows.add(
            new OutcomeRow(
                study,
                timePoint,
                intervention,
                control,
                EffectSizeCsv.cell(cells, "comparison_source"),
                r.status(),
                o,
                cells));
      }
      own.stream().filter(filter::concerns).forEach(skipped::add);
    }
    return new Outcomes(rows, skipped);
  }

  /** Each kept row's effect size. */
  public EffectSizes effectSizes(Filter filter) throws ProjectException {
    Outcomes o = outcomes(filter);
    List<Effect> effects = new ArrayList<>();
    for (OutcomeRow row : o.rows()) {
      effects.add(new Effect(row, row.outcome().effectSize()));
    }
    return new EffectSizes(effects, o.skipped());
  }

  // ---------------------------------------------------------------- effect direction

  /**
   * The SWiM effect-direction synthesis of the kept rows, studies ordered by their MMAT band. Rows
   * without a domain, or with an effect but no desirable direction, cannot be placed and are listed
   * in {@code skipped} with why.
   */
  public EffectDirection effectDirection(Filter filter, DirectionRule rule)
      throws ProjectException {
    Outcomes o = outcomes(filter);
    List<OutcomeRecord> placed = new ArrayList<>();
    List<EffectSizeCsv.Skipped> skipped = new ArrayList<>(o.skipped());
    for (OutcomeRow row : o.rows()) {
      OutcomeRecord r = row.outcome();
      String why = null;
      if (r.domain().isBlank()) {
        why = "the outcome has no domain: enter its domain under outcomes";
      } else if (r.desirable() == null
          && r.reported() != null
          && !(r.reported() instanceof Reported.DirectionOnly)
          && r.effectSize().computed()) {
        why = "the outcome has no desirable direction: say whether higher or lower is better";
      }
      if (why == null) {
        placed.add(r);
      } else {
        skipped.add(
            new EffectSizeCsv.Skipped(
                row.study().id(), row.study().label(), r.outcome(), row.timePoint(), why));
      }
    }
    EffectDirectionSynthesis s;
    try {
      s = EffectDirectionSynthesis.of(placed, rule);
    } catch (IllegalArgumentException e) {
      throw new ProjectException(e.getMessage());
    }
    return new EffectDirection(s, appraisals(), skipped);
  }

  /**
   * Every appraised included study's MMAT result. Only a consensus or agreed appraisal gives an
   * ordering band.
   */
  public List<StudyAppraisal> appraisals() {
    List<StudyAppraisal> out = new ArrayList<>();
    for (MmatResult r : project.appraisal().results()) {
      MmatAppraisal a = r.finalAppraisal();
      boolean settled =
          r.status() == ConsensusStatus.CONSENSUS || r.status() == ConsensusStatus.AGREED;
      out.add(
          new StudyAppraisal(
              r.study(),
              r.status(),
              a == null ? null : a.category(),
              a == null ? Map.of() : a.criteriaMet(),
              a == null ? List.of() : a.screeningConcerns(),
              settled && a != null ? band(a) : null));
    }
    return out;
  }

  /**
   * The band that orders effect-direction rows: high when both screening questions and every
   * criterion of every component are Yes; moderate when the screening questions are Yes and at
   * least {@link #MODERATE_CRITERIA_MET} criteria of every component are Yes; else low. It only
   * orders and shades the rows (Boon &amp; Thomson 2021); it is not a quality score, and tables
   * show the criteria themselves, as the MMAT 2018 guide advises.
   */
  public static Appraisal band(MmatAppraisal a) {
    if (!a.screeningConcerns().isEmpty() || a.category() == null) {
      return Appraisal.LOW;
    }
    Map<MmatCategory, Integer> met = a.criteriaMet();
    if (met.entrySet().stream().allMatch(e -> e.getValue() >= e.getKey().criteria().size())) {
      return Appraisal.HIGH;
    }
    if (met.values().stream().allMatch(n -> n >= MODERATE_CRITERIA_MET)) {
      return Appraisal.MODERATE;
    }
    return Appraisal.LOW;
  }

  // ---------------------------------------------------------------- pooling

  /**
   * A meta-analysis of the kept rows with an effect size. Refuses, naming them, to pool several
   * outcomes unless the filter chose them, outcomes with opposite desirable directions, or several
   * measures.
   *
   * @throws ProjectException when the rows may not be pooled, or there is nothing to pool
   */
  public Pooling pool(Filter filter, PoolingMethod method) throws ProjectException {
    Outcomes o = outcomes(filter);
    PoolSelection selection = PoolSelection.of(o.records(), filter.outcomesChosen());
    if (!selection.poolability().poolable()) {
      throw new ProjectException(selection.poolability().reason());
    }
    if (selection.members().isEmpty()) {
      throw new ProjectException(
          "nothing to pool"
              + (filter.outcomesChosen()
                  ? " for outcome "
                      + String.join(
                          ", ", filter.outcomes().stream().map(x -> "'" + x + "'").toList())
                  : "")
              + ": no row with an effect size");
    }
    return new Pooling(
        selection.pool(method),
        selection.poolability().outcomes(),
        o.rows(),
        selection,
        o.skipped());
  }
}
