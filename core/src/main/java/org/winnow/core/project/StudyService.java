package org.winnow.core.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.CitationView;
import org.winnow.core.model.Stage;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.ItemStatus;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.RecordDao;
import org.winnow.core.storage.ScreeningDao;
import org.winnow.core.storage.StudyDao;

/**
 * The studies included at full text, which extraction and appraisal describe. A report included at
 * full text without a study gets its own study row the first time studies are listed, so every
 * study has one stable ID ("S" + row id) from then on.
 */
public final class StudyService {
  /** Study IDs are written "S" + the study row's id. */
  public static final String PREFIX = "S";

  private static final Pattern STUDY_ID = Pattern.compile("S(\\d+)");

  /** Labels made from a title are cut to this many characters. */
  private static final int LABEL_LENGTH = 60;

  private final ReviewProject project;

  StudyService(ReviewProject project) {
    this.project = project;
  }

  /** Every included study, by ID; makes study rows for included reports that have none. */
  public List<IncludedStudy> included() {
    ScreeningService screening = project.screening();
    List<Long> reports = new ArrayList<>();
    for (ItemOutcome o : screening.fullTextOutcomes().values()) {
      if (o.status() == ItemStatus.INCLUDED) {
        reports.add(o.itemId());
      }
    }
    Map<Long, String> newLabels = new LinkedHashMap<>();
    Map<Long, Long> studyOfReport = project.database().read(c -> studyOfReport(c, reports));
    for (long r : reports) {
      if (studyOfReport.get(r) == null) {
        newLabels.put(r, label(screening.citation(Stage.FULL_TEXT, r)));
      }
    }
    return project
        .database()
        .inTransaction(
            c -> {
              Map<Long, Long> studies = studyOfReport(c, reports);
              for (Map.Entry<Long, String> e : newLabels.entrySet()) {
                if (studies.get(e.getKey()) == null) {
                  long study = ScreeningDao.addStudy(c, e.getValue());
                  ScreeningDao.linkReportToStudy(c, e.getKey(), study);
                  studies.put(e.getKey(), study);
                  AuditDao.log(c, "winnow", "study-create", "study", study, "report " + e.getKey());
                }
              }
              Map<Long, String> labels = StudyDao.labels(c);
              Map<Long, List<Long>> reportsOfStudy = new TreeMap<>();
              for (long r : reports) {
                reportsOfStudy.computeIfAbsent(studies.get(r), k -> new ArrayList<>()).add(r);
              }
              List<IncludedStudy> out = new ArrayList<>();
              for (Map.Entry<Long, List<Long>> e : reportsOfStudy.entrySet()) {
                List<String> ids = new ArrayList<>();
                for (long r : e.getValue()) {
                  RecordDao.byCitation(c, ScreeningDao.citationOfReport(c, r))
                      .forEach(rec -> ids.add(rec.displayId()));
                }
                out.add(new IncludedStudy(e.getKey(), labels.get(e.getKey()), e.getValue(), ids));
              }
              return out;
            });
  }

  /**
   * The study of each report: its own, else (for a report into which others were merged) the study
   * of a merged report, so extraction and appraisal made on it stay with the merged work.
   */
  private Map<Long, Long> studyOfReport(java.sql.Connection c, List<Long> reports)
      throws java.sql.SQLException {
    Map<Long, Long> out = new LinkedHashMap<>();
    Map<Long, ScreeningDao.ReportRow> rows = new LinkedHashMap<>();
    ScreeningDao.reports(c).forEach(r -> rows.put(r.id(), r));
    Map<Long, List<Long>> merged = project.screening().mergedReports(c);
    for (long r : reports) {
      Long study = rows.get(r).studyId();
      for (long part : merged.getOrDefault(r, List.of())) {
        if (study == null && rows.containsKey(part)) {
          study = rows.get(part).studyId();
        }
      }
      out.put(r, study);
    }
    return out;
  }

  /**
   * The included study a reference names: a study ID ("S3", capital S), or any record ID of one of
   * its reports (file ID or #N). When a record's own file ID reads as another study's ID, the
   * reference is refused as ambiguous (name the record by #N).
   */
  public IncludedStudy study(String ref) throws ProjectException {
    String r = ref == null ? "" : ref.strip();
    if (r.isEmpty()) {
      throw new ProjectException("name a study: its ID (S3) or a record ID of one of its reports");
    }
    List<IncludedStudy> all = included();
    IncludedStudy byId = null;
    Matcher m = STUDY_ID.matcher(r);
    if (m.matches()) {
      long id = Long.parseLong(m.group(1));
      byId = all.stream().filter(x -> x.id() == id).findFirst().orElse(null);
    }
    IncludedStudy byRecord = null;
    ProjectException notARecord = null;
    try {
      long report = project.screening().itemOf(Stage.FULL_TEXT, r);
      byRecord = all.stream().filter(x -> x.reportIds().contains(report)).findFirst().orElse(null);
      if (byRecord == null) {
        notARecord =
            new ProjectException(
                "record " + r + " is not included at full text, so it is not a study to describe");
      }
    } catch (ProjectException e) {
      notARecord = e;
    }
    if (byId != null && byRecord != null && !byId.equals(byRecord)) {
      throw new ProjectException(
          "'"
              + r
              + "' is study "
              + byId.code()
              + " and also a record of study "
              + byRecord.code()
              + "; name the record as #N (its project id) instead");
    }
    if (byId != null) {
      return byId;
    }
    if (byRecord != null) {
      return byRecord;
    }
    if (m.matches() || notARecord.getMessage().startsWith("no record")) {
      throw new ProjectException(
          "no included study '"
              + r
              + "': give a study ID ("
              + (all.isEmpty()
                  ? "none yet: include reports at full text first"
                  : String.join(", ", all.stream().map(IncludedStudy::code).toList()))
              + ") or a record ID of an included report");
    }
    throw notARecord;
  }

  /**
   * Links reports (by any record ID of each) to one study and returns its id. The reports' existing
   * study is kept (the lowest id when they have several), so answers already given for it stay with
   * it; a study that would be left without reports while holding extracted or appraised data is
   * refused rather than orphaned.
   */
  public long link(List<String> recordIds, String label, String actor) throws ProjectException {
    if (recordIds.isEmpty()) {
      throw new ProjectException("name the reports to link by a record ID of each");
    }
    ScreeningService screening = project.screening();
    List<Long> reports = new ArrayList<>();
    for (String id : recordIds) {
      reports.add(screening.itemOf(Stage.FULL_TEXT, id));
    }
    String title = screening.citation(Stage.FULL_TEXT, reports.get(0)).fields().title();
    return project
        .database()
        .inTransaction(
            ProjectException.class,
            c -> {
              List<ScreeningDao.ReportRow> rows = ScreeningDao.reports(c);
              TreeMap<Long, Integer> linked = new TreeMap<>();
              for (ScreeningDao.ReportRow row : rows) {
                if (row.studyId() != null) {
                  linked.merge(row.studyId(), reports.contains(row.id()) ? 0 : 1, Integer::sum);
                }
              }
              List<Long> existing =
                  rows.stream()
                      .filter(row -> reports.contains(row.id()) && row.studyId() != null)
                      .map(ScreeningDao.ReportRow::studyId)
                      .distinct()
                      .sorted()
                      .toList();
              long study;
              if (existing.isEmpty()) {
                String name = label != null ? label : title;
                study = ScreeningDao.addStudy(c, name == null ? "Study" : name);
              } else {
                study = existing.get(0);
                for (long other : existing.subList(1, existing.size())) {
                  if (linked.get(other) == 0 && StudyDao.hasData(c, other)) {
                    throw new ProjectException(
                        PREFIX
                            + other
                            + " already has extracted or appraised data and would be left"
                            + " without reports; link its reports to "
                            + PREFIX
                            + other
                            + " instead, or keep them apart");
                  }
                }
                if (label != null) {
                  StudyDao.setLabel(c, study, label);
                }
              }
              for (long r : reports) {
                ScreeningDao.linkReportToStudy(c, r, study);
              }
              AuditDao.log(c, actor, "study-link", "study", study, recordIds.toString());
              return study;
            });
  }

  /**
   * Takes one report (by any record ID) out of the study it shares with other reports and gives it
   * a study of its own, labelled from its citation. The study keeps its ID and everything extracted
   * or appraised for it, which stays with the remaining reports. A report alone in its study is
   * refused: there is nothing to unlink.
   */
  public IncludedStudy unlink(String recordId, String actor) throws ProjectException {
    ScreeningService screening = project.screening();
    long report = screening.itemOf(Stage.FULL_TEXT, recordId);
    String label = label(screening.citation(Stage.FULL_TEXT, report));
    String study =
        included().stream()
            .filter(s -> s.reportIds().contains(report))
            .map(IncludedStudy::code)
            .findFirst()
            .orElse(null);
    long alone =
        project
            .database()
            .inTransaction(
                ProjectException.class,
                c -> {
                  ScreeningDao.ReportRow row = ScreeningDao.report(c, report);
                  Long current = row.studyId();
                  long sharing =
                      ScreeningDao.reports(c).stream()
                          .filter(r -> current != null && current.equals(r.studyId()))
                          .count();
                  if (current == null || sharing < 2) {
                    throw new ProjectException(
                        recordId
                            + " is the only report of "
                            + (study != null ? study : "its study")
                            + ": there is nothing to unlink");
                  }
                  long own = ScreeningDao.addStudy(c, label);
                  ScreeningDao.linkReportToStudy(c, report, own);
                  AuditDao.log(
                      c,
                      actor,
                      "study-unlink",
                      "study",
                      current,
                      recordId + " moved to its own study " + PREFIX + own);
                  return own;
                });
    return study(PREFIX + alone);
  }

  /**
   * One report of a study as lists show it.
   *
   * @param recordIds the file IDs of its citation's records
   * @param pdf its attached full text, or null
   */
  public record StudyReport(long reportId, String title, List<String> recordIds, Path pdf) {
    public StudyReport {
      recordIds = List.copyOf(recordIds);
    }
  }

  /** The reports of a study, with their titles and attached full texts. */
  public List<StudyReport> reports(IncludedStudy study) {
    ScreeningService screening = project.screening();
    Map<Long, String> titles = new LinkedHashMap<>();
    for (long r : study.reportIds()) {
      String title = screening.citation(Stage.FULL_TEXT, r).fields().title();
      titles.put(r, title == null ? "" : title);
    }
    List<StudyReport> out = new ArrayList<>();
    project
        .database()
        .read(
            c -> {
              for (long r : study.reportIds()) {
                ScreeningDao.ReportRow row = ScreeningDao.report(c, r);
                List<String> ids = new ArrayList<>();
                RecordDao.byCitation(c, row.citationId()).forEach(rec -> ids.add(rec.displayId()));
                out.add(
                    new StudyReport(
                        r,
                        titles.get(r),
                        ids,
                        row.pdfPath() == null ? null : project.fullTextFile(row.pdfPath())));
              }
              return null;
            });
    return out;
  }

  /** "Jones 2015": first author's family name and year; else the title, shortened. */
  static String label(CitationView citation) {
    Bibliographic f = citation.fields();
    String year = f.year() == null ? "" : " " + f.year();
    if (!f.authors().isEmpty() && !f.authors().get(0).family().isBlank()) {
      String family = f.authors().get(0).family();
      return family + (f.authors().size() > 1 ? " et al." : "") + year;
    }
    String title = f.title() == null ? "" : f.title().strip();
    if (title.isEmpty()) {
      return "Citation " + citation.citationId() + year;
    }
    if (title.length() > LABEL_LENGTH) {
      title = title.substring(0, LABEL_LENGTH).strip() + "…";
    }
    return title + year;
  }
}
