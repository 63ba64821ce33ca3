package org.winnow.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.ImportException;

/** MMAT 2018 answers: the screening rule, categories, the mixed-methods path, every message. */
class MmatJsonTest {
  static String rct(String s1, String s2) {
    return """
        {"screening": {"S1": "%s", "S2": "%s"},
         "category": "randomized",
         "criteria": {"2.1": "yes", "2.2": "Yes", "2.3": {"answer": "No", "comment": "30%% lost"},
                      "2.4": "can't tell", "2.5": "Can’t tell"}}
        """
        .formatted(s1, s2);
  }

  private static ImportException error(String text) {
    return assertThrows(ImportException.class, () -> MmatJson.read("m.json", text));
  }

  @Test
  void aRandomizedTrial() throws Exception {
    MmatAppraisal a = MmatJson.read("m.json", rct("yes", "yes"));
    assertEquals(MmatCategory.RANDOMIZED, a.category());
    assertEquals(
        new CriterionAnswer(MmatRating.NO, "30% lost"), a.answers().get(MmatCriterion.C2_3));
    assertEquals(MmatRating.CANT_TELL, a.answers().get(MmatCriterion.C2_5).rating());
    assertTrue(a.screeningWarning().isEmpty());
    assertEquals(Map.of(MmatCategory.RANDOMIZED, 2), a.criteriaMet());
    assertEquals(a, MmatJson.read("db", MmatJson.write(a).toString()), "reads back");
  }

  @Test
  void everyCriterionOfTheCategoryIsAnswered() {
    ImportException e = error(rct("yes", "yes").replace("\"2.4\": \"can't tell\",", ""));
    assertEquals(
        "no answer to 2.4 (every criterion of the study's components is answered Yes, No or"
            + " Can't tell)",
        e.problem());
    assertEquals(3, e.line());
  }

  @Test
  void screeningNoOrCantTellMeansFurtherAppraisalMayNotBeAppropriate() throws Exception {
    MmatAppraisal a = MmatJson.read("m.json", "{\"screening\": {\"S1\": \"yes\", \"S2\": \"no\"}}");
    assertEquals(List.of(MmatCriterion.S2), a.screeningConcerns());
    assertEquals(
        "S2 answered No: further appraisal may not be feasible or appropriate",
        a.screeningWarning().orElseThrow());
    assertEquals(null, a.category(), "no category needed once screening stops the appraisal");

    MmatAppraisal continued = MmatJson.read("m.json", rct("can't tell", "yes"));
    assertEquals(
        "S1 answered Can't tell: further appraisal may not be feasible or appropriate",
        continued.screeningWarning().orElseThrow(),
        "the team may still appraise; the warning stays");
    assertEquals(5, continued.answers().size() - 2);
  }

  @Test
  void screeningQuestionsAreRequired() {
    ImportException e = error("{\"category\": \"qualitative\"}");
    assertEquals(
        "screening question S1 (Are there clear research questions?) needs Yes, No or Can't tell",
        e.problem().substring(0, e.problem().indexOf(" (1 more")));
  }

  @Test
  void mixedMethodsAppraisesTheQualitativeAndOneQuantitativeComponent() throws Exception {
    StringBuilder criteria = new StringBuilder();
    for (String prefix : List.of("5", "1", "3")) {
      for (int i = 1; i <= 5; i++) {
        criteria
            .append(criteria.length() == 0 ? "" : ", ")
            .append("\"" + prefix + "." + i + "\": \"yes\"");
      }
    }
    String text =
        "{\"screening\": {\"S1\": \"yes\", \"S2\": \"yes\"}, \"category\": \"mixed methods\","
            + " \"quantitativeComponent\": \"non-randomised\", \"criteria\": {"
            + criteria.toString().replace("\"3.4\": \"yes\"", "\"3.4\": \"no\"")
            + "}}";
    MmatAppraisal a = MmatJson.read("m.json", text);
    assertEquals(MmatCategory.MIXED_METHODS, a.category());
    assertEquals(MmatCategory.NON_RANDOMIZED, a.quantitativeComponent());
    assertEquals(
        List.of(MmatCategory.MIXED_METHODS, MmatCategory.QUALITATIVE, MmatCategory.NON_RANDOMIZED),
        List.copyOf(a.components().keySet()));
    assertEquals(
        Map.of(
            MmatCategory.MIXED_METHODS,
            5,
            MmatCategory.QUALITATIVE,
            5,
            MmatCategory.NON_RANDOMIZED,
            4),
        a.criteriaMet());

    assertEquals(
        "no answer to 1.1, 1.2, 1.3, 1.4, 1.5 (every criterion of the study's components is"
            + " answered Yes, No or Can't tell)",
        error(text.replaceAll("\"1\\.\\d\": \"yes\",? ?", "")).problem());
    assertEquals(
        "a mixed-methods study is also appraised on its quantitative component: give randomized,"
            + " non-randomized or descriptive",
        error(text.replace("\"quantitativeComponent\": \"non-randomised\",", ""))
            .problem()
            .replaceAll(" \\(.*", ""));
    assertEquals(
        "the quantitative component is randomized, non-randomized or descriptive, not qualitative",
        error(text.replace("non-randomised", "qualitative"))
            .problem()
            .replaceAll(" \\(\\d+ more.*", ""));
  }

  @Test
  void criteriaOfAnotherCategoryAreRefused() {
    String text =
        rct("yes", "yes").replace("\"2.1\": \"yes\"", "\"2.1\": \"yes\", \"3.2\": \"no\"");
    assertEquals(
        "3.2 is a criterion of quantitative non-randomized studies; this study is appraised on 2.x",
        error(text).problem());
    assertEquals(
        "only mixed-methods studies have a quantitative component",
        error(
                rct("yes", "yes")
                    .replace(
                        "\"category\"", "\"quantitativeComponent\": \"descriptive\", \"category\""))
            .problem());
  }

  @Test
  void answersAndItemsAreChecked() {
    assertEquals(
        "'unclear' is not an MMAT answer: Yes, No or Can't tell",
        error(rct("unclear", "yes")).problem());
    assertEquals(
        "'S3' is not an MMAT 2018 item (S1 or S2)",
        error(rct("yes", "yes").replace("\"S2\"", "\"S3\""))
            .problem()
            .replaceAll(" \\(\\d+ more.*", ""));
    assertEquals(
        "S1 is a screening question: it goes in \"screening\"",
        error(rct("yes", "yes").replace("\"2.1\"", "\"S1\""))
            .problem()
            .replaceAll(" \\(\\d+ more.*", ""));
    assertEquals(
        "'surveys' is not an MMAT 2018 category: qualitative, randomized, non-randomized,"
            + " descriptive, mixed-methods",
        error(rct("yes", "yes").replace("randomized", "surveys"))
            .problem()
            .replaceAll(" \\(\\d+ more.*", ""));
    assertEquals(
        "unknown entry 'score': an item has \"answer\" and \"comment\"",
        error(rct("yes", "yes").replace("\"comment\"", "\"score\"")).problem());
    assertEquals(
        "give the category: qualitative, randomized, non-randomized, descriptive or mixed-methods",
        error("{\"screening\": {\"S1\": \"yes\", \"S2\": \"yes\"}}").problem());
  }

  @Test
  void categoriesReadInCommonSpellings() {
    assertEquals(MmatCategory.RANDOMIZED, MmatCategory.parse("Randomised controlled trials"));
    assertEquals(MmatCategory.RANDOMIZED, MmatCategory.parse("RCT"));
    assertEquals(MmatCategory.DESCRIPTIVE, MmatCategory.parse("Quantitative descriptive"));
    assertEquals(MmatCategory.MIXED_METHODS, MmatCategory.parse("5"));
    assertEquals(MmatRating.CANT_TELL, MmatRating.parse("Cannot tell"));
    assertEquals(MmatRating.CANT_TELL, MmatRating.parse("cant-tell"));
  }
}
