package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.extraction.EffectSizeCsv;
import org.winnow.core.stats.Appraisal;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.csv.OutcomeCsvReader;
import org.winnow.core.stats.direction.DirectionRule;
import org.winnow.core.stats.direction.StudyRow;
import org.winnow.core.stats.pooling.MetaAnalysis;
import org.winnow.core.stats.pooling.PoolingMethod;
import org.winnow.core.stats.pooling.StudyEffect;
import org.winnow.fixtures.OutcomeAnswers;

/** Effect sizes, effect direction and pooling from the project's final outcome data. */
class SynthesisServiceTest {
  @TempDir Path tmp;
  private ReviewProject project;
  private ExtractionService extraction;
  private SynthesisService synthesis;

  @BeforeEach
  void setUp() throws Exception {
    project = IncludedStudies.create(tmp);
    extraction = project.extraction();
    synthesis = project.synthesis();
  }

  @AfterEach
  void close() {
    project.close();
  }

  static String outcomes(double painCbt, double painCare, double moodCbt, double moodCare) {
    return OutcomeAnswers.painAndMood(painCbt, painCare, moodCbt, moodCare);
  }

  /** Both extractors enter the same answers: agreed, so final. */
  private void agreed(String study, String answers) throws Exception {
    extraction.extract(study, "outcome-data", "Ana Lima", "a.json", answers, "test");
    extraction.extract(study, "outcome-data", "Ben Okafor", "b.json", answers, "test");
  }

  @Test
  void usesAgreedAndConsensusAnswersAndListsTheStudiesStillOpen() throws Exception {
    agreed("j1", outcomes(2.0, 2.9, 14, 12));
    extraction.extract("s1", "outcome-data", "Ana Lima", "a.json", outcomes(3, 3.5, 10, 9), "t");
    extraction.extract("s1", "outcome-data", "Ben Okafor", "b.json", outcomes(3, 3.4, 10, 9), "t");
    extraction.extract("b1", "outcome-data", "Ana Lima", "a.json", outcomes(1, 2, 3, 4), "t");

    SynthesisService.Outcomes o = synthesis.outcomes(SynthesisService.Filter.ALL);
    assertEquals(List.of("S1", "S1"), o.rows().stream().map(r -> r.study().id()).toList());
    assertEquals(2, o.skipped().size(), o.skipped().toString());
    assertTrue(o.skipped().get(0).reason().contains("awaiting a consensus"));
    assertTrue(o.skipped().get(1).reason().contains("one extraction"));

    extraction.consensusFrom("s1", "outcome-data", "Chen Wei", "Ana Lima", null);
    o = synthesis.outcomes(SynthesisService.Filter.ALL);
    assertEquals(
        List.of("S1", "S1", "S2", "S2"), o.rows().stream().map(r -> r.study().id()).toList());
    assertEquals("12 weeks", o.rows().get(0).timePoint());
    assertEquals("arm-roles", o.rows().get(0).comparisonSource());
  }

  @Test
  void effectSizesAreThoseOfTheExportedFile() throws Exception {
    agreed("j1", outcomes(2.0, 2.9, 14, 12));
    agreed("s1", outcomes(3, 3.5, 10, 9));
    StringWriter file = new StringWriter();
    EffectSizeCsv.write(extraction.results("outcome-data"), file);
    List<OutcomeRecord> exported = OutcomeCsvReader.read("x.csv", file.toString()).outcomes();

    SynthesisService.EffectSizes e = synthesis.effectSizes(SynthesisService.Filter.ALL);
    assertEquals(4, e.effects().size());
    assertEquals(4, e.computed());
    for (int i = 0; i < exported.size(); i++) {
      assertEquals(exported.get(i).effectSize().yi(), e.effects().get(i).effect().yi(), "row " + i);
    }
  }

  @Test
  void filtersByOutcomeDomainAndTimePoint() throws Exception {
    agreed("j1", outcomes(2.0, 2.9, 14, 12));
    assertEquals(
        List.of("Mood"),
        synthesis
            .outcomes(new SynthesisService.Filter(List.of(), "mental  HEALTH", null))
            .rows()
            .stream()
            .map(r -> r.outcome().outcome())
            .toList());
    assertEquals(
        List.of("Pain"),
        synthesis
            .outcomes(new SynthesisService.Filter(List.of("pain"), null, "12 Weeks"))
            .rows()
            .stream()
            .map(r -> r.outcome().outcome())
            .toList());
    assertEquals(
        0,
        synthesis.outcomes(new SynthesisService.Filter(List.of(), null, "12 months")).rows().size(),
        "12 months is not 12 weeks");
  }

  @Test
  void anOutcomeWithAReportedComparisonAndArmResultsKeepsBoth() throws Exception {
    agreed(
        "j1",
        """
        {"form": "outcome-data", "sections": {
          "outcomes": [{"outcome": "Pain", "domain": "Physical health", "desirable": "lower"}],
          "arm_results": [
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "CBT", "role": "intervention",
             "n": 40, "mean": 2.1, "sd": 0.8},
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "Usual care", "role": "control",
             "n": 38, "mean": 2.9, "sd": 0.9}],
          "comparisons": [
            {"outcome": "Pain", "time_point": "12 weeks", "intervention_arm": "CBT",
             "control_arm": "Waitlist", "t": 2.5, "favours": "intervention"}]}}
        """);
    SynthesisService.EffectSizes e = synthesis.effectSizes(SynthesisService.Filter.ALL);
    assertEquals(
        List.of("reported", "arm-roles"),
        e.effects().stream().map(x -> x.row().comparisonSource()).toList());
    assertEquals(
        List.of("Waitlist", "Usual care"),
        e.effects().stream().map(x -> x.row().control()).toList());
  }

  @Test
  void anOutcomeWithoutResultsIsListedNotDropped() throws Exception {
    agreed(
        "j1",
        """
        {"form": "outcome-data", "sections": {
          "outcomes": [{"outcome": "Pain", "domain": "Physical health", "desirable": "lower"},
                       {"outcome": "Sleep", "domain": "Physical health", "desirable": "higher"}],
          "arm_results": [
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "CBT", "role": "intervention",
             "n": 40, "mean": 2.1, "sd": 0.8},
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "Usual care", "role": "control",
             "n": 38, "mean": 2.9, "sd": 0.9}]}}
        """);
    SynthesisService.Outcomes o = synthesis.outcomes(SynthesisService.Filter.ALL);
    assertEquals(1, o.rows().size());
    assertEquals(1, o.skipped().size(), o.skipped().toString());
    assertEquals("Sleep", o.skipped().get(0).outcome());
    assertTrue(o.skipped().get(0).reason().startsWith("no results entered"));
  }

  @Test
  void aRowThatContradictsItselfIsListedWithTheReasonAndTheRestStillRuns() throws Exception {
    agreed(
        "j1",
        """
        {"form": "outcome-data", "sections": {
          "outcomes": [{"outcome": "Pain", "domain": "Physical health", "desirable": "lower"}],
          "arm_results": [
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "CBT", "role": "intervention",
             "n": 40, "mean": 2.1, "sd": 0.8},
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "Usual care", "role": "control",
             "n": 38, "mean": 2.9, "sd": 0.9},
            {"outcome": "Pain", "time_point": "6 months", "arm": "CBT",
             "n": 40, "mean": 2.1, "sd": 0.8},
            {"outcome": "Pain", "time_point": "6 months", "arm": "Usual care",
             "n": 38, "mean": 2.9, "sd": 0.9}],
          "comparisons": [
            {"outcome": "Pain", "time_point": "6 months", "intervention_arm": "CBT",
             "control_arm": "Usual care", "favours": "control"}]}}
        """);
    agreed("s1", outcomes(3, 3.5, 10, 9));
    SynthesisService.Outcomes o = synthesis.outcomes(SynthesisService.Filter.ALL);
    assertEquals(3, o.rows().size(), "S1 at 12 weeks and S2's two rows");
    assertEquals(1, o.skipped().size(), o.skipped().toString());
    EffectSizeCsv.Skipped s = o.skipped().get(0);
    assertEquals("S1", s.studyId());
    assertEquals("6 months", s.timePoint());
    assertTrue(s.reason().contains("favours") && s.reason().contains("check the sign"), s.reason());
  }

  static final String MMAT_ALL_YES =
      """
      {"screening": {"S1": "yes", "S2": "yes"}, "category": "randomized",
       "criteria": {"2.1": "yes", "2.2": "yes", "2.3": "yes", "2.4": "yes", "2.5": "yes"}}
      """;
  static final String MMAT_THREE =
      """
      {"screening": {"S1": "yes", "S2": "yes"}, "category": "randomized",
       "criteria": {"2.1": "yes", "2.2": "yes", "2.3": "no", "2.4": "can't tell", "2.5": "yes"}}
      """;

  @Test
  void effectDirectionOrdersStudiesByTheirSettledMmatAppraisal() throws Exception {
    agreed("j1", outcomes(2.0, 2.9, 14, 12));
    agreed("s1", outcomes(3.6, 3.5, 10, 9));
    agreed("b1", outcomes(1, 2, 3, 4));
    AppraisalService a = project.appraisal();
    a.appraise("j1", "Ana Lima", "a.json", MMAT_THREE, "t");
    a.appraise("j1", "Ben Okafor", "b.json", MMAT_ALL_YES, "t");
    a.consensus("j1", "Chen Wei", "c.json", MMAT_THREE, "t");
    a.appraise("s1", "Ana Lima", "a.json", MMAT_ALL_YES, "t");
    a.appraise("s1", "Ben Okafor", "b.json", MMAT_ALL_YES, "t");
    a.appraise("b1", "Ana Lima", "a.json", MMAT_ALL_YES, "t");

    SynthesisService.EffectDirection d =
        synthesis.effectDirection(SynthesisService.Filter.ALL, DirectionRule.SEVENTY_PERCENT);
    List<StudyRow> rows = d.synthesis().studies();
    assertEquals(
        List.of("Smith 2016", "Jones 2015", "Brown 2020"),
        rows.stream().map(StudyRow::study).toList(),
        "agreed all-yes (high), consensus 3 of 5 (moderate), a single appraisal (no band)");
    assertEquals(Appraisal.HIGH, rows.get(0).appraisal());
    assertEquals(Appraisal.MODERATE, rows.get(1).appraisal());
    assertNull(rows.get(2).appraisal());
    assertEquals(List.of("Physical health", "Mental health"), d.synthesis().domains());
    assertEquals(3, d.appraisals().size());
  }

  @Test
  void effectDirectionListsRowsWithoutDomainInsteadOfFailing() throws Exception {
    agreed("j1", outcomes(2.0, 2.9, 14, 12).replace("\"domain\": \"Mental health\", ", ""));
    SynthesisService.EffectDirection d =
        synthesis.effectDirection(SynthesisService.Filter.ALL, DirectionRule.SEVENTY_PERCENT);
    assertEquals(List.of("Physical health"), d.synthesis().domains());
    assertEquals(1, d.skipped().size());
    assertEquals("Mood", d.skipped().get(0).outcome());
    assertTrue(d.skipped().get(0).reason().contains("no domain"));
  }

  @Test
  void studiesThatShareALabelStayApart() throws Exception {
    project.studies().link(List.of("s1"), "Jones 2015", "test");
    agreed("j1", outcomes(2.0, 2.9, 14, 12));
    agreed("s1", outcomes(3.0, 3.5, 10, 9));
    SynthesisService.EffectDirection d =
        synthesis.effectDirection(SynthesisService.Filter.ALL, DirectionRule.SEVENTY_PERCENT);
    assertEquals(
        List.of("Jones 2015 (S1)", "Jones 2015 (S2)"),
        d.synthesis().studies().stream().map(StudyRow::study).toList(),
        "two studies, not one study with two rows per domain");
    SynthesisService.Pooling p =
        synthesis.pool(new SynthesisService.Filter(List.of("Pain"), null, null), PoolingMethod.FE);
    assertEquals(List.of(), p.selection().warnings());
  }

  @Test
  void poolsOneOutcomeAndRefusesToMixOppositeDirections() throws Exception {
    agreed("j1", outcomes(2.0, 2.9, 14, 12));
    agreed("s1", outcomes(3.0, 3.5, 10, 9));
    agreed("b1", outcomes(1.5, 2.0, 13, 12.5));

    ProjectException several =
        assertThrows(
            ProjectException.class,
            () -> synthesis.pool(SynthesisService.Filter.ALL, PoolingMethod.REML));
    assertTrue(
        several.getMessage().contains("opposite desirable directions"), several.getMessage());
    assertTrue(several.getMessage().contains("Pain (lower is better)"), several.getMessage());
    assertTrue(several.getMessage().contains("Mood (higher is better)"), several.getMessage());

    SynthesisService.Pooling p =
        synthesis.pool(new SynthesisService.Filter(List.of("Pain"), null, null), PoolingMethod.FE);
    assertEquals(3, p.pooled().effect().k());
    assertEquals(List.of("Pain"), p.outcomes());
    List<StudyEffect> direct =
        synthesis
            .effectSizes(new SynthesisService.Filter(List.of("Pain"), null, null))
            .effects()
            .stream()
            .map(
                e ->
                    new StudyEffect(
                        e.row().outcome().study(),
                        e.effect().yi().value(),
                        e.effect().yi().variance()))
            .toList();
    assertEquals(
        MetaAnalysis.pool(direct, PoolingMethod.FE).estimate(), p.pooled().effect().estimate());

    ProjectException nothing =
        assertThrows(
            ProjectException.class,
            () ->
                synthesis.pool(
                    new SynthesisService.Filter(List.of("Sleep"), null, null), PoolingMethod.FE));
    assertTrue(nothing.getMessage().startsWith("nothing to pool for outcome 'Sleep'"));
  }
}
