package org.winnow.core.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;

/**
 * A project with four reports screened to full text by one reviewer (single screening): j1, s1 and
 * b1 included, o1 excluded; Ana, Ben and Chen on the team. Extraction and appraisal start here.
 */
public final class IncludedStudies {
  private IncludedStudies() {}

  static String ris(String id, String title, String author, String year) {
    return "TY  - JOUR\nID  - "
        + id
        + "\nTI  - "
        + title
        + "\nAU  - "
        + author
        + "\nPY  - "
        + year
        + "\nJO  - Addiction\nER  - \n\n";
  }

  public static ReviewProject create(Path dir) throws Exception {
    return fill(TestProjects.create(dir.resolve("review"), null, "lead"), dir);
  }

  /** Fills a new project with the included studies (files written to {@code dir}). */
  static ReviewProject fill(ReviewProject project, Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("medline.ris"),
            ris("j1", "Group CBT for pain in pregnancy: a randomised trial", "Jones, K.", "2015")
                + ris("s1", "Peer support for new mothers: mixed methods", "Smith, J.", "2016")
                + ris("b1", "Community midwifery: a qualitative study", "Brown, A.", "2020")
                + ris("o1", "Opioid prescribing trends", "Okafor, C.", "2017")
                + ris(
                    "j2",
                    "Group CBT for pain in pregnancy: 12-month follow-up",
                    "Jones, K.",
                    "2016"));
    project
        .imports()
        .importFiles(
            new ImportRequest(
                List.of(file), "MEDLINE", SourceType.DATABASE, null, null, null, false, "lead"),
            Progress.NONE);
    ScreeningService s = project.screening();
    for (String name : List.of("Ana Lima", "Ben Okafor", "Chen Wei")) {
      s.addReviewer(name, null, "lead");
    }
    for (Stage stage : Stage.values()) {
      s.setPolicy(stage, ScreeningPolicy.Mode.SINGLE, null, null, null, "lead");
    }
    for (String id : List.of("j1", "s1", "b1", "o1", "j2")) {
      s.decide(
          Stage.TITLE_ABSTRACT,
          id,
          "Ana Lima",
          DecisionValue.INCLUDE,
          null,
          null,
          List.of(),
          "test");
    }
    for (String id : List.of("j1", "s1", "b1", "j2")) {
      s.decide(
          Stage.FULL_TEXT, id, "Ana Lima", DecisionValue.INCLUDE, null, null, List.of(), "test");
    }
    s.decide(
        Stage.FULL_TEXT,
        "o1",
        "Ana Lima",
        DecisionValue.EXCLUDE,
        "Wrong population",
        null,
        List.of(),
        "test");
    return project;
  }
}
