package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.SourceType;
import org.winnow.fixtures.TestPostgres;

/**
 * Two clients of one team project: what one imports or merges reaches the other's cached index by
 * the change sequence, touching only the changed citations, not by a rebuild. Always on the test
 * server (two clients at once need one).
 */
class IndexChangeSequenceTest {
  @TempDir Path tmp;

  @Test
  void anotherClientsImportAndMergeReachTheIndexWithoutARebuild() throws Exception {
    ProjectLocation.Server server = ProjectLocation.Server.parse(TestPostgres.newDatabase());
    try (ReviewProject ana = ReviewProject.create(server, "Team", "ana");
        ReviewProject ben = onAnotherMachine(server)) {
      importTrials(ana, 40);
      assertEquals(IndexRefresh.Kind.REBUILT, ben.refreshIndex().kind(), "no index yet: built");
      assertEquals(IndexRefresh.Kind.CURRENT, ben.refreshIndex().kind());
      assertEquals(0, ben.search("thrombolysis", 10).total());

      TestImports.ris(
          ana,
          tmp.resolve("b.ris"),
          "Embase",
          SourceType.DATABASE,
          "ana",
          "TY  - JOUR\nID  - e1\nTI  - Thrombolysis in stroke units\nPY  - 2011\nER  - \n"
              + "TY  - JOUR\nID  - e2\nTI  - Thrombolysis after stroke, a cohort\nPY  - 2012\n"
              + "ER  - \n");
      IndexRefresh afterImport = ben.refreshIndex();
      assertEquals(IndexRefresh.Kind.CAUGHT_UP, afterImport.kind());
      assertEquals(2, afterImport.citations(), "only the two new citations were written");
      assertEquals(2, ben.search("thrombolysis", 10).total());

      ana.dedup().decide("e1", "e2", PairVerdict.SAME, "ana");
      IndexRefresh afterMerge = ben.refreshIndex();
      assertEquals(IndexRefresh.Kind.CAUGHT_UP, afterMerge.kind());
      assertEquals(2, afterMerge.citations(), "the merged-away citation and its target");
      assertEquals(1, ben.search("thrombolysis", 10).total(), "one citation holds both now");
      assertEquals(1, ben.search("cohort", 10).total());
      assertEquals(41, ben.summary().citations());
    }
  }

  @Test
  void aMissingIndexIsRebuiltWhole() throws Exception {
    ProjectLocation.Server server = ProjectLocation.Server.parse(TestPostgres.newDatabase());
    try (ReviewProject ana = ReviewProject.create(server, "Team", "ana")) {
      importTrials(ana, 5);
    }
    try (ReviewProject ben = ReviewProject.open(server)) {
      assertEquals(new IndexRefresh(IndexRefresh.Kind.REBUILT, 5), removeAndRefresh(ben));
      assertEquals(5, ben.search("trial", 10).total());
    }
  }

  /** Imports trials 1 to n from MEDLINE, as ana. */
  private void importTrials(ReviewProject project, int n) throws Exception {
    TestImports.ris(
        project,
        tmp.resolve("a.ris"),
        "MEDLINE",
        SourceType.DATABASE,
        "ana",
        TestImports.trials(1, n));
  }

  /** A second client with its own cache folder, as on another computer. */
  private ReviewProject onAnotherMachine(ProjectLocation.Server server) throws Exception {
    String key = "winnow.cache.home";
    String before = System.getProperty(key);
    System.setProperty(key, tmp.resolve("ben-cache").toString());
    try {
      return ReviewProject.open(server);
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
  }

  private static IndexRefresh removeAndRefresh(ReviewProject p) throws Exception {
    Path index = p.folder().resolve(ReviewProject.INDEX_FOLDER);
    if (Files.exists(index)) {
      try (var walk = Files.walk(index)) {
        for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    return p.refreshIndex();
  }
}
