package org.winnow.core.io.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.io.ImportException;
import org.winnow.core.model.DecisionValue;
import org.winnow.fixtures.Fixtures;

class DecisionFileTest {
  @TempDir Path tmp;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  @Test
  void theRealRayyanExportGivesEachLabelledRecordItsDecision() throws Exception {
    Path rayyan =
        Fixtures.shared()
            .map(
                p ->
                    p.resolve("formats/asreview-citation-file-formatting/CSV/_baseline_rayyan.csv"))
            .orElse(null);
    assumeTrue(rayyan != null && Files.exists(rayyan), "shared fixtures absent");
    DecisionFile f = DecisionFile.read(rayyan, "Emily");
    assertEquals(List.of(), f.problems());
    assertEquals(4, f.skipped());
    Map<DecisionValue, Long> counts =
        f.rows().stream()
            .collect(Collectors.groupingBy(DecisionFile.Row::value, Collectors.counting()));
    assertEquals(
        Map.of(DecisionValue.INCLUDE, 2L, DecisionValue.EXCLUDE, 2L, DecisionValue.MAYBE, 2L),
        counts);
    assertTrue(f.rows().get(0).id().startsWith("rayyan-"), f.rows().get(0).id());
  }

  @Test
  void rayyanNotesOfSeveralReviewersWithReasonsAndLabels() throws Exception {
    Path p =
        file(
            "rayyan.csv",
            "key,title,notes\n"
                + "rayyan-1,A,\"RAYYAN-INCLUSION: {\"\"Emily\"\"=>\"\"Included\"\", \"\"Bob\"\"=>\"\"Excluded\"\"}"
                + " | RAYYAN-EXCLUSION-REASONS: wrong population,background article"
                + " | RAYYAN-LABELS: RCT,pilot\"\n");
    DecisionFile.Row bob = DecisionFile.read(p, "bob").rows().get(0);
    assertEquals(DecisionValue.EXCLUDE, bob.value());
    assertEquals("wrong population", bob.reason());
    assertEquals(List.of("RCT", "pilot"), bob.labels());
    assertEquals(DecisionValue.INCLUDE, DecisionFile.read(p, "Emily").rows().get(0).value());
    DecisionFile ana = DecisionFile.read(p, "Ana");
    assertEquals(1, ana.problems().size());
    assertEquals(2, ana.problems().get(0).line());
    assertEquals("notes", ana.problems().get(0).column());
    assertTrue(ana.problems().get(0).problem().contains("Emily"), ana.problems().toString());
  }

  @Test
  void separatorsComeFromTheHeaderAndQuotedCellsKeepThem() throws Exception {
    Function<String, List<DecisionFile.Row>> read =
        text -> {
          try {
            return DecisionFile.read(file("d.txt", text), null).rows();
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        };
    for (String text :
        List.of(
            "record_id;decision;note\nr1;Included;\"a; b\"\n",
            "record_id\tdecision\tnote\nr1\tY\ta; b\n",
            "Record ID,DECISION,Notes\nr1,true,\"a; b\"\n",
            "\n\nid,decision,comment\r\nr1,1,a; b\r\n")) {
      List<DecisionFile.Row> rows = read.apply(text);
      assertEquals(1, rows.size(), text);
      assertEquals("r1", rows.get(0).id(), text);
      assertEquals(DecisionValue.INCLUDE, rows.get(0).value(), text);
      assertEquals("a; b", rows.get(0).note(), text);
    }
  }

  @Test
  void wordsForEachDecision() throws Exception {
    StringBuilder s = new StringBuilder("record_id,decision\n");
    List<String> words =
        List.of(
            "include",
            "Included",
            "YES",
            "y",
            "1",
            "true",
            "exclude",
            "excluded",
            "no",
            "N",
            "0",
            "False",
            "maybe",
            "Unsure",
            "?");
    for (String w : words) {
      s.append("r,").append(w).append('\n');
    }
    List<DecisionValue> values =
        DecisionFile.read(file("w.csv", s.toString()), null).rows().stream()
            .map(DecisionFile.Row::value)
            .toList();
    for (int i = 0; i < words.size(); i++) {
      DecisionValue expected =
          i < 6 ? DecisionValue.INCLUDE : i < 12 ? DecisionValue.EXCLUDE : DecisionValue.MAYBE;
      assertEquals(expected, values.get(i), words.get(i));
    }
  }

  @Test
  void anUnclosedQuoteNamesLineAndColumn() throws Exception {
    Path p =
        file("q.csv", "record_id,decision,note\nr1,include,ok\nr2,exclude,\"never\nr3,include,\n");
    ImportException e = assertThrows(ImportException.class, () -> DecisionFile.read(p, null));
    assertEquals(3, e.line());
    assertEquals("note (column 3)", e.field());
  }

  @Test
  void badRowsAreCollectedNotThrown() throws Exception {
    Path p =
        file(
            "b.csv",
            "record_id,decision,reason,note\nr1,perhaps,,\n,include,,\nr3,,Wrong population,\nr4,,,\n");
    DecisionFile f = DecisionFile.read(p, null);
    assertEquals(1, f.skipped(), "r4 has no decision yet");
    assertEquals(3, f.problems().size(), f.problems().toString());
    assertEquals("decision", f.problems().get(0).column());
    assertEquals(2, f.problems().get(0).line());
    assertEquals("record_id", f.problems().get(1).column());
    assertEquals(4, f.problems().get(2).line());
    assertNull(f.rows().get(0).value());
  }

  @Test
  void asreviewLabelsWithUnlabelledRowsAndGuardedIds() throws Exception {
    Path p =
        file("asreview.csv", "record_id,title,label_included\n'=cmd,A,1\nr2,B,-1\nr3,C,\nr4,D,0\n");
    DecisionFile f = DecisionFile.read(p, null);
    assertEquals(2, f.rows().size());
    assertEquals("=cmd", f.rows().get(0).id());
    assertEquals(DecisionValue.EXCLUDE, f.rows().get(1).value());
    assertEquals(2, f.skipped());
  }

  @Test
  void pairVerdictFiles() throws Exception {
    Path p = file("p.csv", "Record A;Record B;Verdict\nr1;r2;duplicate\nr3;r4;0\nr5;;maybe\n");
    PairVerdictFile f = PairVerdictFile.read(p);
    assertEquals(PairVerdict.SAME, f.rows().get(0).verdict());
    assertEquals(PairVerdict.DIFFERENT, f.rows().get(1).verdict());
    assertEquals(2, f.problems().size(), f.problems().toString());
    assertEquals("Record B", f.problems().get(0).column());
    assertEquals("Verdict", f.problems().get(1).column());
    ImportException missing =
        assertThrows(
            ImportException.class, () -> PairVerdictFile.read(file("m.csv", "a,b\nr1,r2\n")));
    assertTrue(missing.getMessage().contains("verdict"), missing.getMessage());
  }
}
