package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.extraction.Extraction;
import org.winnow.core.extraction.ExtractionComparison;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.extraction.FormTemplate;
import org.winnow.core.extraction.StudyComparison;
import org.winnow.core.extraction.TemplateInfo;
import org.winnow.core.extraction.TemplateMigration;
import org.winnow.core.io.ImportException;
import org.winnow.core.model.ConsensusStatus;

/** Double extraction through the service: blinding, comparison, consensus, template versions. */
class ExtractionServiceTest {
  static final String ANA =
      """
      {"form": "tidier", "sections": {"interventions": [
        {"arm": "CBT", "brief_name": "Group CBT", "why": "Cognitive model of pain",
         "why_where": "p. 3", "how": "Face to face, groups of 8", "how_where": "Table 1"},
        {"arm": "Usual care", "brief_name": "Usual antenatal care", "how": "NR"}]}}
      """;
  static final String BEN =
      """
      {"form": "tidier", "version": 1, "sections": {"interventions": [
        {"arm": "CBT", "brief_name": "group CBT", "why": "Cognitive model of pain",
         "why_where": "p. 3", "how": "Face to face, groups of 10", "how_where": "Table 1"},
        {"arm": "Usual care", "brief_name": "Usual antenatal care"}]}}
      """;

  @TempDir Path tmp;
  private ReviewProject project;
  private ExtractionService extraction;

  @BeforeEach
  void setUp() throws Exception {
    project = IncludedStudies.create(tmp);
    extraction = project.extraction();
  }

  @AfterEach
  void close() {
    project.close();
  }

  private Extraction extract(String study, String by, String text) throws Exception {
    return extraction.extract(study, "tidier", by, by + ".json", text, "test");
  }

  @Test
  void builtInTemplatesAreListed() {
    List<TemplateInfo> all = extraction.templates();
    assertEquals(
        List.of("outcome-data@1", "study-characteristics@1", "tidier@1"),
        all.stream().map(t -> t.template().ref()).toList());
    assertTrue(all.stream().allMatch(t -> t.latest() && t.origin().equals("built-in")));
  }

  @Test
  void twoExtractorsAreBlindedUntilBothAreIn() throws Exception {
    Extraction ana = extract("j1", "Ana Lima", ANA);
    assertEquals("Ana Lima", ana.by());
    assertEquals("tidier@1", ana.template().ref());
    ExtractionView view = extraction.view("j1", "tidier", "Ana Lima");
    assertTrue(view.blinded());
    assertEquals(ana, view.own());
    ProjectException early =
        assertThrows(ProjectException.class, () -> extraction.compare("j1", "tidier"));
    assertEquals(
        "S1 has 1 extraction(s) of tidier (by Ana Lima); the comparison needs 2: extractions stay"
            + " blinded until they are in",
        early.getMessage());
    assertTrue(extraction.view("j1", "tidier", "Ben Okafor").others().isEmpty());

    extract("S1", "Ben Okafor", BEN);
    ExtractionView open = extraction.view("j1", "tidier", "Ana Lima");
    assertFalse(open.blinded());
    assertEquals("Ben Okafor", open.others().get(0).by());
    assertTrue(
        extraction.view("j1", "tidier", "Chen Wei").blinded(),
        "someone who has not extracted sees nothing");
  }

  @Test
  void disagreementsAreListedPerFieldAndSettledByConsensus() throws Exception {
    extract("j1", "Ana Lima", ANA);
    extract("j1", "Ben Okafor", BEN);
    StudyComparison c = extraction.compare("S1", "tidier");
    List<ExtractionComparison.FieldComparison> d = c.comparison().disagreements();
    assertEquals(
        List.of("interventions[1].how", "interventions[2].how"),
        d.stream().map(ExtractionComparison.FieldComparison::path).toList());
    assertEquals(
        List.of("Face to face, groups of 8", "Face to face, groups of 10"), d.get(0).values());
    assertNull(c.consensus());
    assertEquals(ConsensusStatus.PENDING, extraction.results("tidier").get(0).status());

    Extraction consensus =
        extraction.consensus(
            "S1",
            "tidier",
            "Chen Wei",
            "agreed.json",
            ANA.replace("groups of 8", "groups of 8 to 10"),
            "test");
    assertTrue(consensus.consensus());
    assertEquals("Chen Wei", consensus.by());
    assertEquals(2, consensus.basedOn().size());
    FormResult r = extraction.results("tidier").get(0);
    assertEquals(ConsensusStatus.CONSENSUS, r.status());
    assertEquals("Chen Wei", r.decidedBy());
    assertEquals(
        "Face to face, groups of 8 to 10",
        r.finalAnswers().instances("interventions").get(0).value("how").orElseThrow().text());
    assertEquals(3, r.extractions().size(), "both extractions and the consensus");
  }

  @Test
  void sameAnswersAgreeAndOneExtractionIsSingle() throws Exception {
    extract("j1", "Ana Lima", ANA);
    extract("j1", "Ben Okafor", ANA.replace("Group CBT", "GROUP  cbt"));
    extract("b1", "Ana Lima", ANA);
    List<FormResult> results = extraction.results(null);
    assertEquals(ConsensusStatus.AGREED, results.get(0).status());
    assertEquals(ConsensusStatus.SINGLE, results.get(1).status());
    assertEquals("S3", results.get(1).study().id());
  }

  @Test
  void theLatestExtractionCountsAndEveryWriteIsAudited() throws Exception {
    extract("j1", "Ana Lima", ANA);
    extract("j1", "Ben Okafor", BEN);
    assertFalse(extraction.compare("j1", "tidier").comparison().agrees());
    extract("j1", "Ben Okafor", ANA);
    assertTrue(extraction.compare("j1", "tidier").comparison().agrees(), "Ben changed his mind");
    long audits = project.database().read(org.winnow.core.storage.AuditDao::count);
    assertTrue(audits >= 3);
  }

  @Test
  void consensusFromOneExtractor() throws Exception {
    extract("j1", "Ana Lima", ANA);
    extract("j1", "Ben Okafor", BEN);
    Extraction c = extraction.consensusFrom("j1", "tidier", "Ana Lima", "Ben Okafor", null);
    assertEquals("Ana Lima", c.by(), "who decided");
    assertEquals("taken from Ben Okafor", c.note());
    assertEquals(
        "Face to face, groups of 10",
        c.answers().instances("interventions").get(0).value("how").orElseThrow().text());
  }

  @Test
  void aConsensusNeedsBothExtractions() throws Exception {
    extract("j1", "Ana Lima", ANA);
    assertThrows(
        ProjectException.class,
        () -> extraction.consensus("j1", "tidier", "Chen Wei", "c.json", ANA, "test"));
  }

  @Test
  void badAnswersStoreNothing() throws Exception {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                extract(
                    "j1", "Ana Lima", "{\"sections\": {\"interventions\": [{\"why\": \"x\"}]}}"));
    assertEquals("Ana Lima.json", e.file());
    assertEquals("interventions[1].brief_name", e.field());
    assertTrue(extraction.results(null).isEmpty());
    ImportException wrongForm =
        assertThrows(
            ImportException.class,
            () -> extraction.extract("j1", "outcome-data", "Ana Lima", "a.json", ANA, "test"));
    assertEquals("this file answers form 'tidier', not 'outcome-data'", wrongForm.problem());
    assertEquals(1, wrongForm.line());
    ProjectException noForm =
        assertThrows(ProjectException.class, () -> extraction.template("tidy"));
    assertEquals(
        "no form 'tidy' (forms: outcome-data, study-characteristics, tidier)", noForm.getMessage());
  }

  // ---------------------------------------------------------------- template versions

  static String tidierV2() throws Exception {
    FormTemplate v1 = extractionTemplate();
    String text = org.winnow.core.extraction.TemplateJson.write(v1);
    return text.replace("\"version\" : 1", "\"version\" : 2")
        .replace("\"id\" : \"how\",", "\"id\" : \"delivery\",")
        .replace(
            "\"sections\" : [",
            "\"changes\" : [ { \"from\" : 1, \"renamed\" : { \"interventions.how\" :"
                + " \"interventions.delivery\" } } ],\n  \"sections\" : [");
  }

  private static FormTemplate extractionTemplate() {
    return org.winnow.core.extraction.BuiltInTemplates.all().stream()
        .filter(t -> t.id().equals("tidier"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aNewTemplateVersionKeepsOldAnswersAndUpgradesThem() throws Exception {
    extract("j1", "Ana Lima", ANA);
    Path v2 = Files.writeString(tmp.resolve("tidier-v2.json"), tidierV2());
    ExtractionService.TemplateImport imported = extraction.importTemplate(v2, "lead");
    assertTrue(imported.added());
    assertEquals("tidier@2", extraction.template("tidier").ref(), "new extractions use v2");
    assertEquals("tidier@1", extraction.template("tidier@1").ref(), "v1 is kept");
    assertFalse(extraction.importTemplate(v2, "lead").added(), "the same version again");

    extract(
        "j1", "Ben Okafor", BEN.replace("\"how\"", "\"delivery\"").replace("\"version\": 1, ", ""));
    ProjectException mixed =
        assertThrows(ProjectException.class, () -> extraction.compare("j1", "tidier"));
    assertTrue(
        mixed.getMessage().startsWith("S1: Ana Lima used tidier@1, Ben Okafor used tidier@2;"),
        mixed.getMessage());
    assertEquals(ConsensusStatus.PENDING, extraction.results("tidier").get(0).status());

    TemplateMigration.Result up = extraction.upgrade("j1", "tidier", "Ana Lima", false, "lead");
    assertEquals(
        List.of(new TemplateMigration.Moved("interventions.how", "interventions.delivery")),
        up.moved());
    assertTrue(up.leftBehind().isEmpty());
    StudyComparison c = extraction.compare("j1", "tidier");
    assertEquals("tidier@2", c.comparison().template().ref());
    assertEquals(
        List.of("interventions[1].delivery", "interventions[2].delivery"),
        c.comparison().disagreements().stream()
            .map(ExtractionComparison.FieldComparison::path)
            .toList());
    ProjectException again =
        assertThrows(
            ProjectException.class,
            () -> extraction.upgrade("j1", "tidier", "Ana Lima", false, "lead"));
    assertEquals("Ana Lima's extraction of S1 already uses tidier@2", again.getMessage());
  }

  @Test
  void aChangedTemplateNeedsANewVersion() throws Exception {
    Path changed =
        Files.writeString(
            tmp.resolve("t.json"),
            org.winnow.core.extraction.TemplateJson.write(extractionTemplate())
                .replace("1. Brief name", "1. Name"));
    ProjectException e =
        assertThrows(ProjectException.class, () -> extraction.importTemplate(changed, "lead"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "form tidier@1 already exists with other content; give the"
                    + " changed template a new version (\"version\": 2)"),
        e.getMessage());
    Path same =
        Files.writeString(
            tmp.resolve("same.json"),
            org.winnow.core.extraction.TemplateJson.write(extractionTemplate()));
    assertFalse(extraction.importTemplate(same, "lead").added());
  }

  @Test
  void anExplicitVersionIsHonoured() throws Exception {
    extraction.importTemplate(Files.writeString(tmp.resolve("v2.json"), tidierV2()), "lead");
    Extraction old = extraction.extract("j1", "tidier@1", "Ana Lima", "a.json", ANA, "test");
    assertEquals(1, old.template().version());
    ImportException clash =
        assertThrows(
            ImportException.class,
            () -> extraction.extract("j1", "tidier@2", "Ana Lima", "b.json", BEN, "test"));
    assertEquals("this file answers version 1, not tidier@2", clash.problem());
  }

  @Test
  void aDraftIsKeptForItsAuthorOnlyAndGoesWhenTheAnswersAreSubmitted() throws Exception {
    String typed = "{\"sections\": {\"interventions\": [{\"brief_name\": \"Group C\"}]}}";
    assertNull(extraction.draft("j1", "tidier", "Ana Lima", false));
    extraction.saveDraft("j1", "tidier", "Ana Lima", false, "{\"sections\": {}}");
    extraction.saveDraft("j1", "tidier", "Ana Lima", false, typed);
    assertEquals(typed, extraction.draft("j1", "tidier", "Ana Lima", false).answers());
    assertNull(extraction.draft("j1", "tidier", "Ben Okafor", false), "blinded: Ana's alone");
    assertNull(extraction.draft("j1", "tidier", "Ana Lima", true), "not a consensus draft");
    extract("j1", "Ana Lima", ANA);
    assertNull(extraction.draft("j1", "tidier", "Ana Lima", false), "submitting removes it");
  }
}
