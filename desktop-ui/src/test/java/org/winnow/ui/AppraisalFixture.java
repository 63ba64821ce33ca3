package org.winnow.ui;

import java.nio.file.Path;
import java.util.List;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;

/**
 * A review with five studies included at full text, one per MMAT 2018 category (single screening by
 * Ana), and three people on the team: Ana and Ben appraise, Chen decides the consensus.
 */
public final class AppraisalFixture {
  public static final String ANA = "Ana Lima";
  public static final String BEN = "Ben Okafor";
  public static final String CHEN = "Chen Wei";

  /** Record IDs in the order the studies are listed (S1 to S5), one per MMAT category. */
  public static final List<String> IDS = List.of("q1", "r1", "n1", "d1", "x1");

  private AppraisalFixture() {}

  public static void create(Path dir, Path scratch) throws Exception {
    Path file =
        TestReviews.write(
            scratch,
            "included.ris",
            TestReviews.ris(
                "q1",
                "Women's experiences of integrated prenatal care: a qualitative study",
                "Stone, Rebecca",
                "2019",
                "Women and Birth",
                "1-9",
                null),
            TestReviews.ris(
                "r1",
                "Peer recovery coaches in perinatal treatment: a randomised trial",
                "Hall, Olivia",
                "2022",
                "Journal of Substance Abuse Treatment",
                "10-19",
                null),
            TestReviews.ris(
                "n1",
                "Rooming-in and neonatal abstinence syndrome: a before-after study",
                "MacMillan, Kathleen",
                "2018",
                "Pediatrics",
                "20-29",
                null),
            TestReviews.ris(
                "d1",
                "Alcohol screening in antenatal clinics: a survey of midwives",
                "Crawford, Fiona",
                "2015",
                "Midwifery",
                "30-39",
                null),
            TestReviews.ris(
                "x1",
                "Group prenatal care for women with opioid use disorder: mixed methods",
                "Smith, Anna",
                "2020",
                "Journal of Addiction Medicine",
                "40-49",
                null));
    try (ReviewProject p = ReviewProject.create(dir, "MMAT review", "lead")) {
      TestReviews.importFile(p, "MEDLINE", file);
      for (String name : List.of(ANA, BEN, CHEN)) {
        p.screening().addReviewer(name, null, "lead");
      }
      for (Stage stage : Stage.values()) {
        p.screening().setPolicy(stage, ScreeningPolicy.Mode.SINGLE, null, null, null, "lead");
      }
      for (Stage stage : Stage.values()) {
        for (String id : IDS) {
          p.screening()
              .decide(stage, id, ANA, DecisionValue.INCLUDE, null, null, List.of(), "test");
        }
      }
      if (p.studies().included().size() != IDS.size()) {
        throw new IllegalStateException("the fixture should include " + IDS.size() + " studies");
      }
    }
  }
}
