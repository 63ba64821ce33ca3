package org.winnow.core.stats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.ImportException;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.effect.Conversion;
import org.winnow.core.stats.effect.Desirable;
import org.winnow.core.stats.effect.EffectSize;
import org.winnow.core.stats.effect.Reported;
import org.winnow.fixtures.Fixtures;

class OutcomeCsvReaderTest {
  private static OutcomeTable read(String text) throws ImportException {
    return OutcomeCsvReader.read("x.csv", text);
  }

  private static ImportException error(String text) {
    return assertThrows(ImportException.class, () -> read(text));
  }

  @Test
  void theExampleFileHasOneRowPerConversion() throws ImportException {
    String text =
        new String(Fixtures.bytes("stats/effect-sizes-example.csv"), StandardCharsets.UTF_8);
    OutcomeTable t = OutcomeCsvReader.read("effect-sizes-example.csv", text);
    List<Conversion> expected =
        List.of(
            Conversion.MEANS,
            Conversion.CHANGE_SCORES,
            Conversion.T_TEST,
            Conversion.F_TEST,
            Conversion.P_VALUE,
            Conversion.TWO_BY_TWO,
            Conversion.ODDS_RATIO,
            Conversion.CORRELATION,
            Conversion.PRE_POST,
            Conversion.ONE_GROUP_CHANGE,
            Conversion.PAIRED_T,
            Conversion.REPORTED_D,
            Conversion.GIVEN,
            Conversion.DIRECTION_ONLY,
            Conversion.NONE);
    assertEquals(expected, t.outcomes().stream().map(o -> o.effectSize().conversion()).toList());
    assertEquals(2, t.rows().get(0).line());
    OutcomeRecord elm = t.outcomes().get(4);
    // "favours intervention" on an outcome where lower is better: the p's t is negative
    assertTrue(elm.effectSize().d().value() < 0);
    OutcomeRecord ginkgo = t.outcomes().get(6);
    // the interval is rounded to 2 decimals, so d is ln 2·√3/π only to about 1e-3
    assertEquals(Math.log(2) * Math.sqrt(3) / Math.PI, ginkgo.effectSize().d().value(), 1e-3);
    OutcomeRecord oak = t.outcomes().get(14);
    assertNull(oak.reported());
    assertEquals("incomplete data: group means lacks sd1i, n2i, m2i, sd2i", oak.missing());
    assertEquals("effect-sizes-example.csv:16", oak.source());
    assertEquals(Desirable.HIGHER, oak.desirable());
  }

  @Test
  void theMostInformativeCompleteSetWins() throws ImportException {
    // means and a t: the means are used
    OutcomeTable t = read("study,n1i,m1i,sd1i,n2i,m2i,sd2i,ti\nA,20,12,4,20,10,4,9.9\n");
    assertInstanceOf(Reported.GroupMeans.class, t.outcomes().get(0).reported());
  }

  @Test
  void badCellsNameFileLineAndColumn() {
    ImportException e =
        error("study,n1i,m1i,sd1i,n2i,m2i,sd2i\nA,20,12,4,20,10,4\nB,20,12,-4,20,10,4\n");
    assertEquals("x.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("sd1i (column 4)", e.field());
    assertEquals("x.csv:3: field sd1i (column 4): '-4' is not a number ≥ 0", e.getMessage());
    assertEquals("ti (column 2)", error("study,ti,n1i,n2i\nA,big,10,10\n").field());
    assertEquals("n1i (column 2)", error("study,n1i\nA,2.5\n").field(), "sizes are whole numbers");
    assertEquals(
        "pi (column 2)", error("study,pi\nA,1.3\n").field(), "even outside a complete set");
    assertTrue(error("study,desirable\nA,up\n").getMessage().contains("higher or lower"));
  }

  @Test
  void impossibleCombinationsNameTheirColumns() {
    ImportException e = error("study,ori,ori_lb,ori_ub\nA,2,2.5,3\n");
    assertEquals(2, e.line());
    assertEquals("ori, ori_lb, ori_ub", e.field());
    assertTrue(e.getMessage().contains("interval must hold"), e.getMessage());
  }

  @Test
  void theHeaderNeedsAStudyAndNoDuplicates() {
    ImportException noStudy = error("trial,yi,vi\nA,1,1\n");
    assertEquals(1, noStudy.line());
    assertEquals("study", noStudy.field());
    assertTrue(error("study,yi,YI\nA,1,1\n").getMessage().contains("named twice"));
    assertEquals(0, error("").line());
    assertTrue(error("study,yi,vi\nA,1,1,1\n").getMessage().contains("4 cells"));
    assertTrue(error("study,yi\n,0.3\n").getMessage().contains("needs a study"));
  }

  @Test
  void aBrokenQuoteIsNamedWithoutJavaClassNames() {
    for (String text :
        List.of(
            "study,outcome,n1,n2\n\"Smith 2020\" x,pain,10,12\n",
            "study,outcome,n1,n2\nSmith,\"pain,10,12\n")) {
      ImportException e = error(text);
      assertFalse(e.getMessage().contains("org.apache"), e.getMessage());
      assertFalse(e.getMessage().contains("Exception"), e.getMessage());
      assertEquals(2, e.line(), e.getMessage());
    }
  }

  @Test
  void lineNumbersCountLinesNotRecords() throws ImportException {
    OutcomeTable t =
        read("study,outcome,yi,vi\r\nA,\"two\r\nlines\",0.1,0.01\r\n\r\nB,x,0.2,0.02\r\n");
    assertEquals(2, t.rows().get(0).line());
    assertEquals(5, t.rows().get(1).line());
    assertEquals("two\r\nlines", t.outcomes().get(0).outcome());
  }

  @Test
  void missingValuesAndSeparators() throws ImportException {
    OutcomeTable semicolons = read("study;yi;vi;sei\nA;0.3;NA;0.1\n");
    EffectSize e = semicolons.outcomes().get(0).effectSize();
    assertEquals(Conversion.GIVEN, e.conversion());
    assertEquals(0.01, e.yi().variance(), 1e-15);
    OutcomeTable tabs = read("study\tyi\tci_lb\tci_ub\nA\t0.3\t0.1\t0.5\n");
    assertEquals(0.3, tabs.outcomes().get(0).effectSize().yi().value(), 0);
  }

  @Test
  void aFormulaGuardIsUndone() throws ImportException {
    // Winnow's own CSV output writes a lone "-" sign as "'-": it must read back
    OutcomeTable t = read("study,fi,n1i,n2i,sign\n'=A,4,10,10,'-\n");
    OutcomeRecord o = t.outcomes().get(0);
    assertEquals("=A", o.study());
    assertTrue(o.effectSize().d().value() < 0);
  }

  @Test
  void anFWithoutItsSignIsIncomplete() throws ImportException {
    OutcomeRecord o = read("study,fi,n1i,n2i\nA,4,10,10\n").outcomes().get(0);
    assertFalse(o.effectSize().computed());
    assertEquals("incomplete data: F (1 numerator df) lacks sign", o.missing());
  }

  @Test
  void aFavoursThatContradictsTheNumbersIsAnError() {
    ImportException e =
        error(
            "study,desirable,favours,n1i,m1i,sd1i,n2i,m2i,sd2i\nA,lower,intervention,20,12,4,20,10,4\n");
    assertEquals("favours (column 3)", e.field());
    assertTrue(e.getMessage().contains("check the sign"), e.getMessage());
  }
}
