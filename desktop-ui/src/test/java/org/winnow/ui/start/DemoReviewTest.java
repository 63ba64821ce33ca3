package org.winnow.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.appraisal.MmatCategory;
import org.winnow.core.appraisal.MmatResult;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.model.ConsensusStatus;
import org.winnow.core.model.ImportBatch;
import org.winnow.core.model.Record;
import org.winnow.core.model.Stage;
import org.winnow.core.prisma.PrismaChecks;
import org.winnow.core.project.DedupService;
import org.winnow.core.project.PrismaField;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.SynthesisService;
import org.winnow.core.stats.Appraisal;
import org.winnow.core.stats.direction.DirectionRule;
import org.winnow.core.stats.pooling.PoolingMethod;

/**
 * The bundled demo review: each export is detected as the format it imitates, the demo builds, the
 * planted cross-database duplicates are found (measured against the generator's truth file,
 * src/test/resources/demo-truth.csv) and the seeded screening gives every view content.
 */
class DemoReviewTest {
  @TempDir static Path tmp;
  static ReviewProject demo;

  @BeforeAll
  static void build() throws Exception {
    demo = DemoReview.create(tmp.resolve("demo"));
  }

  @AfterAll
  static void close() {
    demo.close();
  }

  @Test
  void everyExportIsDetectedAsTheFormatItImitates() throws Exception {
    Map<String, String> expected =
        Map.of(
            "medline.nbib", "medline",
            "embase.ris", "ris",
            "psycinfo.ris", "ris",
            "citation-search.ris", "ris");
    for (DemoReview.DemoSource s : DemoReview.SOURCES) {
      byte[] bytes;
      try (InputStream in = resource(DemoReview.FOLDER + s.resource())) {
        bytes = in.readAllBytes();
      }
      ImportText text = TextDecoder.decode(s.resource(), bytes);
      assertEquals(
          expected.get(s.resource()),
          FormatRegistry.standard().detect(text).orElseThrow().id(),
          s.resource());
    }
    Map<String, String> imported =
        demo.summary().batches().stream()
            .collect(Collectors.toMap(ImportBatch::fileName, ImportBatch::format));
    assertEquals(expected, imported);
  }

  @Test
  void everyRecordOfEveryExportIsImported() throws Exception {
    Map<String, Long> inTruth =
        truth().stream().collect(Collectors.groupingBy(r -> r.get("file"), Collectors.counting()));
    Map<String, Long> imported =
        demo.summary().batches().stream()
            .collect(Collectors.toMap(ImportBatch::fileName, b -> (long) b.recordCount()));
    System.out.println("demo records per export: " + imported);
    assertEquals(inTruth, imported);
    assertEquals(4, demo.summary().sources().size());
  }

  /**
   * The metric of DESIGN.md section 6 over the planted truth: every true cluster of the databases
   * and citation searching, every singleton, including the traps (an erratum, the meeting abstract
   * of a later article, the protocol of a trial, parts 1 and 2 of one study). A planted duplicate
   * is found when it is merged, or queued for a reviewer beside a record of its work.
   */
  @Test
  void deduplicationFindsThePlantedDuplicates() throws Exception {
    Map<Long, String> batchFile = new HashMap<>();
    demo.summary().batches().forEach(b -> batchFile.put(b.id(), b.fileName()));
    Map<String, String> workOf = new HashMap<>();
    for (CSVRecord r : truth()) {
      workOf.put(r.get("file") + "#" + r.get("position"), r.get("work"));
    }
    Function<Record, String> work =
        r -> workOf.get(batchFile.get(r.batchId()) + "#" + r.position());
    Map<String, Set<Long>> citationsOfWork = new HashMap<>();
    Map<Long, Set<String>> worksOfCitation = new HashMap<>();
    Map<String, Integer> recordsOfWork = new HashMap<>();
    for (Record r : demo.records()) {
      citationsOfWork.computeIfAbsent(work.apply(r), k -> new HashSet<>()).add(r.citationId());
      worksOfCitation.computeIfAbsent(r.citationId(), k -> new HashSet<>()).add(work.apply(r));
      recordsOfWork.merge(work.apply(r), 1, Integer::sum);
    }
    int planted = recordsOfWork.values().stream().mapToInt(n -> n - 1).sum();
    int kept = citationsOfWork.values().stream().mapToInt(c -> c.size() - 1).sum();
    long wronglyMerged =
        worksOfCitation.values().stream().filter(w -> w.size() > 1).mapToInt(Set::size).sum();
    int queuedTrue = 0;
    int queuedTraps = 0;
    for (DedupService.QueuedPair q : demo.dedup().queue()) {
      boolean same = work.apply(q.a()).equals(work.apply(q.b()));
      queuedTrue += same ? 1 : 0;
      queuedTraps += same ? 0 : 1;
      System.out.println(
          "queued ("
              + (same ? "duplicate" : "different works")
              + "): "
              + q.a().fields().title()
              + " | "
              + q.b().fields().title());
    }
    System.out.printf(
        "demo dedup: %d records, %d works, %d planted duplicates: %d merged, %d queued for review,"
            + " %d missed; %d works wrongly merged; %d pairs of different works queued%n",
        demo.records().size(),
        recordsOfWork.size(),
        planted,
        planted - kept,
        queuedTrue,
        kept - queuedTrue,
        wronglyMerged,
        queuedTraps);
    assertEquals(43, planted, "42 across the databases and one found again by citation searching");
    assertEquals(0, wronglyMerged, "erratum, meeting abstract, protocol and parts stay apart");
    assertEquals(kept, queuedTrue, "every planted duplicate is merged or queued for review");
  }

  @Test
  void theTeamHasScreenedPartOfTheReview() {
    assertEquals(3, demo.screening().reviewers().size());
    assertEquals(3, demo.screening().conflicts(Stage.TITLE_ABSTRACT).size());
    assertEquals(1, demo.screening().conflicts(Stage.FULL_TEXT).size());
    Map<String, PrismaField> counts = demo.prisma().counts();
    System.out.println(
        "demo PRISMA: "
            + counts.values().stream()
                .map(f -> f.name() + "=" + f.value())
                .collect(Collectors.joining(", ")));
    assertTrue(counts.get("new_reports").value() > counts.get("new_studies").value());
    assertEquals(1, counts.get("dbr_notretrieved_reports").value());
    assertTrue(counts.get("dbr_excluded").breakdown().size() >= 2, "reasons for exclusion");
    assertEquals(
        List.of(), PrismaChecks.check(demo.prisma().toCounts(counts)), "every number adds up");
  }

  @Test
  void extractionAppraisalAndSynthesisHaveContent() throws Exception {
    Map<String, ConsensusStatus> forms = new HashMap<>();
    for (FormResult r : demo.extraction().results(null)) {
      forms.put(r.study().label() + " / " + r.template().id(), r.status());
      assertTrue(
          r.extractions().stream().filter(e -> !e.consensus()).count() >= 2,
          "two extractors: " + r.study().label() + " / " + r.template().id());
    }
    assertEquals(
        1,
        forms.values().stream().filter(st -> st == ConsensusStatus.PENDING).count(),
        "one disagreement left open: " + forms);
    assertEquals(ConsensusStatus.PENDING, forms.get("Whelan et al. 2020 / tidier"));
    assertEquals(ConsensusStatus.CONSENSUS, forms.get("PEER-PP trial / tidier"));
    assertTrue(forms.containsKey("PEER-PP trial / study-characteristics"));
    FormResult peer =
        demo.extraction().results("tidier").stream()
            .filter(r -> r.study().label().equals("PEER-PP trial"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, peer.finalAnswers().instances("interventions").size(), "two interventions");

    List<MmatResult> mmat = demo.appraisal().results();
    Set<MmatCategory> categories = new HashSet<>();
    mmat.forEach(r -> categories.add(r.finalAppraisal().category()));
    assertEquals(Set.of(MmatCategory.values()), categories, "every MMAT category");
    assertTrue(mmat.stream().anyMatch(r -> r.status() == ConsensusStatus.CONSENSUS));
    assertTrue(mmat.stream().allMatch(r -> r.appraisals().size() >= 2), "two appraisers each");

    SynthesisService synthesis = demo.synthesis();
    SynthesisService.EffectDirection direction =
        synthesis.effectDirection(SynthesisService.Filter.ALL, DirectionRule.SEVENTY_PERCENT);
    assertEquals(
        5, direction.synthesis().domains().size(), direction.synthesis().domains().toString());
    assertEquals(7, direction.synthesis().studies().size());
    assertEquals(Appraisal.HIGH, direction.synthesis().studies().get(0).appraisal());
    SynthesisService.Pooling pooled =
        synthesis.pool(
            new SynthesisService.Filter(List.of("Depressive symptoms (EPDS)"), null, null),
            PoolingMethod.REML);
    assertEquals(4, pooled.pooled().effect().k(), "one outcome, one measure, four studies");
    System.out.printf(
        "demo synthesis: %d domains, %d studies in the effect-direction table; EPDS pooled (REML)"
            + " g = %.3f, k = %d%n",
        direction.synthesis().domains().size(),
        direction.synthesis().studies().size(),
        pooled.pooled().effect().estimate(),
        pooled.pooled().effect().k());
  }

  private static List<CSVRecord> truth() throws IOException {
    return DemoReview.csv(resource("demo-truth.csv"));
  }

  private static InputStream resource(String name) {
    return DemoReviewTest.class.getClassLoader().getResourceAsStream(name);
  }
}
