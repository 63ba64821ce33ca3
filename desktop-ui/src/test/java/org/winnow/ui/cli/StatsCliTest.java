package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.fixtures.Fixtures;

/** The statistics verbs run in-process on the example files of the fixtures module. */
class StatsCliTest {
  @TempDir Path tmp;

  private String example(String name) throws Exception {
    Path file = tmp.resolve(name);
    Files.write(file, Fixtures.bytes("stats/" + name));
    return file.toString();
  }

  private String file(String name, String content) throws Exception {
    Path file = tmp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void effectSizeAsJson() throws Exception {
    String in = example("effect-sizes-example.csv");
    Cli r = Cli.run("effect-size", "--input", in, "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = r.json();
    assertEquals(15, j.get("rows").asInt());
    assertEquals(13, j.get("computed").asInt());
    assertEquals(1, j.get("directionOnly").asInt());
    assertEquals(1, j.get("notComputable").asInt());
    JsonNode alder = j.get("effects").get(0);
    assertEquals(2, alder.get("line").asInt());
    assertEquals("Alder 2015", alder.get("study").asText());
    assertEquals(0.5, alder.get("d").asDouble(), 1e-12);
    assertEquals(0.4900552010654752, alder.get("g").asDouble(), 1e-12);
    assertEquals("g", alder.get("measure").asText());
    assertEquals("means", alder.get("method").asText());
    assertEquals("small", alder.get("magnitude").asText());
    assertEquals("benefit", alder.get("direction").asText());
    assertTrue(alder.get("n").isInt(), "n is a count");
    for (String key :
        new String[] {
          "yi",
          "vi",
          "sei",
          "ci_lb",
          "ci_ub",
          "d_vi",
          "j",
          "n",
          "notes",
          "methodLabel",
          "desirable",
          "domain",
          "outcome"
        }) {
      assertTrue(alder.has(key), key);
    }
    JsonNode ginkgo = j.get("effects").get(6);
    assertEquals("d", ginkgo.get("measure").asText(), "an odds ratio without group sizes stays d");
    assertTrue(ginkgo.get("g").isNull());
    assertTrue(r.err().contains("effect-sizes-example.csv:16: Oak 2024: no effect size"), r.err());
  }

  @Test
  void effectSizeWritesCsv() throws Exception {
    String in = example("effect-sizes-example.csv");
    Path out = tmp.resolve("out/effects.csv");
    Cli r = Cli.run("effect-size", "--input", in, "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out().contains("15 rows: 13 effect sizes, 1 direction only, 1 not computable"), r.out());
    String csv = Files.readString(out);
    assertTrue(csv.startsWith("study,outcome,domain,desirable,n1i,"), csv);
    assertTrue(
        csv.lines()
            .findFirst()
            .orElseThrow()
            .endsWith(
                ",d,g,yi,vi,sei,ci_lb,ci_ub,measure,method,magnitude,direction,d_vi,j,n,notes"));
    assertEquals(16, csv.lines().count());
    // the output reads back as input and pools like the original
    Cli again =
        Cli.run(
            "pool",
            "--input",
            out.toString(),
            "--method",
            "FE",
            "--outcome",
            "Walking distance (m/10)",
            "--json");
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(3, again.json().get("k").asInt());
  }

  @Test
  void theProjectFormReadsAProjectWithoutOutcomeDataAsEmpty() throws Exception {
    Path dir = tmp.resolve("review");
    Cli.run("init", dir.toString());
    Cli sizes = Cli.run("effect-size", dir.toString(), "--json");
    assertEquals(0, sizes.exitCode(), sizes.err());
    assertEquals(0, sizes.json().get("rows").asInt());
    assertEquals(0, sizes.json().get("skipped").size());
    Cli direction = Cli.run("effect-direction", dir.toString(), "--format", "md");
    assertEquals(0, direction.exitCode(), direction.err());
    Cli pool = Cli.run("pool", dir.toString(), "--method", "REML");
    assertEquals(3, pool.exitCode(), pool.err());
    assertTrue(pool.err().contains("nothing to pool"), pool.err());
    Cli both = Cli.run("effect-size", dir.toString(), "--input", "x.csv");
    assertEquals(2, both.exitCode(), both.err());
    assertTrue(both.err().contains("not both"), both.err());
  }

  @Test
  void filtersApplyToTheBatchFileToo() throws Exception {
    String in = example("effect-sizes-example.csv");
    JsonNode function =
        Cli.run("effect-size", "--input", in, "--domain", "function", "--json").json();
    assertEquals(3, function.get("rows").asInt());
    assertEquals(10, function.get("effects").get(0).get("line").asInt(), "lines as in the file");
    JsonNode sf36 =
        Cli.run(
                "effect-size",
                "--input",
                in,
                "--outcome",
                "quality of life  (SF-36 mental)",
                "--json")
            .json();
    assertEquals(3, sf36.get("rows").asInt());
    Cli noColumn = Cli.run("effect-size", "--input", in, "--time-point", "6 months");
    assertEquals(2, noColumn.exitCode(), noColumn.err());
    assertTrue(noColumn.err().contains("has no time_point column"), noColumn.err());
  }

  @Test
  void usageAndInputErrors() throws Exception {
    assertEquals(2, Cli.run("effect-size").exitCode(), "--input is required");
    Cli missing = Cli.run("effect-size", "--input", tmp.resolve("none.csv").toString());
    assertEquals(3, missing.exitCode());
    assertTrue(missing.err().contains("none.csv: no such file"), missing.err());
    String bad =
        file("bad.csv", "study,n1i,m1i,sd1i,n2i,m2i,sd2i\nA,20,12,4,20,10,4\nB,20,12,-4,20,10,4\n");
    Cli r = Cli.run("effect-size", "--input", bad);
    assertEquals(3, r.exitCode());
    assertTrue(
        r.err().contains("bad.csv:3: field sd1i (column 4): '-4' is not a number ≥ 0"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void effectDirectionTablesAndPlots() throws Exception {
    String in = example("effect-direction-example.csv");
    Cli md = Cli.run("effect-direction", "--input", in, "--format", "md");
    assertEquals(0, md.exitCode(), md.err());
    assertTrue(md.out().contains("| Aspen 2014 | 420 | high | ▲ | ▲ | ▲ |"), md.out());
    Cli svg = Cli.run("effect-direction", "--input", in, "--format", "svg");
    assertTrue(svg.out().startsWith("<?xml") || svg.out().startsWith("<svg"), svg.out());
    Path pdf = tmp.resolve("ed.pdf");
    Cli json =
        Cli.run(
            "effect-direction",
            "--input",
            in,
            "--format",
            "pdf",
            "-o",
            pdf.toString(),
            "--json",
            "--rule",
            "70-percent-sign-only");
    assertEquals(0, json.exitCode(), json.err());
    assertTrue(Files.size(pdf) > 1000);
    JsonNode j = json.json();
    assertEquals("70-percent-sign-only", j.get("rule").asText());
    assertEquals(3, j.get("signTests").size());
    JsonNode eucalyptus = j.get("studies").get(4);
    assertEquals("Eucalyptus 2018", eucalyptus.get("study").asText());
    // sign only: the single physical-function outcome counts by its sign although its CI has 0
    assertEquals(
        "benefit", eucalyptus.get("domains").get("Physical function").get("direction").asText());
    assertEquals(
        true,
        eucalyptus
            .get("domains")
            .get("Physical function")
            .get("outcomes")
            .get(0)
            .get("ciIncludesZero")
            .asBoolean());
    JsonNode physical = j.get("signTests").get(0);
    assertEquals(7, physical.get("benefit").asInt());
    assertEquals(2 * Math.pow(0.5, 7), physical.get("p").asDouble(), 1e-15);
  }

  @Test
  void effectDirectionErrors() throws Exception {
    String in = example("effect-direction-example.csv");
    assertEquals(
        2,
        Cli.run("effect-direction", "--input", in, "--format", "png").exitCode(),
        "png needs -o");
    assertEquals(2, Cli.run("effect-direction", "--input", in, "--format", "docx").exitCode());
    assertEquals(
        2,
        Cli.run("effect-direction", "--input", in, "--format", "md", "--rule", "vote").exitCode());
    String noDesirable = file("nd.csv", "study,domain,yi,vi\nA,Health,0.3,0.01\n");
    Cli r = Cli.run("effect-direction", "--input", noDesirable, "--format", "csv");
    assertEquals(3, r.exitCode());
    assertTrue(r.err().contains("nd.csv:2: field desirable"), r.err());
  }

  @Test
  void poolAsJsonWithAForestPlot() throws Exception {
    String in = example("pool-example.csv");
    Path forest = tmp.resolve("forest.svg");
    Cli r =
        Cli.run(
            "pool",
            "--input",
            in,
            "--method",
            "reml",
            "--outcome",
            "Anxiety (HADS-A)",
            "--outcome",
            "anxiety (stai-s)",
            "--outcome",
            "Anxiety (GAD-7)",
            "--forest",
            forest.toString(),
            "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = r.json();
    assertEquals("REML", j.get("method").asText());
    assertEquals("Hedges' g", j.get("measure").asText());
    assertEquals(7, j.get("k").asInt());
    for (String key :
        new String[] {
          "estimate",
          "se",
          "ciLower",
          "ciUpper",
          "z",
          "p",
          "tau2",
          "tau",
          "i2",
          "h2",
          "q",
          "df",
          "qp",
          "predictionLower",
          "predictionUpper",
          "predictionTLower",
          "predictionTUpper",
          "iterations",
          "studies",
          "excluded",
          "warnings",
          "forest",
          "outcomes"
        }) {
      assertTrue(j.has(key), key);
    }
    assertTrue(j.get("ciLower").asDouble() < j.get("estimate").asDouble());
    assertEquals(100, sum(j.get("studies"), "weight"), 1e-9);
    assertTrue(Files.readString(forest).contains("Random effects (REML)"));
    Cli text =
        Cli.run(
            "pool",
            "--input",
            in,
            "--method",
            "FE",
            "--outcome",
            "Anxiety (HADS-A)",
            "--outcome",
            "Anxiety (STAI-S)",
            "--outcome",
            "Anxiety (GAD-7)");
    assertTrue(
        text.out().startsWith("Fixed effect (inverse variance), k = 7, Hedges' g"), text.out());
  }

  @Test
  void poolRefusesSeveralOutcomesUnlessChosen() throws Exception {
    String in = example("pool-example.csv");
    Cli r = Cli.run("pool", "--input", in, "--method", "REML", "--json");
    assertEquals(3, r.exitCode(), r.out());
    assertTrue(
        r.err().contains("3 outcomes (Anxiety (HADS-A); Anxiety (STAI-S); Anxiety (GAD-7))"),
        r.err());
    assertTrue(r.err().contains("--outcome NAME"), r.err());
    assertEquals("", r.out());
    Cli one =
        Cli.run(
            "pool", "--input", in, "--method", "FE", "--outcome", "anxiety  (hads-a)", "--json");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(4, one.json().get("k").asInt());
    assertEquals("Anxiety (HADS-A)", one.json().get("outcomes").get(0).asText());
  }

  @Test
  void poolNeverMixesDesirableDirectionsOrMeasures() throws Exception {
    String opposite =
        file(
            "opposite.csv",
            "study,outcome,desirable,n1i,m1i,sd1i,n2i,m2i,sd2i\n"
                + "A,Pain,lower,40,3.1,1.2,40,4.0,1.3\n"
                + "B,Quality of life,higher,50,60,10,50,55,11\n");
    for (String[] extra :
        new String[][] {{}, {"--outcome", "Pain", "--outcome", "Quality of life"}}) {
      List<String> args = new ArrayList<>(List.of("pool", "--input", opposite, "--method", "FE"));
      args.addAll(List.of(extra));
      Cli r = Cli.run(args.toArray(String[]::new));
      assertEquals(3, r.exitCode(), r.out());
      assertTrue(r.err().contains("opposite desirable directions"), r.err());
      assertTrue(
          r.err().contains("Pain (lower is better); Quality of life (higher is better)"), r.err());
    }
    String dg =
        file(
            "dg.csv",
            "study,outcome,n1i,m1i,sd1i,n2i,m2i,sd2i,ori,ori_lb,ori_ub\n"
                + "A,Pain,40,3.1,1.2,40,4.0,1.3,,,\n"
                + "B,Pain,,,,,,,2.1,1.2,3.6\n");
    Cli m = Cli.run("pool", "--input", dg, "--method", "FE");
    assertEquals(3, m.exitCode(), m.out() + m.err());
    assertTrue(m.err().contains("different measures"), m.err());
  }

  @Test
  void poolErrors() throws Exception {
    String in = example("pool-example.csv");
    assertEquals(2, Cli.run("pool", "--input", in).exitCode(), "--method is required");
    assertEquals(2, Cli.run("pool", "--input", in, "--method", "PM").exitCode());
    assertEquals(
        2,
        Cli.run(
                "pool",
                "--input",
                in,
                "--method",
                "DL",
                "--forest",
                tmp.resolve("f.gif").toString())
            .exitCode());
    Cli none = Cli.run("pool", "--input", in, "--method", "DL", "--outcome", "Depression");
    assertEquals(3, none.exitCode());
    assertTrue(none.err().contains("nothing to pool for outcome 'Depression'"), none.err());
    String mixed = file("mixed.csv", "study,yi,vi,ti,n1i,n2i\nA,0.2,0.04,,,\nB,,,2.1,20,20\n");
    Cli m = Cli.run("pool", "--input", mixed, "--method", "FE");
    assertEquals(3, m.exitCode());
    assertTrue(m.err().contains("cannot be pooled with computed"), m.err());
  }

  @Test
  void aStudyTooSmallForHedgesCorrectionIsNotComputable() throws Exception {
    String tiny = file("tiny.csv", "study,n1i,m1i,sd1i,n2i,m2i,sd2i\nA,1,3,1,2,2,1\n");
    Cli r = Cli.run("effect-size", "--input", tiny, "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(1, r.json().get("notComputable").asInt());
    assertEquals(0, r.json().get("directionOnly").asInt());
    assertTrue(
        r.err().contains("tiny.csv:2: A: no effect size (n1i + n2i must be at least 4"), r.err());
  }

  @Test
  void helpNeedsNoInput() {
    for (String verb : new String[] {"effect-size", "effect-direction", "pool"}) {
      Cli r = Cli.run(verb, "--help");
      assertEquals(0, r.exitCode(), verb);
      assertTrue(r.out().contains("--input=FILE"), r.out());
      assertFalse(r.err().contains("WARN"), r.err());
    }
  }

  @Test
  void oneStudyHasNoHeterogeneityInJson() throws Exception {
    String one = file("one.csv", "study,yi,vi\nA,0.2,0.04\n");
    Cli r = Cli.run("pool", "--input", one, "--method", "REML", "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.json().get("i2").isNull());
    assertTrue(r.json().get("predictionTLower").isNull());
    assertFalse(r.out().contains("NaN"));
  }

  private static double sum(JsonNode array, String key) {
    double s = 0;
    for (JsonNode n : array) {
      s += n.get(key).asDouble();
    }
    return s;
  }
}
