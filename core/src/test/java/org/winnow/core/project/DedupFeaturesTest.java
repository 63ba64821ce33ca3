package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.dedup.AbstractFingerprint;
import org.winnow.core.model.Record;
import org.winnow.core.model.SourceType;

/**
 * The abstract fingerprints duplicate detection compares are stored at import, and a project whose
 * records have none stored (imported before they were, or stored in another format) gets them from
 * its next run, with the same decisions as a project that had them all along.
 */
class DedupFeaturesTest {
  @TempDir Path tmp;

  private static final String ABSTRACT =
      "Background: stroke units reduce death and dependency. Methods: we randomised 412 adults"
          + " over seventy to stroke unit care or general wards. Results: fewer patients died or"
          + " were dependent at one year in stroke units.";

  private static String ris(String id, String title, String abstractText) {
    return "TY  - JOUR\nID  - "
        + id
        + "\nTI  - "
        + title
        + (abstractText == null ? "" : "\nAB  - " + abstractText)
        + "\nER  - \n\n";
  }

  private static final String RECORDS =
      ris("a1", "Stroke unit care for older adults: a randomised trial", ABSTRACT)
          + ris(
              "a2",
              "STROKE UNIT CARE FOR OLDER ADULTS: A RANDOMISED TRIAL.",
              ABSTRACT.toUpperCase())
          + ris(
              "b1",
              "Cervical cytology screening in primary care",
              "We followed 9000 women screened in general practice for ten years.")
          + ris("c1", "Editor's comments", null)
          + ris("d1", "A letter without words in its abstract", " -- ");

  private ReviewProject imported(String name) throws Exception {
    ReviewProject p = TestProjects.create(tmp.resolve(name), null, "ana");
    TestImports.ris(p, tmp.resolve(name + ".ris"), "MEDLINE", SourceType.DATABASE, "ana", RECORDS);
    return p;
  }

  /** Stored fingerprints by file ID, with the format they are stored in. */
  private static Map<String, String> stored(ReviewProject p) {
    return p.database()
        .read(
            c -> {
              Map<String, String> out = new HashMap<>();
              try (var s = c.createStatement();
                  ResultSet rs =
                      s.executeQuery(
                          "SELECT r.file_record_id, f.print_format, f.abstract_print"
                              + " FROM dedup_feature f JOIN record r ON r.id = f.record_id")) {
                while (rs.next()) {
                  out.put(
                      rs.getString(1),
                      rs.getInt(2) + ":" + java.util.HexFormat.of().formatHex(rs.getBytes(3)));
                }
              }
              return out;
            });
  }

  private static Map<String, String> expected(ReviewProject p) {
    Map<String, String> out = new HashMap<>();
    for (Record r : p.dedup().clusters()) {
      byte[] print = AbstractFingerprint.stored(r.fields().abstractText());
      if (print != null) {
        out.put(
            r.fileRecordId(),
            AbstractFingerprint.STORED_FORMAT + ":" + java.util.HexFormat.of().formatHex(print));
      }
    }
    return out;
  }

  private static void update(ReviewProject p, String sql) {
    p.database()
        .inTransaction(
            c -> {
              try (var s = c.createStatement()) {
                s.executeUpdate(sql);
              }
              return null;
            });
  }

  private static List<String> clusters(ReviewProject p) {
    return p.dedup().clusters().stream().map(r -> r.citationId() + " " + r.fileRecordId()).toList();
  }

  @Test
  void fingerprintsAreStoredAtImportAndMissingOnesByTheNextRun() throws Exception {
    try (ReviewProject fresh = imported("fresh");
        ReviewProject older = imported("older")) {
      Map<String, String> atImport = stored(fresh);
      assertEquals(expected(fresh), atImport);
      assertEquals(4, atImport.size(), "every record with an abstract, none without");
      assertTrue(atImport.get("d1").endsWith(":"), "an abstract without words: no bytes");
      assertArrayEquals(
          AbstractFingerprint.stored(ABSTRACT.toLowerCase()),
          java.util.HexFormat.of().parseHex(atImport.get("a2").substring(2)),
          "folded as detection folds");

      // as a project imported before fingerprints were stored, or stored in another format
      update(older, "DELETE FROM dedup_feature WHERE record_id <> (SELECT min(id) FROM record)");
      update(older, "UPDATE dedup_feature SET print_format = print_format + 1");

      DedupService.RunSummary a = fresh.dedup().run("ana", Progress.NONE);
      DedupService.RunSummary b = older.dedup().run("ana", Progress.NONE);
      assertEquals(1, a.autoMerged(), "the two exports of the trial");
      assertEquals(a.autoMerged(), b.autoMerged());
      assertEquals(a.queued(), b.queued());
      assertEquals(clusters(fresh), clusters(older));
      assertEquals(expected(older), stored(older), "the run stored what the import would have");
      assertEquals(atImport, stored(fresh), "a run leaves stored fingerprints as they are");
    }
  }
}
