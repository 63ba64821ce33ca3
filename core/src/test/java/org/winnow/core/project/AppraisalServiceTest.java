package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.appraisal.Appraisal;
import org.winnow.core.appraisal.MmatCategory;
import org.winnow.core.appraisal.MmatComparison;
import org.winnow.core.appraisal.MmatResult;
import org.winnow.core.io.ImportException;
import org.winnow.core.model.ConsensusStatus;

/** Two appraisers independently, disagreements per criterion, consensus, the summary. */
class AppraisalServiceTest {
  static final String ANA =
      """
      {"screening": {"S1": "yes", "S2": "yes"}, "category": "randomized",
       "criteria": {"2.1": "yes", "2.2": "yes", "2.3": {"answer": "no", "comment": "28% lost"},
                    "2.4": "can't tell", "2.5": "yes"}}
      """;
  static final String BEN =
      """
      {"screening": {"S1": "yes", "S2": "yes"}, "category": "randomized",
       "criteria": {"2.1": "yes", "2.2": "no", "2.3": "no", "2.4": "can't tell",
                    "2.5": {"answer": "yes", "comment": "attendance 85%"}}}
      """;

  @TempDir Path tmp;
  private ReviewProject project;
  private AppraisalService appraisal;

  @BeforeEach
  void setUp() throws Exception {
    project = IncludedStudies.create(tmp);
    appraisal = project.appraisal();
  }

  @AfterEach
  void close() {
    project.close();
  }

  @Test
  void appraisersAreBlindedThenComparedPerCriterion() throws Exception {
    Appraisal ana = appraisal.appraise("j1", "Ana Lima", "ana.json", ANA, "test");
    assertEquals(MmatCategory.RANDOMIZED, ana.mmat().category());
    ProjectException early = assertThrows(ProjectException.class, () -> appraisal.compare("j1"));
    assertEquals(
        "S1 has 1 appraisal(s) (by Ana Lima); the comparison needs 2: appraisals stay blinded"
            + " until they are in",
        early.getMessage());
    appraisal.appraise("S1", "Ben Okafor", "ben.json", BEN, "test");
    MmatComparison c = appraisal.compare("j1").comparison();
    assertEquals(List.of("Ana Lima", "Ben Okafor"), c.appraisers());
    assertEquals(1, c.disagreements().size());
    MmatComparison.Row row = c.disagreements().get(0);
    assertEquals("2.2", row.item());
    assertEquals("Are the groups comparable at baseline?", row.question());
    assertEquals(List.of("Yes", "No"), row.values());
    assertEquals(
        Arrays.asList("28% lost", null),
        c.rows().stream().filter(r -> r.item().equals("2.3")).findFirst().orElseThrow().comments(),
        "comments shown, not compared");
    assertEquals(ConsensusStatus.PENDING, appraisal.results().get(0).status());
    assertNull(appraisal.results().get(0).finalAppraisal());

    Appraisal consensus = appraisal.consensus("j1", "Chen Wei", "agreed.json", ANA, "test");
    assertTrue(consensus.consensus());
    assertEquals(2, consensus.basedOn().size());
    MmatResult r = appraisal.results().get(0);
    assertEquals(ConsensusStatus.CONSENSUS, r.status());
    assertEquals("Chen Wei", r.decidedBy());
    assertEquals(3, r.appraisals().size());
    assertEquals(1, appraisal.compareAll().size());
  }

  @Test
  void categoriesThatDifferAreADisagreement() throws Exception {
    appraisal.appraise("s1", "Ana Lima", "a.json", ANA, "test");
    appraisal.appraise(
        "s1",
        "Ben Okafor",
        "b.json",
        """
        {"screening": {"S1": "yes", "S2": "yes"}, "category": "non-randomized",
         "criteria": {"3.1": "yes", "3.2": "yes", "3.3": "yes", "3.4": "no", "3.5": "yes"}}
        """,
        "test");
    MmatComparison c = appraisal.compare("s1").comparison();
    assertEquals("category", c.disagreements().get(0).item());
    assertEquals(
        List.of("Quantitative randomized controlled trials", "Quantitative non-randomized"),
        c.disagreements().get(0).values());
    assertEquals(11, c.disagreements().size(), "category + 5 + 5 criteria only one answered");
    appraisal.consensusFrom("s1", "Ana Lima", "Ben Okafor");
    assertEquals(
        MmatCategory.NON_RANDOMIZED, appraisal.results().get(0).finalAppraisal().category());
  }

  @Test
  void sameAnswersAgreeAndBadFilesStoreNothing() throws Exception {
    appraisal.appraise("b1", "Ana Lima", "a.json", ANA, "test");
    assertEquals(ConsensusStatus.SINGLE, appraisal.results().get(0).status());
    appraisal.appraise(
        "b1", "Ben Okafor", "b.json", ANA.replace("28% lost", "over a quarter"), "test");
    assertEquals(ConsensusStatus.AGREED, appraisal.results().get(0).status());
    ImportException bad =
        assertThrows(
            ImportException.class,
            () ->
                appraisal.appraise(
                    "j1", "Ana Lima", "bad.json", ANA.replace("2.5", "3.5"), "test"));
    assertEquals("bad.json", bad.file());
    assertEquals(1, appraisal.results().size(), "nothing stored for j1");
  }
}
