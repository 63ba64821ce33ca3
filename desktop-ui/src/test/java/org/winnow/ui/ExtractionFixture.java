package org.winnow.ui;

import java.nio.file.Path;
import java.util.List;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;

/**
 * The screening review carried on to extraction: its first three records included at full text by
 * Ana (single screening), so they are studies S1–S3; the first has its PDF attached.
 */
public final class ExtractionFixture {
  private ExtractionFixture() {}

  /** Creates the review in {@code dir} (closed afterwards); returns the included record IDs. */
  public static List<String> create(Path dir, Path tmp) throws Exception {
    List<String> ids = ScreeningFixture.create(dir, tmp).subList(0, 3);
    try (ReviewProject p = ReviewProject.open(dir)) {
      for (Stage stage : Stage.values()) {
        p.screening().setPolicy(stage, ScreeningPolicy.Mode.SINGLE, null, null, null, "test");
      }
      for (String id : ids) {
        ScreeningFixture.decide(
            p, Stage.TITLE_ABSTRACT, id, ScreeningFixture.ANA, DecisionValue.INCLUDE, null);
        ScreeningFixture.decide(
            p, Stage.FULL_TEXT, id, ScreeningFixture.ANA, DecisionValue.INCLUDE, null);
      }
      p.screening()
          .attach(
              ids.get(0),
              ScreeningFixture.pdf(tmp.resolve("trial.pdf"), "Group CBT for pain in pregnancy"),
              "test");
      p.studies().included();
    }
    return ids;
  }
}
