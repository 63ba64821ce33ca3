package org.winnow.core.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.winnow.core.extraction.AnswerCodec;
import org.winnow.core.extraction.AnswersFile;
import org.winnow.core.extraction.BuiltInTemplates;
import org.winnow.core.extraction.Extraction;
import org.winnow.core.extraction.ExtractionComparison;
import org.winnow.core.extraction.ExtractionDraft;
import org.winnow.core.extraction.FormAnswers;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.extraction.FormTemplate;
import org.winnow.core.extraction.StudyComparison;
import org.winnow.core.extraction.TemplateInfo;
import org.winnow.core.extraction.TemplateJson;
import org.winnow.core.extraction.TemplateMigration;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.json.LocatedJson;
import org.winnow.core.model.ConsensusStatus;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.WriteKey;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.ContributionDao;
import org.winnow.core.storage.ExtractionDao;

/**
 * Data extraction: form templates (built-in and imported, every version kept), each extractor's
 * answers (blinded from the others until the required extractions are in), their field-level
 * comparison, the consensus and who decided it, and upgrading answers to a newer template version.
 * Every write is one transaction and audited.
 */
public final class ExtractionService {
  /** Double extraction: two independent extractions before anyone sees another's answers. */
  public static final int EXTRACTORS = 2;

  private static final String BUILT_IN = "built-in";
  private static final String EXTRACTOR = "extractor";
  private static final String CONSENSUS = "consensus";

  private final ReviewProject project;

  ExtractionService(ReviewProject project) {
    this.project = project;
  }

  // ---------------------------------------------------------------- templates

  /** Every template version the project knows: built in, and imported or kept for old answers. */
  public List<TemplateInfo> templates() {
    Map<String, TreeMap<Integer, TemplateInfo>> known = known();
    List<TemplateInfo> out = new ArrayList<>();
    known.forEach(
        (id, versions) ->
            versions.forEach(
                (v, info) ->
                    out.add(
                        new TemplateInfo(
                            info.template(), info.origin(), v.equals(versions.lastKey())))));
    return out;
  }

  /** A template by reference: "tidier" (the latest version) or "tidier@1". */
  public FormTemplate template(String ref) throws ProjectException {
    String r = ref == null ? "" : ref.strip();
    int at = r.indexOf('@');
    String id = at < 0 ? r : r.substring(0, at);
    Integer version = null;
    if (at >= 0) {
      try {
        version = Integer.parseInt(r.substring(at + 1));
      } catch (NumberFormatException e) {
        throw new ProjectException(
            "'" + ref + "': write a form as ID or ID@VERSION, e.g. tidier@1");
      }
    }
    return template(id, version);
  }

  private FormTemplate template(String id, Integer version) throws ProjectException {
    Map<String, TreeMap<Integer, TemplateInfo>> known = known();
    TreeMap<Integer, TemplateInfo> versions = known.get(id);
    if (versions == null) {
      throw new ProjectException(
          "no form '" + id + "' (forms: " + String.join(", ", known.keySet()) + ")");
    }
    TemplateInfo info = version == null ? versions.lastEntry().getValue() : versions.get(version);
    if (info == null) {
      throw new ProjectException(
          "form " + id + " has no version " + version + " (versions: " + versions.keySet() + ")");
    }
    return info.template();
  }

  private Map<String, TreeMap<Integer, TemplateInfo>> known() {
    Map<String, TreeMap<Integer, TemplateInfo>> out = new TreeMap<>();
    for (FormTemplate t : BuiltInTemplates.all()) {
      out.computeIfAbsent(t.id(), k -> new TreeMap<>())
          .put(t.version(), new TemplateInfo(t, BUILT_IN, false));
    }
    for (ExtractionDao.TemplateRow row : project.database().read(ExtractionDao::templates)) {
      out.computeIfAbsent(row.formId(), k -> new TreeMap<>())
          .put(row.version(), new TemplateInfo(stored(row), row.origin(), false));
    }
    return out;
  }

  private static FormTemplate stored(ExtractionDao.TemplateRow row) {
    try {
      return TemplateJson.read(row.formId() + "@" + row.version(), row.definition());
    } catch (ImportException e) {
      throw new IllegalStateException("stored template does not read back: " + e.getMessage(), e);
    }
  }

  /** What importing a template did. */
  public record TemplateImport(FormTemplate template, boolean added) {}

  /**
   * Adds a template version to the project. The same version again with the same content changes
   * nothing; with other content it is refused: a changed template is a new version, so answers
   * given with the old one keep their meaning.
   */
  public TemplateImport importTemplate(Path file, String actor)
      throws ImportException, ProjectException {
    String name = file.getFileName().toString();
    FormTemplate t = TemplateJson.read(name, readText(file));
    String text = TemplateJson.write(t);
    FormTemplate existing;
    try {
      existing = template(t.id(), t.version());
    } catch (ProjectException e) {
      existing = null;
    }
    if (existing != null) {
      if (TemplateJson.write(existing).equals(text)) {
        return new TemplateImport(t, false);
      }
      throw new ProjectException(
          "form "
              + t.ref()
              + " already exists with other content; give the changed template a new version"
              + " (\"version\": "
              + (latestVersion(t.id()) + 1)
              + ") so that answers given with version "
              + t.version()
              + " keep their meaning");
    }
    boolean added =
        project
            .database()
            .inTransaction(
                c -> {
                  ExtractionDao.addTemplate(
                      c,
                      t.id(),
                      t.version(),
                      t.title(),
                      text,
                      sha256(text),
                      "import:" + name,
                      actor);
                  AuditDao.log(
                      c, actor, "form-import", "form_template", null, t.ref() + " from " + name);
                  return true;
                });
    return new TemplateImport(t, added);
  }

  private int latestVersion(String id) {
    TreeMap<Integer, TemplateInfo> versions = known().get(id);
    return versions == null ? 0 : versions.lastKey();
  }

  /** The project's row of a template, storing a built-in one the first time answers use it. */
  private static long templateRow(Connection c, FormTemplate t, String actor) throws SQLException {
    var row = ExtractionDao.template(c, t.id(), t.version());
    if (row.isPresent()) {
      return row.get().id();
    }
    String text = TemplateJson.write(t);
    return ExtractionDao.addTemplate(
        c, t.id(), t.version(), t.title(), text, sha256(text), BUILT_IN, actor);
  }

  // ---------------------------------------------------------------- extractions

  /** Records one extractor's answers from an answers file. */
  public Extraction extract(
      String studyRef, String formRef, String extractorName, Path answers, String origin)
      throws ImportException, ProjectException {
    return extract(
        studyRef,
        formRef,
        extractorName,
        answers.getFileName().toString(),
        readText(answers),
        origin);
  }

  /** Records one extractor's answers given as answers-file text. */
  public Extraction extract(
      String studyRef,
      String formRef,
      String extractorName,
      String fileName,
      String text,
      String origin)
      throws ImportException, ProjectException {
    IncludedStudy study = project.studies().study(studyRef);
    Reviewer extractor = project.screening().reviewer(extractorName);
    AnswersFile file = AnswersFile.parse(fileName, text);
    FormTemplate t = resolve(formRef, file);
    FormAnswers answers = file.answers(t);
    return store(study, t, extractor, false, answers, List.of(), file.note(), origin);
  }

  /** The template an answers file is for: --form and the file's own form and version agree. */
  private FormTemplate resolve(String formRef, AnswersFile file)
      throws ImportException, ProjectException {
    if (formRef == null && file.form() == null) {
      throw file.error("form", "name the form with --form, or \"form\" in the file");
    }
    FormTemplate named = formRef == null ? null : template(formRef);
    if (named != null && file.form() != null && !named.id().equals(file.form())) {
      throw file.error(
          "form", "this file answers form '" + file.form() + "', not '" + named.id() + "'");
    }
    String id = named != null ? named.id() : file.form();
    boolean versionNamed = formRef != null && formRef.contains("@");
    if (file.version() != null) {
      if (versionNamed && named.version() != file.version()) {
        throw file.error(
            "version", "this file answers version " + file.version() + ", not " + named.ref());
      }
      try {
        return template(id, file.version());
      } catch (ProjectException e) {
        throw file.error("version", e.getMessage());
      }
    }
    return named != null ? named : template(id, null);
  }

  private Extraction store(
      IncludedStudy study,
      FormTemplate t,
      Reviewer by,
      boolean consensus,
      FormAnswers answers,
      List<Long> basedOn,
      String note,
      String origin) {
    String json = AnswerCodec.write(answers, t).toString();
    WriteKey key = WriteKey.random(); // made once: a retry sends it again
    long id =
        project
            .database()
            .idempotent(
                c -> {
                  long template = templateRow(c, t, by.name());
                  long row =
                      ContributionDao.add(
                          c,
                          key,
                          ContributionDao.Table.EXTRACTION,
                          study.id(),
                          template,
                          by.id(),
                          consensus ? CONSENSUS : EXTRACTOR,
                          json,
                          basedOn.isEmpty() ? null : basedOn.toString(),
                          note,
                          origin);
                  ExtractionDao.deleteDraft(
                      c, study.id(), template, by.id(), consensus ? CONSENSUS : EXTRACTOR);
                  AuditDao.log(
                      c,
                      key.derived("audit"),
                      by.name(),
                      consensus ? "extract-consensus" : "extract",
                      "study",
                      study.id(),
                      t.ref()
                          + " "
                          + answers.answeredCount()
                          + " answers"
                          + (consensus ? " settling extractions " + basedOn : ""));
                  return row;
                });
    return extractions(study.id(), t.id()).stream()
        .filter(e -> e.id() == id)
        .findFirst()
        .orElseThrow();
  }

  /** Every stored extraction of a study (and form, when given), oldest first. */
  private List<Extraction> extractions(long studyId, String formId) {
    Map<String, TreeMap<Integer, TemplateInfo>> known = known();
    return project
        .database()
        .read(
            c -> {
              Map<String, ExtractionDao.TemplateRow> templates = new LinkedHashMap<>();
              ExtractionDao.templates(c).forEach(t -> templates.put(Long.toString(t.id()), t));
              List<Extraction> out = new ArrayList<>();
              for (ContributionDao.Row row :
                  ContributionDao.rows(c, ContributionDao.Table.EXTRACTION, studyId)) {
                ExtractionDao.TemplateRow t = templates.get(row.subject());
                if (formId == null || t.formId().equals(formId)) {
                  out.add(extraction(row, known.get(t.formId()).get(t.version()).template()));
                }
              }
              return out;
            });
  }

  private static Extraction extraction(ContributionDao.Row row, FormTemplate t) {
    FormAnswers answers;
    try {
      answers = AnswerCodec.read(LocatedJson.parse("extraction " + row.id(), row.answers()), "", t);
    } catch (ImportException e) {
      throw new IllegalStateException(
          "stored extraction " + row.id() + " does not read back: " + e.getMessage(), e);
    }
    return new Extraction(
        row.id(),
        row.studyId(),
        t,
        row.reviewerName(),
        row.kind().equals(CONSENSUS),
        answers,
        Contributions.ids(row.basedOn()),
        row.note(),
        row.origin(),
        row.createdAt());
  }

  /**
   * A study's extractions of a form as one extractor may see them: their own, and the others' only
   * once every required extraction is in (blinding as in screening).
   */
  public ExtractionView view(String studyRef, String formId, String extractorName)
      throws ProjectException {
    IncludedStudy study = project.studies().study(studyRef);
    Reviewer me = project.screening().reviewer(extractorName);
    return view(study, me, extractions(study.id(), template(formId).id()));
  }

  private static ExtractionView view(IncludedStudy study, Reviewer me, List<Extraction> all) {
    Map<String, Extraction> latest = Contributions.latestByPerson(all);
    Extraction own = latest.get(me.name());
    boolean blinded = own == null || latest.size() < EXTRACTORS;
    List<Extraction> others =
        blinded
            ? List.of()
            : latest.values().stream().filter(e -> !e.by().equals(me.name())).toList();
    return new ExtractionView(
        study.ref(), own, others, blinded ? null : Contributions.latestConsensus(all), blinded);
  }

  /**
   * What a window needs to open one study's form for one person, read at once: the view as they may
   * see it, their draft, and the comparison once the required extractions are in.
   *
   * @param draft their draft of the latest version, or null
   * @param comparison null while blinded or when the extractions use different versions
   * @param noComparison why there is no comparison, or null
   */
  public record FormOpening(
      ExtractionView view,
      ExtractionDraft draft,
      StudyComparison comparison,
      String noComparison) {}

  /** The view, draft and comparison of a study's form for one person (see {@link FormOpening}). */
  public FormOpening open(String studyRef, String formRef, String person) throws ProjectException {
    IncludedStudy study = project.studies().study(studyRef);
    Reviewer me = project.screening().reviewer(person);
    FormTemplate t = template(formRef);
    List<Extraction> all = extractions(study.id(), t.id());
    Map<String, Extraction> latest = Contributions.latestByPerson(all);
    StudyComparison comparison = null;
    String why = null;
    if (latest.size() < EXTRACTORS) {
      why = blindedMessage(study, t, latest);
    } else {
      try {
        comparison = comparison(study, latest, Contributions.latestConsensus(all));
      } catch (ProjectException e) {
        why = e.getMessage();
      }
    }
    return new FormOpening(view(study, me, all), draft(study, me, t, false), comparison, why);
  }

  /**
   * The field-level comparison of a study's extractions. Refused until the required extractions are
   * in (nobody sees another's answers before giving their own) and when they use different versions
   * of the template (upgrade one first).
   */
  public StudyComparison compare(String studyRef, String formId) throws ProjectException {
    IncludedStudy study = project.studies().study(studyRef);
    FormTemplate form = template(formId);
    List<Extraction> all = extractions(study.id(), form.id());
    Map<String, Extraction> latest = Contributions.latestByPerson(all);
    if (latest.size() < EXTRACTORS) {
      throw new ProjectException(blindedMessage(study, form, latest));
    }
    return comparison(study, latest, Contributions.latestConsensus(all));
  }

  private static String blindedMessage(
      IncludedStudy study, FormTemplate form, Map<String, Extraction> latest) {
    return study.code()
        + " has "
        + latest.size()
        + " extraction(s) of "
        + form.id()
        + (latest.isEmpty() ? "" : " (by " + String.join(", ", latest.keySet()) + ")")
        + "; the comparison needs "
        + EXTRACTORS
        + ": extractions stay blinded until they are in";
  }

  private StudyComparison comparison(
      IncludedStudy study, Map<String, Extraction> latest, Extraction consensus)
      throws ProjectException {
    FormTemplate t = sameVersion(study, latest);
    Map<String, FormAnswers> answers = new LinkedHashMap<>();
    latest.forEach((name, e) -> answers.put(name, e.answers()));
    return new StudyComparison(study.ref(), ExtractionComparison.of(t, answers), consensus);
  }

  private static FormTemplate sameVersion(IncludedStudy study, Map<String, Extraction> latest)
      throws ProjectException {
    FormTemplate first = latest.values().iterator().next().template();
    for (Extraction e : latest.values()) {
      if (e.template().version() != first.version()) {
        List<String> versions = new ArrayList<>();
        latest.forEach((name, x) -> versions.add(name + " used " + x.template().ref()));
        throw new ProjectException(
            study.code()
                + ": "
                + String.join(", ", versions)
                + "; bring the older up to date first: winnow extract DIR --upgrade --study "
                + study.code()
                + " --form "
                + first.id()
                + " --by NAME");
      }
    }
    return first;
  }

  /** Comparisons of every study with the required extractions of a form, on one version. */
  public List<StudyComparison> compareAll(String formId) throws ProjectException {
    FormTemplate form = template(formId);
    List<StudyComparison> out = new ArrayList<>();
    for (IncludedStudy study : project.studies().included()) {
      List<Extraction> all = extractions(study.id(), form.id());
      Map<String, Extraction> latest = Contributions.latestByPerson(all);
      if (latest.size() >= EXTRACTORS) {
        out.add(comparison(study, latest, Contributions.latestConsensus(all)));
      }
    }
    return out;
  }

  /** Records the consensus from an answers file; see below. */
  public Extraction consensus(
      String studyRef, String formId, String decidedBy, Path answers, String origin)
      throws ImportException, ProjectException {
    return consensus(
        studyRef, formId, decidedBy, answers.getFileName().toString(), readText(answers), origin);
  }

  /**
   * Records the consensus from answers-file text (the whole form as agreed), with who decided.
   * Needs the required extractions first, and their template version.
   */
  public Extraction consensus(
      String studyRef, String formId, String decidedBy, String fileName, String text, String origin)
      throws ImportException, ProjectException {
    StudyComparison settled = compare(studyRef, formId);
    IncludedStudy study = project.studies().study(studyRef);
    Reviewer by = project.screening().reviewer(decidedBy);
    AnswersFile file = AnswersFile.parse(fileName, text);
    FormTemplate t = settled.comparison().template();
    if (file.form() != null && !file.form().equals(t.id())) {
      throw file.error(
          "form", "this file answers form '" + file.form() + "', not '" + t.id() + "'");
    }
    if (file.version() != null && file.version() != t.version()) {
      throw file.error(
          "version",
          "the extractions used " + t.ref() + "; the consensus answers the same version");
    }
    FormAnswers answers = file.answers(t);
    return store(
        study,
        t,
        by,
        true,
        answers,
        Contributions.settled(extractions(study.id(), t.id())),
        file.note(),
        origin);
  }

  /** Records the consensus as one extractor's answers, taken whole. */
  public Extraction consensusFrom(
      String studyRef, String formId, String decidedBy, String fromExtractor, String note)
      throws ProjectException {
    StudyComparison settled = compare(studyRef, formId);
    IncludedStudy study = project.studies().study(studyRef);
    Reviewer by = project.screening().reviewer(decidedBy);
    Reviewer from = project.screening().reviewer(fromExtractor);
    Extraction source =
        Contributions.latestByPerson(extractions(study.id(), settled.comparison().template().id()))
            .get(from.name());
    if (source == null) {
      throw new ProjectException(
          from.name()
              + " has not extracted "
              + formId
              + " for "
              + study.code()
              + " (extractors: "
              + String.join(", ", settled.comparison().extractors())
              + ")");
    }
    return store(
        study,
        source.template(),
        by,
        true,
        source.answers(),
        Contributions.settled(extractions(study.id(), source.template().id())),
        note == null ? "taken from " + from.name() : note,
        "from:" + from.name());
  }

  /**
   * Carries someone's latest answers (or the consensus) to the latest version of the template. The
   * old answers stay stored with their version; what the new version cannot hold is listed.
   */
  public TemplateMigration.Result upgrade(
      String studyRef, String formId, String whose, boolean consensus, String actor)
      throws ProjectException {
    IncludedStudy study = project.studies().study(studyRef);
    FormTemplate latest = template(formId);
    List<Extraction> all = extractions(study.id(), latest.id());
    Extraction current;
    Reviewer by;
    if (consensus) {
      current = Contributions.latestConsensus(all);
      if (current == null) {
        throw new ProjectException(study.code() + " has no consensus for " + latest.id());
      }
      by = project.screening().reviewer(current.by());
    } else {
      by = project.screening().reviewer(whose);
      current = Contributions.latestByPerson(all).get(by.name());
      if (current == null) {
        throw new ProjectException(
            by.name() + " has not extracted " + latest.id() + " for " + study.code());
      }
    }
    if (current.template().version() >= latest.version()) {
      throw new ProjectException(
          (consensus ? "the consensus" : by.name() + "'s extraction")
              + " of "
              + study.code()
              + " already uses "
              + current.template().ref());
    }
    List<FormTemplate> between = new ArrayList<>();
    for (TemplateInfo info : templates()) {
      if (info.template().id().equals(latest.id())) {
        between.add(info.template());
      }
    }
    TemplateMigration.Result result =
        TemplateMigration.migrate(current.answers(), current.template(), latest, between);
    store(
        study,
        latest,
        by,
        consensus,
        result.answers(),
        current.basedOn(),
        current.note(),
        "upgrade:" + current.template().ref() + " by " + actor);
    return result;
  }

  // ---------------------------------------------------------------- drafts

  /**
   * Saves what someone has typed into a form (answers-file text, not yet valid perhaps), replacing
   * their earlier draft of the same study, form version and kind. Submitting the answers removes
   * it. Drafts are work in progress, not answers: they are not audited, and only their author reads
   * them.
   */
  public void saveDraft(
      String studyRef, String formRef, String by, boolean consensus, String answersText)
      throws ProjectException {
    IncludedStudy study = project.studies().study(studyRef);
    Reviewer who = project.screening().reviewer(by);
    FormTemplate t = template(formRef);
    project
        .database()
        .inTransaction(
            c -> {
              ExtractionDao.saveDraft(
                  c,
                  study.id(),
                  templateRow(c, t, who.name()),
                  who.id(),
                  consensus ? CONSENSUS : EXTRACTOR,
                  answersText);
              return null;
            });
  }

  /** Someone's own draft of a study's form (latest version), or null when they have none. */
  public ExtractionDraft draft(String studyRef, String formRef, String by, boolean consensus)
      throws ProjectException {
    return draft(
        project.studies().study(studyRef),
        project.screening().reviewer(by),
        template(formRef),
        consensus);
  }

  private ExtractionDraft draft(
      IncludedStudy study, Reviewer who, FormTemplate t, boolean consensus) {
    return project
        .database()
        .read(
            c -> {
              var row = ExtractionDao.template(c, t.id(), t.version());
              if (row.isEmpty()) {
                return null;
              }
              return ExtractionDao.draft(
                      c, study.id(), row.get().id(), who.id(), consensus ? CONSENSUS : EXTRACTOR)
                  .map(d -> new ExtractionDraft(d.answers(), d.savedAt()))
                  .orElse(null);
            });
  }

  // ---------------------------------------------------------------- results

  /**
   * Each included study's data per form (of one form when given): every extractor's latest answers,
   * and the final answers when there are some (see {@link ConsensusStatus}).
   */
  public List<FormResult> results(String formId) throws ProjectException {
    String only = formId == null ? null : template(formId).id();
    List<FormResult> out = new ArrayList<>();
    for (IncludedStudy study : project.studies().included()) {
      Map<String, List<Extraction>> byForm = new LinkedHashMap<>();
      for (Extraction e : extractions(study.id(), only)) {
        byForm.computeIfAbsent(e.template().id(), k -> new ArrayList<>()).add(e);
      }
      byForm.forEach((form, all) -> out.add(result(study, all)));
    }
    return out;
  }

  private static FormResult result(IncludedStudy study, List<Extraction> all) {
    Map<String, Extraction> latest = Contributions.latestByPerson(all);
    Extraction consensus = Contributions.latestConsensus(all);
    List<Extraction> shown = new ArrayList<>(latest.values());
    if (consensus != null) {
      shown.add(consensus);
      return new FormResult(
          study.ref(),
          consensus.template(),
          ConsensusStatus.CONSENSUS,
          consensus.by(),
          consensus.answers(),
          shown);
    }
    Extraction first = latest.values().iterator().next();
    if (latest.size() == 1) {
      return new FormResult(
          study.ref(), first.template(), ConsensusStatus.SINGLE, null, first.answers(), shown);
    }
    boolean oneVersion =
        latest.values().stream().allMatch(e -> e.template().equals(first.template()));
    if (oneVersion) {
      Map<String, FormAnswers> answers = new LinkedHashMap<>();
      latest.forEach((name, e) -> answers.put(name, e.answers()));
      if (ExtractionComparison.of(first.template(), answers).agrees()) {
        return new FormResult(
            study.ref(), first.template(), ConsensusStatus.AGREED, null, first.answers(), shown);
      }
    }
    Extraction newest = all.get(all.size() - 1);
    return new FormResult(
        study.ref(), newest.template(), ConsensusStatus.PENDING, null, null, shown);
  }

  // ---------------------------------------------------------------- plumbing

  static String readText(Path file) throws ImportException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ImportException(file.getFileName().toString(), 0, null, "no such file " + file);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ImportException(file.getFileName().toString(), 0, null, "not UTF-8 text");
    } catch (IOException e) {
      throw new ImportException(
          file.getFileName().toString(), 0, null, "cannot read: " + e.getMessage());
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
