package org.winnow.core.stats.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.winnow.core.render.FigureExporter;
import org.winnow.core.render.FigureFormat;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.csv.OutcomeCsvReader;
import org.winnow.core.stats.direction.DirectionRule;
import org.winnow.core.stats.direction.EffectDirectionSynthesis;
import org.winnow.core.stats.effect.Desirable;
import org.winnow.core.stats.pooling.MetaAnalysis;
import org.winnow.core.stats.pooling.PooledEffect;
import org.winnow.core.stats.pooling.PoolingMethod;
import org.winnow.core.stats.pooling.StudyEffect;
import org.winnow.fixtures.Fixtures;

class PlotsTest {
  private static List<OutcomeRecord> example(String name) throws Exception {
    String text = new String(Fixtures.bytes("stats/" + name), StandardCharsets.UTF_8);
    return OutcomeCsvReader.read(name, text).outcomes();
  }

  private static PooledEffect pooledExample(PoolingMethod method) throws Exception {
    List<StudyEffect> studies = new ArrayList<>();
    for (OutcomeRecord o : example("pool-example.csv")) {
      var e = o.effectSize();
      studies.add(new StudyEffect(o.study(), e.yi().value(), e.yi().variance()));
    }
    return MetaAnalysis.pool(studies, method);
  }

  @Test
  void effectDirectionPlotDrawsEveryStudyAndSymbol() throws Exception {
    EffectDirectionSynthesis s =
        EffectDirectionSynthesis.of(
            example("effect-direction-example.csv"), DirectionRule.SEVENTY_PERCENT);
    EffectDirectionPlot plot = new EffectDirectionPlot(s);
    String svg = FigureExporter.svg(plot);
    for (String expected : List.of("Aspen 2014", "Gum 2020", "▲", "▼", "◄►", "0.0313", "Falls")) {
      assertTrue(svg.contains(expected), expected);
    }
    assertTrue(plot.width() > 300 && plot.height() > 200);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    FigureExporter.pdf(plot, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Sign test p (two-sided)"), text);
      assertTrue(text.contains("Eucalyptus 2018"), text);
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    FigureExporter.write(plot, FigureFormat.PNG, png);
    assertTrue(png.size() > 1000);
  }

  @Test
  void forestPlotShowsStudiesPooledEstimateAndHeterogeneity() throws Exception {
    PooledEffect reml = pooledExample(PoolingMethod.REML);
    String svg = FigureExporter.svg(new ForestPlot(reml, "Hedges' g", Desirable.LOWER));
    for (String expected :
        List.of(
            "Acacia 2012",
            "Gorse 2022",
            "Random effects (REML)",
            "Heterogeneity: τ²",
            "Favours intervention",
            "prediction interval")) {
      assertTrue(svg.contains(expected), expected);
    }
    String fixed =
        FigureExporter.svg(new ForestPlot(pooledExample(PoolingMethod.FE), "Hedges' g", null));
    assertTrue(fixed.contains("Fixed effect (inverse variance)"));
    assertTrue(!fixed.contains("prediction interval") && !fixed.contains("Favours"));
  }

  @Test
  void axisTicksAreRoundAndCoverTheRange() {
    ForestPlot.Axis a = ForestPlot.Axis.of(-1.13, 0.41);
    // range 1.54 over about 6 ticks is 0.257: the next round step is 0.5
    assertEquals(0.5, a.step(), 1e-12);
    assertEquals(1, a.decimals());
    assertTrue(a.low() <= -1.13 && a.high() >= 0.41);
    assertEquals(List.of(-1.5, -1.0, -0.5, 0.0, 0.5), a.ticks());
    assertEquals(2, ForestPlot.Axis.of(-0.7, 0.7).decimals(), "1.4/6 = 0.23: step 0.25");
    ForestPlot.Axis wide = ForestPlot.Axis.of(-32.7, 30.1);
    assertEquals(20, wide.step(), 1e-12, "62.8/6 = 10.5: step 20");
    assertEquals(0, wide.decimals());
  }

  @Test
  void numbersUseATrueMinusSign() {
    assertEquals("−0.54 [−1.14, 0.07]", ForestPlot.interval(-0.5371, -1.1421, 0.0679));
    assertEquals(
        "0.00", org.winnow.core.stats.report.Numbers.fixed(-0.001, 2), "no minus on a rounded 0");
  }
}
