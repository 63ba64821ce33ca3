package org.winnow.core.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.appraisal.Appraisal;
import org.winnow.core.appraisal.MmatAppraisal;
import org.winnow.core.appraisal.MmatComparison;
import org.winnow.core.appraisal.MmatJson;
import org.winnow.core.appraisal.MmatResult;
import org.winnow.core.extraction.StudyRef;
import org.winnow.core.io.ImportException;
import org.winnow.core.model.ConsensusStatus;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.WriteKey;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.ContributionDao;

/**
 * MMAT 2018 appraisal of included studies: each appraiser's answers (blinded from the others until
 * the required appraisals are in), their comparison per criterion, the consensus with who decided
 * it, and the summary per study and criterion. Every write is one transaction and audited.
 */
public final class AppraisalService {
  /** Two independent appraisals before anyone sees another's. */
  public static final int APPRAISERS = 2;

  private static final String APPRAISER = "appraiser";
  private static final String CONSENSUS = "consensus";

  private final ReviewProject project;

  AppraisalService(ReviewProject project) {
    this.project = project;
  }

  /** Records one appraiser's answers from an answers file. */
  public Appraisal appraise(String studyRef, String appraiserName, Path answers, String origin)
      throws ImportException, ProjectException {
    return appraise(
        studyRef,
        appraiserName,
        answers.getFileName().toString(),
        ExtractionService.readText(answers),
        origin);
  }

  /** Records one appraiser's answers given as answers-file text. */
  public Appraisal appraise(
      String studyRef, String appraiserName, String fileName, String text, String origin)
      throws ImportException, ProjectException {
    IncludedStudy study = project.studies().study(studyRef);
    Reviewer appraiser = project.screening().reviewer(appraiserName);
    MmatAppraisal mmat = MmatJson.read(fileName, text);
    return store(study, appraiser, false, mmat, List.of(), origin);
  }

  private Appraisal store(
      IncludedStudy study,
      Reviewer by,
      boolean consensus,
      MmatAppraisal mmat,
      List<Long> basedOn,
      String origin) {
    String json = MmatJson.write(mmat).toString();
    WriteKey key = WriteKey.random(); // made once: a retry sends it again
    long id =
        project
            .database()
            .idempotent(
                c -> {
                  long row =
                      ContributionDao.add(
                          c,
                          key,
                          ContributionDao.Table.APPRAISAL,
                          study.id(),
                          MmatAppraisal.TOOL,
                          by.id(),
                          consensus ? CONSENSUS : APPRAISER,
                          json,
                          basedOn.isEmpty() ? null : basedOn.toString(),
                          mmat.note(),
                          origin);
                  AuditDao.log(
                      c,
                      key.derived("audit"),
                      by.name(),
                      consensus ? "appraise-consensus" : "appraise",
                      "study",
                      study.id(),
                      MmatAppraisal.TOOL
                          + (mmat.category() == null ? "" : " " + mmat.category().id())
                          + (consensus ? " settling appraisals " + basedOn : ""));
                  return row;
                });
    return appraisals(study.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
  }

  private List<Appraisal> appraisals(long studyId) {
    return project
        .database()
        .read(c -> ContributionDao.rows(c, ContributionDao.Table.APPRAISAL, studyId))
        .stream()
        .filter(row -> row.subject().equals(MmatAppraisal.TOOL))
        .map(AppraisalService::appraisal)
        .toList();
  }

  private static Appraisal appraisal(ContributionDao.Row row) {
    MmatAppraisal mmat;
    try {
      mmat = MmatJson.read("appraisal " + row.id(), row.answers());
    } catch (ImportException e) {
      throw new IllegalStateException(
          "stored appraisal " + row.id() + " does not read back: " + e.getMessage(), e);
    }
    List<Long> basedOn = Contributions.ids(row.basedOn());
    return new Appraisal(
        row.id(),
        row.studyId(),
        row.reviewerName(),
        row.kind().equals(CONSENSUS),
        mmat,
        basedOn,
        row.origin(),
        row.createdAt());
  }

  /** A study's appraisals compared per criterion; refused until the required appraisals are in. */
  public StudyAppraisals compare(String studyRef) throws ProjectException {
    IncludedStudy study = project.studies().study(studyRef);
    List<Appraisal> all = appraisals(study.id());
    Map<String, Appraisal> latest = Contributions.latestByPerson(all);
    if (latest.size() < APPRAISERS) {
      throw new ProjectException(
          study.code()
              + " has "
              + latest.size()
              + " appraisal(s)"
              + (latest.isEmpty() ? "" : " (by " + String.join(", ", latest.keySet()) + ")")
              + "; the comparison needs "
              + APPRAISERS
              + ": appraisals stay blinded until they are in");
    }
    return new StudyAppraisals(study.ref(), comparison(latest), Contributions.latestConsensus(all));
  }

  private static MmatComparison comparison(Map<String, Appraisal> latest) {
    Map<String, MmatAppraisal> byName = new LinkedHashMap<>();
    latest.forEach((name, a) -> byName.put(name, a.mmat()));
    return MmatComparison.of(byName);
  }

  /** One study's comparison. */
  public record StudyAppraisals(StudyRef study, MmatComparison comparison, Appraisal consensus) {}

  /** The comparison of every study with the required appraisals. */
  public List<StudyAppraisals> compareAll() {
    List<StudyAppraisals> out = new ArrayList<>();
    for (IncludedStudy study : project.studies().included()) {
      List<Appraisal> all = appraisals(study.id());
      Map<String, Appraisal> latest = Contributions.latestByPerson(all);
      if (latest.size() >= APPRAISERS) {
        out.add(
            new StudyAppraisals(
                study.ref(), comparison(latest), Contributions.latestConsensus(all)));
      }
    }
    return out;
  }

  /** Records the consensus from an answers file, with who decided; needs the appraisals first. */
  public Appraisal consensus(String studyRef, String decidedBy, Path answers, String origin)
      throws ImportException, ProjectException {
    return consensus(
        studyRef,
        decidedBy,
        answers.getFileName().toString(),
        ExtractionService.readText(answers),
        origin);
  }

  /** Records the consensus from answers-file text. */
  public Appraisal consensus(
      String studyRef, String decidedBy, String fileName, String text, String origin)
      throws ImportException, ProjectException {
    compare(studyRef);
    IncludedStudy study = project.studies().study(studyRef);
    Reviewer by = project.screening().reviewer(decidedBy);
    MmatAppraisal mmat = MmatJson.read(fileName, text);
    return store(study, by, true, mmat, Contributions.settled(appraisals(study.id())), origin);
  }

  /** Records the consensus as one appraiser's answers, taken whole. */
  public Appraisal consensusFrom(String studyRef, String decidedBy, String fromAppraiser)
      throws ProjectException {
    MmatComparison settled = compare(studyRef).comparison();
    IncludedStudy study = project.studies().study(studyRef);
    Reviewer by = project.screening().reviewer(decidedBy);
    Reviewer from = project.screening().reviewer(fromAppraiser);
    List<Appraisal> all = appraisals(study.id());
    Appraisal source = Contributions.latestByPerson(all).get(from.name());
    if (source == null) {
      throw new ProjectException(
          from.name()
              + " has not appraised "
              + study.code()
              + " (appraisers: "
              + String.join(", ", settled.appraisers())
              + ")");
    }
    return store(study, by, true, source.mmat(), Contributions.settled(all), "from:" + from.name());
  }

  /**
   * Every appraised included study: each appraiser's latest appraisal and the final one (consensus;
   * else all appraisers agree on every item; else the only appraisal).
   */
  public List<MmatResult> results() {
    List<MmatResult> out = new ArrayList<>();
    for (IncludedStudy study : project.studies().included()) {
      List<Appraisal> all = appraisals(study.id());
      if (all.isEmpty()) {
        continue;
      }
      Map<String, Appraisal> latest = Contributions.latestByPerson(all);
      Appraisal consensus = Contributions.latestConsensus(all);
      List<Appraisal> shown = new ArrayList<>(latest.values());
      if (consensus != null) {
        shown.add(consensus);
        out.add(
            new MmatResult(
                study.ref(), ConsensusStatus.CONSENSUS, consensus.by(), consensus.mmat(), shown));
      } else if (latest.size() == 1) {
        out.add(
            new MmatResult(
                study.ref(),
                ConsensusStatus.SINGLE,
                null,
                latest.values().iterator().next().mmat(),
                shown));
      } else if (comparison(latest).agrees()) {
        out.add(
            new MmatResult(
                study.ref(),
                ConsensusStatus.AGREED,
                null,
                latest.values().iterator().next().mmat(),
                shown));
      } else {
        out.add(new MmatResult(study.ref(), ConsensusStatus.PENDING, null, null, shown));
      }
    }
    return out;
  }
}
