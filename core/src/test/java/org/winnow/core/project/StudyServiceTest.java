package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Included studies: stable IDs, names by study ID or record ID, linking that keeps data. */
class StudyServiceTest {
  @TempDir Path tmp;
  private ReviewProject project;

  @BeforeEach
  void setUp() throws Exception {
    project = IncludedStudies.create(tmp);
  }

  @AfterEach
  void close() {
    project.close();
  }

  @Test
  void everyIncludedReportIsAStudyWithAStableId() throws Exception {
    List<IncludedStudy> studies = project.studies().included();
    assertEquals(
        List.of("Jones 2015", "Smith 2016", "Brown 2020", "Jones 2016"),
        studies.stream().map(IncludedStudy::label).toList());
    assertEquals(List.of("j1"), studies.get(0).recordIds());
    assertEquals(studies, project.studies().included(), "listing again makes no new studies");
    IncludedStudy smith = studies.get(1);
    assertEquals(smith, project.studies().study(smith.code()));
    assertEquals(smith, project.studies().study("s1"), "any record ID names its study");
    assertEquals(smith, project.studies().study("#2"), "or its project id");
    assertEquals("S1", studies.get(0).code(), "study IDs have a capital S: s1 is the record");
  }

  @Test
  void excludedAndUnknownRecordsAreNotStudies() {
    ProjectException excluded =
        assertThrows(ProjectException.class, () -> project.studies().study("o1"));
    assertEquals(
        "record o1 is not included at full text, so it is not a study to describe",
        excluded.getMessage());
    ProjectException unknown =
        assertThrows(ProjectException.class, () -> project.studies().study("S99"));
    assertTrue(
        unknown
            .getMessage()
            .startsWith("no included study 'S99': give a study ID (S1, S2, S3, S4)"),
        unknown.getMessage());
  }

  @Test
  void linkingReportsKeepsTheStudyThatHasData() throws Exception {
    List<IncludedStudy> before = project.studies().included();
    project
        .extraction()
        .extract(
            "j1",
            "tidier",
            "Ana Lima",
            "a.json",
            "{\"sections\": {\"interventions\": [{\"brief_name\": \"Group CBT\"}]}}",
            "test");
    long study = project.prisma().linkStudy(List.of("j1", "j2"), null, "lead");
    assertEquals(before.get(0).id(), study, "j1's study is kept");
    List<IncludedStudy> after = project.studies().included();
    assertEquals(3, after.size());
    assertEquals(List.of("j1", "j2"), after.get(0).recordIds());
    assertEquals("Jones 2015", after.get(0).label());
    assertEquals(3, project.prisma().counts().get("new_studies").value());
    assertEquals(4, project.prisma().counts().get("new_reports").value());
  }

  @Test
  void aStudyWithDataIsNotLeftWithoutReports() throws Exception {
    project.studies().included();
    project
        .extraction()
        .extract(
            "j2",
            "tidier",
            "Ana Lima",
            "a.json",
            "{\"sections\": {\"interventions\": [{\"brief_name\": \"Group CBT\"}]}}",
            "test");
    ProjectException e =
        assertThrows(
            ProjectException.class,
            () -> project.prisma().linkStudy(List.of("j1", "j2"), null, "lead"));
    assertTrue(
        e.getMessage().startsWith("S4 already has extracted or appraised data"), e.getMessage());
    assertEquals(4, project.studies().included().size(), "nothing changed");
  }

  @Test
  void unlinkingAReportGivesItAStudyOfItsOwnAndLeavesTheDataWithTheStudy() throws Exception {
    project.studies().included();
    long jones = project.studies().link(List.of("j1", "j2"), null, "lead");
    project
        .extraction()
        .extract(
            "j1",
            "tidier",
            "Ana Lima",
            "a.json",
            "{\"sections\": {\"interventions\": [{\"brief_name\": \"Group CBT\"}]}}",
            "test");
    IncludedStudy alone = project.studies().unlink("j2", "lead");
    assertEquals(List.of("j2"), alone.recordIds());
    assertEquals("Jones 2016", alone.label());
    assertTrue(alone.id() != jones, "j2 gets a study of its own");
    IncludedStudy kept = project.studies().study("S" + jones);
    assertEquals(List.of("j1"), kept.recordIds());
    assertEquals(
        1,
        project.extraction().results("tidier").stream()
            .filter(r -> r.study().id().equals(kept.code()))
            .count(),
        "the answers stay with the study");
    assertEquals(4, project.studies().included().size());
    assertTrue(
        project.auditTrail().entries(null, null).stream()
            .anyMatch(e -> e.action().equals("study-unlink")),
        "unlinking is audited");
  }

  @Test
  void aReportAloneInItsStudyHasNothingToUnlink() throws Exception {
    project.studies().included();
    ProjectException e =
        assertThrows(ProjectException.class, () -> project.studies().unlink("s1", "lead"));
    assertEquals("s1 is the only report of S2: there is nothing to unlink", e.getMessage());
    List<StudyService.StudyReport> reports =
        project.studies().reports(project.studies().study("S2"));
    assertEquals(1, reports.size());
    assertEquals(List.of("s1"), reports.get(0).recordIds());
    assertEquals("Peer support for new mothers: mixed methods", reports.get(0).title());
  }
}
