package org.winnow.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.winnow.core.extraction.StudyRef;
import org.winnow.core.model.ConsensusStatus;

/** The summary per study and criterion in CSV, Markdown and HTML; no score unless asked. */
class MmatSummaryTableTest {
  static final String MIXED =
      """
      {"screening": {"S1": "yes", "S2": "yes"}, "category": "mixed-methods",
       "quantitativeComponent": "descriptive",
       "criteria": {"5.1": "yes", "5.2": "yes", "5.3": "no", "5.4": "yes", "5.5": "can't tell",
                    "1.1": "yes", "1.2": "yes", "1.3": "yes", "1.4": "yes", "1.5": "yes",
                    "4.1": "yes", "4.2": {"answer": "no", "comment": "=convenience | sample"},
                    "4.3": "yes", "4.4": "no", "4.5": "yes"}}
      """;

  static List<MmatResult> results() throws Exception {
    MmatAppraisal rct = MmatJson.read("a", MmatJsonTest.rct("yes", "yes"));
    MmatAppraisal mixed = MmatJson.read("b", MIXED);
    MmatAppraisal stopped =
        MmatJson.read("c", "{\"screening\": {\"S1\": \"no\", \"S2\": \"can't tell\"}}");
    return List.of(
        new MmatResult(ref("S1", "Jones 2015"), ConsensusStatus.CONSENSUS, "Ana", rct, List.of()),
        new MmatResult(
            ref("S2", "Lee <et al.> 2018"), ConsensusStatus.AGREED, null, mixed, List.of()),
        new MmatResult(ref("S3", "Brown 2020"), ConsensusStatus.SINGLE, null, stopped, List.of()),
        new MmatResult(
            ref("S4", "Okafor 2021"),
            ConsensusStatus.PENDING,
            null,
            null,
            List.of(
                new Appraisal(7, 4, "Ana", false, rct, List.of(), "cli", "2024-01-01"),
                new Appraisal(8, 4, "Ben", false, mixed, List.of(), "cli", "2024-01-02"))));
  }

  static StudyRef ref(String id, String label) {
    return new StudyRef(id, label, List.of());
  }

  private static String write(MmatSummaryTable.Format f, boolean met) throws Exception {
    StringWriter w = new StringWriter();
    new MmatSummaryTable(results(), met).write(f, w);
    return w.toString();
  }

  @Test
  void csvHasOneRowPerStudyAndItemAndReadsBack() throws Exception {
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(write(MmatSummaryTable.Format.CSV, false)))
            .getRecords();
    assertEquals(7 + 17 + 2 + 1, rows.size(), "RCT 2+5, mixed 2+15, stopped 2, pending 1");
    assertFalse(rows.get(0).isMapped(MmatSummaryTable.CSV_CRITERIA_MET), "no count by default");
    CSVRecord r = rows.get(4);
    assertEquals("S1", r.get("study_id"));
    assertEquals("2.3", r.get("item"));
    assertEquals("No", r.get("answer"));
    assertEquals("30% lost", r.get("comment"));
    CSVRecord quoted =
        rows.stream().filter(x -> x.get("item").equals("4.2")).findFirst().orElseThrow();
    assertEquals("descriptive", quoted.get("component"));
    assertEquals("'=convenience | sample", quoted.get("comment"), "formula guarded");
    CSVRecord stopped =
        rows.stream().filter(x -> x.get("study_id").equals("S3")).findFirst().orElseThrow();
    assertEquals(
        "S1 answered No, S2 answered Can't tell: further appraisal may not be feasible or"
            + " appropriate",
        stopped.get("screening"));
    assertEquals("pending", rows.get(rows.size() - 1).get("status"));
  }

  @Test
  void theDescriptiveCountIsOptionalAndLabelled() throws Exception {
    String csv = write(MmatSummaryTable.Format.CSV, true);
    assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",criteria_met_descriptive"));
    String md = write(MmatSummaryTable.Format.MARKDOWN, true);
    assertTrue(md.contains("| Criteria met (descriptive) |"), md);
    assertTrue(md.contains(MmatSummaryTable.CRITERIA_MET_NOTE));
    assertTrue(md.contains("| 5.x 3/5, 1.x 5/5, 4.x 3/5 |"), md);
    String plain = write(MmatSummaryTable.Format.MARKDOWN, false);
    assertFalse(plain.contains("Criteria met"));
    assertFalse(plain.contains("/5"));
    assertTrue(plain.contains(MmatSummaryTable.NO_SCORE));
  }

  @Test
  void markdownHasOneTablePerCategory() throws Exception {
    String md = write(MmatSummaryTable.Format.MARKDOWN, false);
    assertTrue(md.contains("## 2. Quantitative randomized controlled trials"), md);
    assertTrue(
        md.contains("| Jones 2015 (S1) | Yes | Yes | Yes | Yes | No | Can't tell | Can't tell |"),
        md);
    assertTrue(md.contains("## 5. Mixed methods"));
    assertTrue(
        md.contains(
            "| Study | S1 | S2 | 5.1 | 5.2 | 5.3 | 5.4 | 5.5 | 1.1 | 1.2 | 1.3 | 1.4 | 1.5 |"
                + " Quantitative component | Q.1 | Q.2 | Q.3 | Q.4 | Q.5 |"),
        md);
    assertTrue(md.contains("| 4 Quantitative descriptive | Yes | No | Yes | No | Yes |"), md);
    assertTrue(
        md.contains("- Q.2 when 4 Quantitative descriptive: Is the sample representative"), md);
    assertTrue(md.contains("## Not appraised further (screening)"));
    assertTrue(md.contains("| Brown 2020 (S3) † | No | Can't tell |"), md);
    assertTrue(md.contains("† " + MmatSummaryTable.SCREENING_NOTE));
    assertTrue(
        md.contains("- Okafor 2021 (S4): appraisals by Ana, Ben disagree; awaiting consensus"));
    assertTrue(md.contains("- Lee <et al.> 2018 (S2), 4.2: =convenience \\| sample"), md);
  }

  @Test
  void htmlEscapesAndMarksAnswers() throws Exception {
    String html = write(MmatSummaryTable.Format.HTML, false);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("Lee &lt;et al.&gt; 2018 (S2)"), "escaped");
    assertFalse(html.contains("<et al.>"));
    assertTrue(html.contains("<td class=\"cant-tell\">Can't tell</td>"), html);
    assertFalse(html.contains("<caption>1. Qualitative</caption>"), "no qualitative-only study");
    assertTrue(html.contains(MmatSummaryTable.NO_SCORE));
  }
}
