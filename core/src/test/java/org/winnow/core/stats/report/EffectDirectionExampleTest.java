package org.winnow.core.stats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.winnow.core.stats.csv.OutcomeCsvReader;
import org.winnow.core.stats.direction.DirectionRule;
import org.winnow.core.stats.direction.EffectDirectionSynthesis;
import org.winnow.core.stats.direction.SignTest;
import org.winnow.core.stats.direction.SizeBand;
import org.winnow.core.stats.direction.StudyRow;

/**
 * The example review (fixtures stats/effect-direction-example.csv, eight invented studies of
 * community exercise for older adults) judged by hand, cell by cell, then as table.
 */
class EffectDirectionExampleTest {
  private static EffectDirectionSynthesis synthesis;

  @BeforeAll
  static void read() throws Exception {
    String text =
        new String(
            org.winnow.fixtures.Fixtures.bytes("stats/effect-direction-example.csv"),
            StandardCharsets.UTF_8);
    synthesis =
        EffectDirectionSynthesis.of(
            OutcomeCsvReader.read("effect-direction-example.csv", text).outcomes(),
            DirectionRule.SEVENTY_PERCENT);
  }

  private static String symbols(String domain) {
    StringBuilder s = new StringBuilder();
    for (StudyRow r : synthesis.studies()) {
      var cell = r.domains().get(domain);
      s.append(cell == null ? "·" : cell.direction().symbol()).append(' ');
    }
    return s.toString().strip();
  }

  @Test
  void studiesAreOrderedByAppraisalWithTheirSizes() {
    List<String> order = synthesis.studies().stream().map(StudyRow::study).toList();
    assertEquals(
        List.of(
            "Aspen 2014",
            "Damson 2017",
            "Fig 2019", // high
            "Baobab 2015",
            "Eucalyptus 2018",
            "Holly 2021", // moderate
            "Cypress 2016",
            "Gum 2020"), // low
        order);
    List<SizeBand> sizes = synthesis.studies().stream().map(StudyRow::size).toList();
    // 420, 209, 330 | 80, 150, 90 | 36, 45
    assertEquals(
        List.of(
            SizeBand.LARGE,
            SizeBand.MEDIUM,
            SizeBand.LARGE,
            SizeBand.MEDIUM,
            SizeBand.MEDIUM,
            SizeBand.MEDIUM,
            SizeBand.SMALL,
            SizeBand.SMALL),
        sizes);
  }

  @Test
  void eachCellByHand() {
    assertEquals(List.of("Physical function", "Mental wellbeing", "Falls"), synthesis.domains());
    // Aspen 2/2 ▲; Damson 2 of 3 (67%) ◄►; Fig single, CI [0.06, 0.49] ▲; Baobab TUG t = −2.31,
    // lower better ▲; Eucalyptus single, g 0.12 with CI across 0 ◄►; Holly 3 of 4 (75%) ▲;
    // Cypress reported "favours intervention" ▲; Gum one-group change 1.6/3.1 ▲
    assertEquals("▲ ◄► ▲ ▲ ◄► ▲ ▲ ▲", symbols("Physical function"));
    // Aspen GDS lower ▲; Damson r = −0.21 with loneliness lower ▲; Fig none; Baobab "neither" ◄►;
    // Eucalyptus HADS-A lower ▲; Holly none; Cypress none; Gum WEMWBS change ▲
    assertEquals("▲ ▲ · ◄► ▲ · · ▲", symbols("Mental wellbeing"));
    // Aspen OR 0.62, Fig OR 0.61, Eucalyptus OR 0.58 (0.35–0.96) all ▲; Holly "neither" ◄►;
    // Cypress "favours control" ▼
    assertEquals("▲ · ▲ · ▲ ◄► ▼ ·", symbols("Falls"));
  }

  @Test
  void signTestsPerDomain() {
    List<SignTest> t = synthesis.signTests();
    // 6 ▲ of 6: 2·0.5⁶ = 0.03125
    assertEquals(6, t.get(0).benefit());
    assertEquals(2, t.get(0).noClear());
    assertEquals(0.03125, t.get(0).p(), 1e-15);
    // 4 ▲ of 4: 0.125
    assertEquals(0.125, t.get(1).p(), 1e-15);
    // 3 ▲ 1 ▼: 2·(1 + 4)/16 = 0.625
    assertEquals(0.625, t.get(2).p(), 1e-15);
  }

  @Test
  void tablesInEveryFormat() {
    String md = EffectDirectionTable.markdown(synthesis);
    assertTrue(
        md.startsWith("| Study | n | Appraisal | Physical function | Mental wellbeing | Falls |\n"),
        md);
    assertTrue(md.contains("| Aspen 2014 | 420 | high | ▲ | ▲ | ▲ |"), md);
    assertTrue(md.contains("| Sign test p (two-sided) |  |  | 0.0313 | 0.1250 | 0.6250 |"), md);
    assertTrue(md.contains("Rule (70-percent)"), md);
    String csv = EffectDirectionTable.csv(synthesis);
    assertTrue(csv.contains("Cypress 2016,36,low,▲,,▼\r\n"), csv);
    assertTrue(csv.contains("Sign test ▲:▼ (◄►),,,6:0 (2),4:0 (1),3:1 (1)"), csv);
    String html = EffectDirectionTable.html(synthesis);
    assertTrue(html.contains("<tr class=\"low\"><td class=\"study\">Cypress 2016</td>"), html);
    assertTrue(
        html.contains("<td class=\"large\">&#9650;</td>")
            || html.contains("<td class=\"large\">▲</td>"),
        html);
  }
}
