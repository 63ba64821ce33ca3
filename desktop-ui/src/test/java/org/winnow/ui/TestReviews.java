package org.winnow.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.winnow.core.io.ImportException;
import org.winnow.core.model.Record;
import org.winnow.core.model.SourceType;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.common.Session;

/** Small review projects for the view tests, from files written as databases export them. */
public final class TestReviews {
  private TestReviews() {}

  /** One RIS record; {@code authors} separated by "; ", {@code doi} may be null. */
  public static String ris(
      String id,
      String title,
      String authors,
      String year,
      String journal,
      String pages,
      String doi) {
    StringBuilder s = new StringBuilder("TY  - JOUR\nID  - ").append(id).append('\n');
    s.append("TI  - ").append(title).append('\n');
    for (String a : authors.split("; ")) {
      s.append("AU  - ").append(a).append('\n');
    }
    s.append("PY  - ").append(year).append('\n');
    s.append("JO  - ").append(journal).append('\n');
    s.append("VL  - 91\n");
    s.append("SP  - ").append(pages).append('\n');
    if (doi != null) {
      s.append("DO  - ").append(doi).append('\n');
    }
    s.append("AB  - ").append(title).append(": a study of perinatal care.\n");
    return s.append("ER  - \n\n").toString();
  }

  public static Path write(Path dir, String name, String... records) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("", records));
  }

  public static void importFile(ReviewProject p, String source, Path file)
      throws ImportException, ProjectException {
    p.imports()
        .importFiles(
            new ImportRequest(
                List.of(file), source, SourceType.DATABASE, null, null, null, false, "test"),
            Progress.NONE);
  }

  /** Three records from MEDLINE. */
  public static Path medline(Path dir) throws IOException {
    return write(
        dir,
        "medline.ris",
        ris(
            "m1",
            "Neonatal abstinence syndrome after methadone or buprenorphine exposure",
            "Kaltenbach, Karol; Jones, Hendree E.",
            "2010",
            "Drug and Alcohol Dependence",
            "e8",
            null),
        ris(
            "m2",
            "Group prenatal care for women with opioid use disorder",
            "Smith, Anna; Lee, Ming",
            "2019",
            "Journal of Addiction Medicine",
            "120-126",
            "10.1097/ADM.0000000000000512"),
        ris(
            "m3",
            "Rooming-in and breastfeeding for infants exposed to opioids",
            "Holmes, Alison V.",
            "2016",
            "Pediatrics",
            "e12",
            null));
  }

  /**
   * Two Embase records: e1 is a possible duplicate of m1 (same title and authors, page e31 against
   * e8), e2 a certain duplicate of m2 (same DOI).
   */
  public static Path embase(Path dir) throws IOException {
    return write(
        dir,
        "embase.ris",
        ris(
            "e1",
            "Neonatal abstinence syndrome after methadone or buprenorphine exposure",
            "Kaltenbach, K.; Jones, H. E.",
            "2010",
            "Drug Alcohol Depend",
            "e31",
            null),
        ris(
            "e2",
            "Group prenatal care for women with opioid use disorder.",
            "Smith, A.; Lee, M.",
            "2019",
            "J Addict Med",
            "120",
            "10.1097/adm.0000000000000512"));
  }

  /** A BibTeX file whose second entry is never closed: the error names line 6, field title. */
  public static Path brokenBibtex(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("scopus.bib"),
        "@article{ok1,\n  title = {Methadone in pregnancy},\n  year = {2015}\n}\n\n"
            + "@article{bad2,\n  title = {Buprenorphine and neonatal outcomes,\n"
            + "  year = {2018}\n");
  }

  /** A session with a new, empty project open (tmp/review; settings in tmp/settings). */
  public static Session newProject(Path tmp) throws ProjectException {
    Session session = new Session(tmp.resolve("settings"));
    session.create(tmp.resolve("review"), "Perinatal care for women who use drugs");
    return session;
  }

  /** The citation a record is in, by the ID its file gave it. */
  public static long citationOf(ReviewProject p, String fileId) {
    return p.dedup().clusters().stream()
        .filter(r -> fileId.equals(r.fileRecordId()))
        .mapToLong(Record::citationId)
        .findFirst()
        .orElseThrow();
  }

  /** A project with both files imported, not yet deduplicated. */
  public static void twoSources(ReviewProject p, Path dir) throws Exception {
    importFile(p, "MEDLINE", medline(dir));
    importFile(p, "Embase", embase(dir));
  }
}
