package org.winnow.ui.start;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.winnow.core.io.ImportException;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;

/**
 * Builds the demo review (perinatal care for women who use drugs) from data written for the project
 * and shipped with the application, so every view has content on first launch: four exports (three
 * databases with real-looking cross-database duplicates, and citation searching), deduplicated; a
 * team of three reviewers who have screened part of the review, with conflicts open and resolved, a
 * report not retrieved, and two reports linked to one study; data extraction (TIDieR, study
 * characteristics, outcome data) by two extractors with consensus and one disagreement left open;
 * MMAT appraisals in every category; outcome data for the synthesis. All of it is fictional (see
 * docs/desktop.md and desktop-ui/tools/generate_demo_data.py, which wrote it).
 */
public final class DemoReview {
  /** One bundled export. */
  record DemoSource(String resource, String name, SourceType type) {}

  /** One reviewer's decisions at one stage, in the CSV shape {@code winnow screen} reads. */
  record DemoDecisions(String resource, Stage stage, String reviewer) {}

  static final String FOLDER = "demo/";
  static final String ACTOR = "demo";

  /** The extraction and appraisal answers files, listed in extractions.csv and appraisals.csv. */
  static final String SYNTHESIS = "synthesis/";

  /** The day the searches were run. */
  static final LocalDate SEARCHED = LocalDate.of(2024, 3, 15);

  static final List<DemoSource> SOURCES =
      List.of(
          new DemoSource("medline.nbib", "MEDLINE (PubMed)", SourceType.DATABASE),
          new DemoSource("embase.ris", "Embase (Ovid)", SourceType.DATABASE),
          new DemoSource("psycinfo.ris", "APA PsycInfo (EBSCO)", SourceType.DATABASE),
          new DemoSource("citation-search.ris", "Citation searching", SourceType.CITATION_SEARCH));

  static final List<String> REVIEWERS = List.of("Ana Lima", "Ben Okafor", "Chen Wei");

  static final List<DemoDecisions> TITLE_ABSTRACT =
      List.of(
          new DemoDecisions("screening-title-abstract-ana.csv", Stage.TITLE_ABSTRACT, "Ana Lima"),
          new DemoDecisions("screening-title-abstract-ben.csv", Stage.TITLE_ABSTRACT, "Ben Okafor"),
          new DemoDecisions("screening-title-abstract-chen.csv", Stage.TITLE_ABSTRACT, "Chen Wei"));

  static final List<DemoDecisions> FULL_TEXT =
      List.of(
          new DemoDecisions("screening-full-text-ana.csv", Stage.FULL_TEXT, "Ana Lima"),
          new DemoDecisions("screening-full-text-ben.csv", Stage.FULL_TEXT, "Ben Okafor"));

  private DemoReview() {}

  /** Creates the demo in a new folder and returns it open. */
  public static ReviewProject create(Path folder) throws ProjectException, IOException {
    ReviewProject p =
        ReviewProject.create(folder, "Perinatal care for women who use drugs (demo)", ACTOR);
    Path tmp = Files.createTempDirectory("winnow-demo");
    try {
      for (DemoSource s : SOURCES) {
        p.imports()
            .importFiles(
                new ImportRequest(
                    List.of(copy(s.resource(), tmp)),
                    s.name(),
                    s.type(),
                    SEARCHED,
                    null,
                    null,
                    false,
                    ACTOR),
                Progress.NONE);
      }
      p.dedup().run(ACTOR, Progress.NONE);
      for (String name : REVIEWERS) {
        p.screening().addReviewer(name, null, ACTOR);
      }
      screen(p, TITLE_ABSTRACT, tmp);
      resolve(p, Stage.TITLE_ABSTRACT);
      reports(p);
      screen(p, FULL_TEXT, tmp);
      resolve(p, Stage.FULL_TEXT);
      extract(p);
      appraise(p);
      return p;
    } catch (ProjectException | IOException | RuntimeException e) {
      p.close();
      throw e;
    } catch (ImportException e) {
      p.close();
      throw new IOException("the bundled demo data is damaged: " + e.getMessage(), e);
    } finally {
      StartViewModel.deleteTree(tmp);
    }
  }

  /** The demo's folder in the user's settings folder, rebuilt when asked again. */
  public static Path defaultFolder(Path settings) {
    return settings.resolve("demo-review");
  }

  private static void screen(ReviewProject p, List<DemoDecisions> decisions, Path tmp)
      throws IOException, ImportException, ProjectException {
    for (DemoDecisions d : decisions) {
      p.screening().bulkLoad(d.stage(), d.reviewer(), copy(d.resource(), tmp), ACTOR);
    }
  }

  /** The third reviewer's resolutions of the conflicts the demo settles. */
  private static void resolve(ReviewProject p, Stage stage) throws IOException, ProjectException {
    for (CSVRecord r : rows("resolutions.csv")) {
      if (Stage.parse(r.get("stage")) == stage) {
        p.screening()
            .resolve(
                stage,
                r.get("record_id"),
                DecisionValue.parse(r.get("decision")),
                r.get("reason"),
                r.get("note"),
                r.get("by"));
      }
    }
  }

  /** Full-text retrieval: a report not retrieved, and the reports of one study linked. */
  private static void reports(ReviewProject p) throws IOException, ProjectException {
    Map<String, List<String>> studies = new LinkedHashMap<>();
    for (CSVRecord r : rows("reports.csv")) {
      if (r.get("retrieval").equals("not-retrieved")) {
        p.screening()
            .markRetrieval(r.get("record_id"), false, "Requested through interlibrary loan", ACTOR);
      }
      if (!r.get("study").isBlank()) {
        studies.computeIfAbsent(r.get("study"), k -> new ArrayList<>()).add(r.get("record_id"));
      }
    }
    for (Map.Entry<String, List<String>> s : studies.entrySet()) {
      p.prisma().linkStudy(s.getValue(), s.getKey(), ACTOR);
    }
  }

  /**
   * Data extraction by Ana and Ben (Chen decides consensus): TIDieR with two interventions, study
   * characteristics and outcome data, one TIDieR disagreement left open. The outcome data give an
   * effect-direction table over five domains and one outcome (EPDS at 6 months) to pool.
   */
  private static void extract(ReviewProject p)
      throws IOException, ImportException, ProjectException {
    for (CSVRecord r : rows(SYNTHESIS + "extractions.csv")) {
      String file = r.get("file");
      String text = text(SYNTHESIS + file);
      if (r.get("kind").equals("consensus")) {
        p.extraction().consensus(r.get("study"), r.get("form"), r.get("by"), file, text, ACTOR);
      } else {
        p.extraction().extract(r.get("study"), r.get("form"), r.get("by"), file, text, ACTOR);
      }
    }
  }

  /** MMAT 2018 appraisals by Ana and Ben, with Chen's consensus where they differed. */
  private static void appraise(ReviewProject p)
      throws IOException, ImportException, ProjectException {
    for (CSVRecord r : rows(SYNTHESIS + "appraisals.csv")) {
      String file = r.get("file");
      String text = text(SYNTHESIS + file);
      if (r.get("kind").equals("consensus")) {
        p.appraisal().consensus(r.get("study"), r.get("by"), file, text, ACTOR);
      } else {
        p.appraisal().appraise(r.get("study"), r.get("by"), file, text, ACTOR);
      }
    }
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<CSVRecord> rows(String resource) throws IOException {
    return csv(open(resource));
  }

  /** A CSV file with a header row (the demo's decisions, and the truth the tests read). */
  static List<CSVRecord> csv(InputStream in) throws IOException {
    try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(r)
          .getRecords();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Path copy(String resource, Path tmp) throws IOException {
    Path file = tmp.resolve(resource);
    try (InputStream in = open(resource)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = DemoReview.class.getClassLoader().getResourceAsStream(FOLDER + resource);
    if (in == null) {
      throw new IOException("the demo data " + FOLDER + resource + " is missing from this build");
    }
    return in;
  }
}
