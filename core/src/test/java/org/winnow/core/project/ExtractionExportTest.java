package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.extraction.AnswersFile;
import org.winnow.core.extraction.EffectSizeCsv;
import org.winnow.core.extraction.Extraction;
import org.winnow.core.extraction.ExtractionExport;
import org.winnow.core.extraction.FieldValue;
import org.winnow.core.extraction.FormAnswers;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.io.csv.CsvExporter;

/** Every export of extracted data, read back: CSV wide and long, JSON, effect-size input. */
class ExtractionExportTest {
  static final String OUTCOMES =
      """
      {"form": "outcome-data", "sections": {
        "outcomes": [{"outcome": "Pain", "domain": "Physical health", "desirable": "lower"},
                     {"outcome": "Relapse", "desirable": "lower"}],
        "arm_results": [
          {"outcome": "Pain", "time_point": "12 weeks", "arm": "CBT", "role": "intervention",
           "n": 40, "mean": -1.25, "sd": 0.80},
          {"outcome": "Pain", "time_point": "12 weeks", "arm": "Usual care", "role": "control",
           "n": 38, "mean": -0.5, "sd": 0.9},
          {"outcome": "Relapse", "time_point": "6 months", "arm": "CBT", "events": 6, "total": 40},
          {"outcome": "Relapse", "time_point": "6 months", "arm": "Usual care", "events": 12,
           "total": 38}],
        "comparisons": [
          {"outcome": "Relapse", "time_point": "6 months", "intervention_arm": "CBT",
           "control_arm": "Usual care", "odds_ratio": 0.38, "or_lower": 0.13, "or_upper": 1.12,
           "p": 0.08, "favours": "intervention"}]}}
      """;

  @TempDir Path tmp;
  private ReviewProject project;
  private ExtractionService extraction;

  @BeforeEach
  void setUp() throws Exception {
    project = IncludedStudies.create(tmp);
    extraction = project.extraction();
    extraction.extract("j1", "tidier", "Ana Lima", "a.json", ExtractionServiceTest.ANA, "test");
    extraction.extract("j1", "tidier", "Ben Okafor", "b.json", ExtractionServiceTest.BEN, "test");
    extraction.consensusFrom("j1", "tidier", "Chen Wei", "Ana Lima", null);
    extraction.extract(
        "b1",
        "tidier",
        "Ana Lima",
        "a.json",
        "{\"sections\": {\"interventions\": [{\"brief_name\": \"=HYPERLINK(\\\"x\\\")\"}]}}",
        "test");
    extraction.extract("j1", "outcome-data", "Ana Lima", "o.json", OUTCOMES, "test");
    extraction.extract(
        "j1",
        "study-characteristics",
        "Ana Lima",
        "s.json",
        "{\"sections\": {\"study\": {\"design\": \"rct\", \"follow_up\": {\"value\": 6, \"unit\":"
            + " \"months\"}}}}",
        "test");
  }

  @AfterEach
  void close() {
    project.close();
  }

  private static List<CSVRecord> csv(String text) throws Exception {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new StringReader(text))
        .getRecords();
  }

  @Test
  void wideHasOneRowPerStudyAndIntervention() throws Exception {
    StringWriter w = new StringWriter();
    ExtractionExport.wide(
        extraction.results("tidier"), extraction.template("tidier"), "interventions", w);
    List<CSVRecord> rows = csv(w.toString());
    assertEquals(3, rows.size(), "S1 has two interventions, S3 one");
    assertEquals("S1", rows.get(0).get("study_id"));
    assertEquals("consensus", rows.get(0).get("status"));
    assertEquals("Chen Wei", rows.get(0).get("decided_by"));
    assertEquals("2", rows.get(1).get("instance"));
    assertEquals("Usual antenatal care", rows.get(1).get("interventions.brief_name"));
    assertEquals("NR", rows.get(1).get("interventions.how"));
    assertEquals("single", rows.get(2).get("status"));
    assertEquals(
        "=HYPERLINK(\"x\")",
        CsvExporter.unguard(rows.get(2).get("interventions.brief_name")),
        "guarded, and restored by unguard");
    assertTrue(rows.get(2).get("interventions.brief_name").startsWith("'="));
  }

  @Test
  void wideNamesUnitsBesideNumbers() throws Exception {
    StringWriter w = new StringWriter();
    ExtractionExport.wide(
        extraction.results(null), extraction.template("study-characteristics"), null, w);
    List<CSVRecord> rows = csv(w.toString());
    assertEquals(1, rows.size());
    assertEquals("6", rows.get(0).get("study.follow_up"));
    assertEquals("months", rows.get(0).get("study.follow_up.unit"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ExtractionExport.wide(
                extraction.results(null),
                extraction.template("study-characteristics"),
                "study",
                new StringWriter()));
  }

  @Test
  void longReadsBackToTheStoredAnswers() throws Exception {
    List<FormResult> results = extraction.results(null);
    StringWriter w = new StringWriter();
    ExtractionExport.longCsv(results, w);
    Map<String, String> cells = new LinkedHashMap<>();
    for (CSVRecord r : csv(w.toString())) {
      String key =
          String.join(
              "|",
              r.get("study_id"),
              r.get("form"),
              r.get("source"),
              r.get("section"),
              r.get("instance"),
              r.get("field"));
      cells.put(key, CsvExporter.unguard(r.get("value")) + r.get("unit"));
    }
    int expected = 0;
    for (FormResult r : results) {
      for (Extraction e : r.extractions()) {
        String source = e.consensus() ? "consensus" : e.by();
        for (var section : e.template().sections()) {
          List<FormAnswers.Instance> list = e.answers().instances(section.id());
          for (int i = 0; i < list.size(); i++) {
            for (Map.Entry<String, FieldValue> f : list.get(i).values().entrySet()) {
              String key =
                  String.join(
                      "|",
                      r.study().id(),
                      e.template().id(),
                      source,
                      section.id(),
                      section.repeats() ? Integer.toString(i + 1) : "",
                      f.getKey());
              String unit =
                  f.getValue() instanceof FieldValue.Decimal d && d.unit() != null ? d.unit() : "";
              assertEquals(f.getValue().text() + unit, cells.get(key), key);
              expected++;
            }
          }
        }
      }
    }
    assertEquals(expected, cells.size(), "nothing more, nothing less");
    String text = w.toString();
    assertTrue(text.contains(",-1.25,"), "numbers are not guarded: " + text);
  }

  @Test
  void longMarksTheFinalRows() throws Exception {
    StringWriter w = new StringWriter();
    ExtractionExport.longCsv(extraction.results("tidier"), w);
    for (CSVRecord r : csv(w.toString())) {
      boolean expected =
          r.get("study_id").equals("S1") ? r.get("source").equals("consensus") : true;
      assertEquals(expected ? "yes" : "no", r.get("final"), r.toString());
    }
  }

  @Test
  void jsonHoldsEverythingAndItsFinalAnswersImportAgain() throws Exception {
    StringWriter w = new StringWriter();
    List<FormResult> results = extraction.results(null);
    ExtractionExport.json(results, project.name(), w);
    JsonNode root =
        new ObjectMapper()
            .enable(
                com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(
                com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES,
                false)
            .readTree(w.toString());
    assertTrue(w.toString().contains("\"sd\" : 0.80"), "digits kept as entered");
    assertEquals(ExtractionExport.JSON_FORMAT, root.get("format").asText());
    assertEquals(3, root.get("templates").size());
    JsonNode s1 = root.get("studies").get(0);
    assertEquals("S1", s1.get("studyId").asText());
    assertEquals("j1", s1.get("recordIds").get(0).asText());
    JsonNode tidier = s1.get("forms").get(0);
    assertEquals("consensus", tidier.get("status").asText());
    assertEquals(3, tidier.get("extractions").size());
    for (FormResult r : results) {
      JsonNode form = null;
      for (JsonNode s : root.get("studies")) {
        for (JsonNode f : s.get("forms")) {
          if (s.get("studyId").asText().equals(r.study().id())
              && f.get("form").asText().equals(r.template().id())) {
            form = f;
          }
        }
      }
      FormAnswers again =
          AnswersFile.parse("export.json", form.get("final").toString()).answers(r.template());
      assertEquals(r.finalAnswers(), again, r.study().id() + " " + r.template().ref());
    }
  }

  @Test
  void effectSizeInputHasMetaforColumns() throws Exception {
    StringWriter w = new StringWriter();
    EffectSizeCsv.Written written = EffectSizeCsv.write(extraction.results(null), w);
    assertEquals(2, written.rows());
    assertEquals(List.of(), written.skipped());
    List<CSVRecord> rows = csv(w.toString());
    CSVRecord relapse = rows.get(0);
    assertEquals("Jones 2015", relapse.get("study"));
    assertEquals("S1", relapse.get("study_id"));
    assertEquals("Relapse", relapse.get("outcome"));
    assertEquals("lower", relapse.get("desirable"));
    assertEquals("6", relapse.get("ai"));
    assertEquals("34", relapse.get("bi"));
    assertEquals("12", relapse.get("ci"));
    assertEquals("26", relapse.get("di"));
    assertEquals("40", relapse.get("n1i"));
    assertEquals("0.38", relapse.get("ori"));
    assertEquals("0.13", relapse.get("ori_lb"));
    assertEquals("1.12", relapse.get("ori_ub"));
    assertEquals("0.08", relapse.get("pi"));
    assertEquals("intervention", relapse.get("favours"));
    CSVRecord pain = rows.get(1);
    assertEquals("Pain", pain.get("outcome"));
    assertEquals("12 weeks", pain.get("time_point"));
    assertEquals("CBT", pain.get("intervention"));
    assertEquals("Usual care", pain.get("control"));
    assertEquals("-1.25", pain.get("m1i"), "negative numbers stay numbers");
    assertEquals("0.80", pain.get("sd1i"));
    assertEquals("38", pain.get("n2i"));
    assertEquals("arms compared by their roles", pain.get("note"));
    assertEquals("Physical health", pain.get("domain"));
  }

  @Test
  void effectSizeInputKeepsReportedAndRoleComparisonsAndListsWhatItSkips() throws Exception {
    extraction.extract(
        "b1",
        "outcome-data",
        "Ana Lima",
        "o.json",
        """
        {"form": "outcome-data", "sections": {
          "outcomes": [{"outcome": "Pain", "desirable": "lower"}, {"outcome": "Mood"}],
          "arm_results": [
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "CBT", "role": "intervention",
             "n": 40, "mean": 2.1, "sd": 0.8},
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "Usual care", "role": "control",
             "n": 38, "mean": 2.9, "sd": 0.9},
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "Waitlist",
             "n": 30, "mean": 3.2, "sd": 1.0},
            {"outcome": "Pain", "time_point": "6 months", "arm": "CBT", "role": "intervention",
             "n": 35, "mean": 2.0, "sd": 0.8},
            {"outcome": "Pain", "time_point": "6 months", "arm": "Yoga", "role": "intervention",
             "n": 33, "mean": 2.4, "sd": 0.8},
            {"outcome": "Mood", "time_point": "12 weeks", "arm": "CBT", "n": 40, "mean": 5}],
          "comparisons": [
            {"outcome": "Pain", "time_point": "12 weeks", "intervention_arm": "CBT",
             "control_arm": "Waitlist", "p": 0.01, "favours": "intervention"}]}}
        """,
        "test");
    StringWriter w = new StringWriter();
    EffectSizeCsv.Written written = EffectSizeCsv.write(extraction.results("outcome-data"), w);
    List<CSVRecord> rows =
        csv(w.toString()).stream().filter(r -> r.get("study_id").equals("S3")).toList();
    assertEquals(2, rows.size(), w.toString());
    assertEquals("Waitlist", rows.get(0).get("control"));
    assertEquals("reported", rows.get(0).get("comparison_source"));
    assertEquals("0.01", rows.get(0).get("pi"));
    assertEquals("Usual care", rows.get(1).get("control"), "the arms' roles give a row too");
    assertEquals("arm-roles", rows.get(1).get("comparison_source"));
    assertEquals("", rows.get(1).get("pi"));
    assertEquals(4, written.rows());
    List<EffectSizeCsv.Skipped> skipped = written.skipped();
    assertEquals(2, skipped.size(), skipped.toString());
    EffectSizeCsv.Skipped sixMonths = skipped.get(0);
    assertEquals("S3", sixMonths.studyId());
    assertEquals("Pain", sixMonths.outcome());
    assertEquals("6 months", sixMonths.timePoint());
    assertTrue(sixMonths.reason().contains("2 arms with role intervention"), sixMonths.reason());
    assertEquals("Mood", skipped.get(1).outcome());
    assertTrue(skipped.get(1).reason().contains("no comparison"), skipped.get(1).reason());
  }

  @Test
  void effectSizeInputWritesARoleComparisonOnceWhenItIsTheReportedOne() throws Exception {
    extraction.extract(
        "b1",
        "outcome-data",
        "Ana Lima",
        "o.json",
        """
        {"form": "outcome-data", "sections": {
          "arm_results": [
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "CBT", "role": "intervention",
             "n": 40, "mean": 2.1, "sd": 0.8},
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "Usual care", "role": "control",
             "n": 38, "mean": 2.9, "sd": 0.9}],
          "comparisons": [
            {"outcome": "pain", "time_point": "12 Weeks", "intervention_arm": "cbt",
             "control_arm": "usual care", "p": 0.01}]}}
        """,
        "test");
    StringWriter w = new StringWriter();
    EffectSizeCsv.Written written = EffectSizeCsv.write(extraction.results("outcome-data"), w);
    assertEquals(3, written.rows(), w.toString());
    assertEquals(1, written.skipped().size());
    assertTrue(written.skipped().get(0).reason().contains("same arms as the reported comparison"));
  }
}
