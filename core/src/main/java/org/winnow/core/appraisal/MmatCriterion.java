package org.winnow.core.appraisal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The items of MMAT 2018 (Hong et al., Education for Information 2018;34(4):285-291): two screening
 * questions for every study, then five criteria per category. Each is answered Yes, No or Can't
 * tell, with a comment.
 */
public enum MmatCriterion {
  S1("S1", null, "Are there clear research questions?"),
  S2("S2", null, "Do the collected data allow to address the research questions?"),
  C1_1(
      "1.1",
      MmatCategory.QUALITATIVE,
      "Is the qualitative approach appropriate to answer the research question?"),
  C1_2(
      "1.2",
      MmatCategory.QUALITATIVE,
      "Are the qualitative data collection methods adequate to address the research question?"),
  C1_3("1.3", MmatCategory.QUALITATIVE, "Are the findings adequately derived from the data?"),
  C1_4(
      "1.4",
      MmatCategory.QUALITATIVE,
      "Is the interpretation of results sufficiently substantiated by data?"),
  C1_5(
      "1.5",
      MmatCategory.QUALITATIVE,
      "Is there coherence between qualitative data sources, collection, analysis and interpretation?"),
  C2_1("2.1", MmatCategory.RANDOMIZED, "Is randomization appropriately performed?"),
  C2_2("2.2", MmatCategory.RANDOMIZED, "Are the groups comparable at baseline?"),
  C2_3("2.3", MmatCategory.RANDOMIZED, "Are there complete outcome data?"),
  C2_4(
      "2.4",
      MmatCategory.RANDOMIZED,
      "Are outcome assessors blinded to the intervention provided?"),
  C2_5("2.5", MmatCategory.RANDOMIZED, "Did the participants adhere to the assigned intervention?"),
  C3_1(
      "3.1",
      MmatCategory.NON_RANDOMIZED,
      "Are the participants representative of the target population?"),
  C3_2(
      "3.2",
      MmatCategory.NON_RANDOMIZED,
      "Are measurements appropriate regarding both the outcome and intervention (or exposure)?"),
  C3_3("3.3", MmatCategory.NON_RANDOMIZED, "Are there complete outcome data?"),
  C3_4(
      "3.4",
      MmatCategory.NON_RANDOMIZED,
      "Are the confounders accounted for in the design and analysis?"),
  C3_5(
      "3.5",
      MmatCategory.NON_RANDOMIZED,
      "During the study period, is the intervention administered (or exposure occurred) as intended?"),
  C4_1(
      "4.1",
      MmatCategory.DESCRIPTIVE,
      "Is the sampling strategy relevant to address the research question?"),
  C4_2("4.2", MmatCategory.DESCRIPTIVE, "Is the sample representative of the target population?"),
  C4_3("4.3", MmatCategory.DESCRIPTIVE, "Are the measurements appropriate?"),
  C4_4("4.4", MmatCategory.DESCRIPTIVE, "Is the risk of nonresponse bias low?"),
  C4_5(
      "4.5",
      MmatCategory.DESCRIPTIVE,
      "Is the statistical analysis appropriate to answer the research question?"),
  C5_1(
      "5.1",
      MmatCategory.MIXED_METHODS,
      "Is there an adequate rationale for using a mixed methods design to address the research question?"),
  C5_2(
      "5.2",
      MmatCategory.MIXED_METHODS,
      "Are the different components of the study effectively integrated to answer the research question?"),
  C5_3(
      "5.3",
      MmatCategory.MIXED_METHODS,
      "Are the outputs of the integration of qualitative and quantitative components adequately interpreted?"),
  C5_4(
      "5.4",
      MmatCategory.MIXED_METHODS,
      "Are divergences and inconsistencies between quantitative and qualitative results adequately addressed?"),
  C5_5(
      "5.5",
      MmatCategory.MIXED_METHODS,
      "Do the different components of the study adhere to the quality criteria of each tradition of the methods involved?");

  private final String code;
  private final MmatCategory category;
  private final String question;

  MmatCriterion(String code, MmatCategory category, String question) {
    this.code = code;
    this.category = category;
    this.question = question;
  }

  /** "S1", "S2", or "1.1" to "5.5". */
  public String code() {
    return code;
  }

  /** The category whose criterion this is; null for the screening questions. */
  public MmatCategory category() {
    return category;
  }

  public String question() {
    return question;
  }

  public boolean isScreening() {
    return category == null;
  }

  public static Optional<MmatCriterion> byCode(String code) {
    String c = code.strip().toUpperCase(java.util.Locale.ROOT);
    return Arrays.stream(values()).filter(x -> x.code.equals(c)).findFirst();
  }
}
