package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.render.FigureExporter;

class RecallCurvePlotTest {
  @Test
  void theRecallCurveDrawsEachStageWithTheRandomDiagonal() {
    ScreeningHistory h = ScreeningHistory.of(true, false, true, false, false);
    String svg =
        FigureExporter.svg(
            new RecallCurvePlot(List.of(new RecallCurvePlot.Panel("Title and abstract", 20, h))));
    assertTrue(svg.contains("Title and abstract: 2 relevant in 5 of 20 screened"), svg);
    assertTrue(svg.contains("random order (expected)"));
    assertTrue(svg.getBytes(StandardCharsets.UTF_8).length > 1000);
    assertThrows(IllegalArgumentException.class, () -> new RecallCurvePlot(List.of()));
  }
}
