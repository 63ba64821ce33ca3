package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.model.SourceType;
import org.winnow.core.storage.IndexChangeDao;
import org.winnow.core.storage.IndexChangeDao.Range;
import org.winnow.core.storage.MetaDao;

/**
 * Every data version lists the citations it changed (the change sequence the index catches up
 * from): an import its new citations as one range, a merge both citations; on both engines.
 */
class IndexChangeLogTest {
  @TempDir Path tmp;

  @Test
  void importsAndMergesListTheCitationsTheyChanged() throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("p"), "p", "ana")) {
      long start = version(p);
      TestImports.ris(
          p, tmp.resolve("a.ris"), "MEDLINE", SourceType.DATABASE, "ana", TestImports.trials(1, 3));
      long afterFirst = version(p);
      assertEquals(Optional.of(List.of(new Range(1, 3))), since(p, start));
      TestImports.ris(
          p, tmp.resolve("b.ris"), "Embase", SourceType.DATABASE, "ana", TestImports.trials(4, 5));
      long afterSecond = version(p);
      assertEquals(Optional.of(List.of(new Range(4, 5))), since(p, afterFirst));
      assertEquals(Optional.of(List.of(new Range(1, 5))), since(p, start), "joined, in order");

      p.dedup().decide("m2", "m5", PairVerdict.SAME, "ana");
      assertEquals(Optional.of(List.of(new Range(2, 2), new Range(5, 5))), since(p, afterSecond));
      assertEquals(Optional.empty(), since(p, start - 1), "before the sequence began: rebuild");
    }
  }

  private static long version(ReviewProject p) {
    return p.database().read(MetaDao::dataVersion);
  }

  private static Optional<List<Range>> since(ReviewProject p, long version) {
    return p.database().read(c -> IndexChangeDao.since(c, version));
  }
}
