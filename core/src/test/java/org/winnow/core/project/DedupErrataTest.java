package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.dedup.ErrataHandling;
import org.winnow.core.dedup.PairScore;
import org.winnow.core.dedup.Tier;
import org.winnow.core.model.SourceType;

/**
 * Errata, corrections and retractions (issue 13): linked to their article by default, an erratum
 * merged with it when the project says so, a retraction never merged.
 */
class DedupErrataTest {
  @TempDir Path tmp;
  private ReviewProject project;

  private static final String TITLE = "Amantadine for the posttraumatic confusional state";

  private static String ris(String id, String title, String year, String page, String doi) {
    return "TY  - JOUR\nID  - "
        + id
        + "\nTI  - "
        + title
        + "\nAU  - Yablon, S.\nPY  - "
        + year
        + "\nJO  - Arch Phys Med Rehabil\nVL  - 91\nSP  - "
        + page
        + "\nDO  - "
        + doi
        + "\nER  - \n\n";
  }

  @BeforeEach
  void articleErratumAndRetraction() throws Exception {
    project = TestProjects.create(tmp.resolve("review"), null, "ana");
  }

  private void importAndRun() throws Exception {
    TestImports.ris(
        project,
        tmp.resolve("r.ris"),
        "MEDLINE",
        SourceType.DATABASE,
        "ana",
        ris("art", TITLE, "2010", "1", "10.1016/j.apmr.2010.01.001")
            + ris("err", "Erratum: " + TITLE, "2011", "99", "10.1016/j.apmr.2011.02.002")
            + ris("ret", "Retraction notice to: " + TITLE, "2012", "77", "10.1016/j.apmr.2012.03.3")
            + ris(
                "other",
                "Erratum: Ketamine for refractory depression in teens",
                "2011",
                "5",
                "10.9/x"));
    project.dedup().run("ana", Progress.NONE);
  }

  private long citationOf(String id) {
    return TestImports.citationOf(project, id);
  }

  @AfterEach
  void close() {
    project.close();
  }

  @Test
  void byDefaultAnErratumIsLinkedToItsArticleNotMerged() throws Exception {
    assertEquals(ErrataHandling.LINK, project.dedup().errata());
    importAndRun();
    assertNotEquals(citationOf("art"), citationOf("err"));
    assertNotEquals(citationOf("art"), citationOf("ret"));
    List<DedupService.LinkedPair> links = project.dedup().links();
    assertEquals(
        List.of("err>art:erratum", "ret>art:retraction"),
        links.stream()
            .map(
                l ->
                    l.notice().fileRecordId()
                        + ">"
                        + l.article().fileRecordId()
                        + ":"
                        + l.link().kind())
            .sorted()
            .toList());
    PairScore s = project.dedup().compare("err", "art");
    assertEquals(Tier.DISTINCT, s.tier());
    assertEquals("erratum of art: linked, not merged (setting dedup.errata=link)", s.reason());
    assertTrue(project.dedup().queue().isEmpty(), "a linked pair is no question for a reviewer");
    project.dedup().run("ana", Progress.NONE);
    assertEquals(2, project.dedup().links().size(), "a later run keeps the links once");
  }

  @Test
  void withMergeTheErratumJoinsTheArticleButTheRetractionNever() throws Exception {
    project.dedup().setErrata(ErrataHandling.MERGE, "ana");
    assertEquals(ErrataHandling.MERGE, project.dedup().errata());
    importAndRun();
    assertEquals(citationOf("art"), citationOf("err"));
    assertNotEquals(citationOf("art"), citationOf("ret"));
    assertNotEquals(citationOf("art"), citationOf("other"));
    PairScore s = project.dedup().compare("err", "art");
    assertEquals(Tier.CERTAIN, s.tier());
    assertTrue(s.reason().contains("dedup.errata=merge"), s.reason());
    assertEquals(
        List.of("retraction"), project.dedup().links().stream().map(l -> l.link().kind()).toList());
  }
}
