package org.winnow.ui;

import java.nio.file.Path;
import java.util.List;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.fixtures.OutcomeAnswers;

/**
 * A review carried to synthesis through the services: four included studies (single screening), the
 * outcome data of three agreed by two extractors and of the fourth entered once, and MMAT
 * appraisals that order them. Pain (lower is better) is poolable in all three; Mood (higher is
 * better) is reported as a direction only by one study.
 */
public final class SynthesisFixture {
  public static final String ANA = "Ana Lima";
  public static final String BEN = "Ben Okafor";
  public static final String CHEN = "Chen Wei";

  private SynthesisFixture() {}

  static String outcomes(double painCbt, double painCare, double moodCbt, double moodCare) {
    return OutcomeAnswers.painAndMood(painCbt, painCare, moodCbt, moodCare);
  }

  /** Pain by arm means, mood only as the direction the study reported. */
  static final String PAIN_AND_MOOD_DIRECTION =
      """
      {"form": "outcome-data", "sections": {
        "outcomes": [
          {"outcome": "Pain", "domain": "Physical health", "desirable": "lower"},
          {"outcome": "Mood", "domain": "Mental health", "desirable": "higher"}],
        "arm_results": [
          {"outcome": "Pain", "time_point": "12 weeks", "arm": "CBT", "role": "intervention",
           "n": 60, "mean": 1.5, "sd": 1.0},
          {"outcome": "Pain", "time_point": "12 weeks", "arm": "Usual care", "role": "control",
           "n": 62, "mean": 2.0, "sd": 1.1}],
        "comparisons": [
          {"outcome": "Mood", "time_point": "12 weeks", "intervention_arm": "CBT",
           "control_arm": "Usual care", "favours": "intervention"}]}}
      """;

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

  /** Creates the review in {@code dir}/review and returns it open. */
  public static ReviewProject create(Path dir) throws Exception {
    ReviewProject p = ReviewProject.create(dir.resolve("review"), "Synthesis test", "lead");
    Path file =
        TestReviews.write(
            dir,
            "medline.ris",
            TestReviews.ris(
                "j1",
                "Group CBT for pain in pregnancy",
                "Jones, K.",
                "2015",
                "Addiction",
                "1-9",
                null),
            TestReviews.ris(
                "s1",
                "Peer support for new mothers",
                "Smith, J.",
                "2016",
                "Addiction",
                "10-19",
                null),
            TestReviews.ris(
                "b1",
                "Community midwifery and pain",
                "Brown, A.",
                "2020",
                "Midwifery",
                "20-29",
                null),
            TestReviews.ris(
                "l1", "Mindfulness in pregnancy", "Lee, M.", "2019", "Birth", "30-39", null));
    TestReviews.importFile(p, "MEDLINE", file);
    var s = p.screening();
    for (String name : List.of(ANA, BEN, CHEN)) {
      s.addReviewer(name, null, "lead");
    }
    for (Stage stage : Stage.values()) {
      s.setPolicy(stage, ScreeningPolicy.Mode.SINGLE, null, null, null, "lead");
    }
    for (Stage stage : Stage.values()) {
      for (String id : List.of("j1", "s1", "b1", "l1")) {
        s.decide(stage, id, ANA, DecisionValue.INCLUDE, null, null, List.of(), "test");
      }
    }
    agreed(p, "j1", outcomes(2.0, 2.9, 14, 12));
    agreed(p, "s1", outcomes(3.0, 3.5, 10, 9));
    agreed(p, "b1", PAIN_AND_MOOD_DIRECTION);
    p.extraction().extract("l1", "outcome-data", ANA, "a.json", outcomes(1, 2, 3, 4), "test");
    var a = p.appraisal();
    a.appraise("j1", ANA, "a.json", MMAT_THREE, "test");
    a.appraise("j1", BEN, "b.json", MMAT_ALL_YES, "test");
    a.consensus("j1", CHEN, "c.json", MMAT_THREE, "test");
    a.appraise("s1", ANA, "a.json", MMAT_ALL_YES, "test");
    a.appraise("s1", BEN, "b.json", MMAT_ALL_YES, "test");
    a.appraise("b1", ANA, "a.json", MMAT_ALL_YES, "test");
    return p;
  }

  private static void agreed(ReviewProject p, String study, String answers) throws Exception {
    p.extraction().extract(study, "outcome-data", ANA, "a.json", answers, "test");
    p.extraction().extract(study, "outcome-data", BEN, "b.json", answers, "test");
  }
}
