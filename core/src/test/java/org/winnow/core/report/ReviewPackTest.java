package org.winnow.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.OutputFileException;
import org.winnow.core.project.IncludedStudies;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.SynthesisService;
import org.winnow.core.render.Figure;
import org.winnow.core.stats.pooling.PoolingMethod;
import org.winnow.core.stats.report.Numbers;
import org.winnow.fixtures.OutcomeAnswers;

/** The review pack of a project with extraction, appraisal and outcome data, read back. */
class ReviewPackTest {
  static final String CHARACTERISTICS_J1 =
      """
      {"sections": {"study": {"design": "rct", "countries": "United Kingdom", "sample_size": 78,
        "follow_up": {"value": 6, "unit": "months"}, "funding": "NR"},
       "arms": [{"arm": "CBT", "role": "intervention", "n_randomised": 40},
                {"arm": "Usual care", "role": "control", "n_randomised": 38}]}}
      """;
  static final String CHARACTERISTICS_S1 =
      """
      {"sections": {"study": {"design": "mixed-methods", "countries": "Canada",
        "sample_size": 120}}}
      """;
  static final String TIDIER_ANA =
      """
      {"form": "tidier", "sections": {"interventions": [
        {"arm": "CBT", "brief_name": "Group CBT", "why": "Cognitive model of pain",
         "why_where": "p. 3", "how": "Face to face, groups of 8", "how_where": "Table 1"},
        {"arm": "Usual care", "brief_name": "Usual antenatal care", "how": "NR"}]}}
      """;
  static final String TIDIER_BEN =
      """
      {"form": "tidier", "sections": {"interventions": [
        {"arm": "CBT", "brief_name": "Group CBT", "why": "Cognitive model of pain",
         "why_where": "p. 3", "how": "Face to face, groups of 10", "how_where": "Table 1"},
        {"arm": "Usual care", "brief_name": "Usual antenatal care", "how": "NR"}]}}
      """;
  static final String MMAT_RCT =
      """
      {"screening": {"S1": "yes", "S2": "yes"}, "category": "randomized",
       "criteria": {"2.1": "yes", "2.2": "yes", "2.3": {"answer": "no", "comment": "28% lost"},
                    "2.4": "can't tell", "2.5": "yes"}}
      """;

  @TempDir Path tmp;
  private ReviewProject project;

  @BeforeEach
  void setUp() throws Exception {
    project = IncludedStudies.create(tmp);
  }

  @AfterEach
  void close() {
    project.close();
  }

  static String outcomes(double painCbt, double painCare, double moodCbt, double moodCare) {
    return OutcomeAnswers.painAndMood(painCbt, painCare, moodCbt, moodCare);
  }

  private void agreed(String study, String form, String answers) throws Exception {
    project.extraction().extract(study, form, "Ana Lima", "a.json", answers, "test");
    project.extraction().extract(study, form, "Ben Okafor", "b.json", answers, "test");
  }

  /**
   * j1 and s1 with agreed characteristics and outcomes, j1's TIDieR by consensus and its MMAT
   * agreed; b1 extracted once; j2 not at all.
   */
  private void fill() throws Exception {
    agreed("j1", "study-characteristics", CHARACTERISTICS_J1);
    agreed("s1", "study-characteristics", CHARACTERISTICS_S1);
    project
        .extraction()
        .extract("b1", "study-characteristics", "Ana Lima", "a.json", CHARACTERISTICS_S1, "t");
    project.extraction().extract("j1", "tidier", "Ana Lima", "a.json", TIDIER_ANA, "test");
    project.extraction().extract("j1", "tidier", "Ben Okafor", "b.json", TIDIER_BEN, "test");
    project.extraction().consensusFrom("j1", "tidier", "Chen Wei", "Ana Lima", null);
    project.appraisal().appraise("j1", "Ana Lima", "a.json", MMAT_RCT, "test");
    project.appraisal().appraise("j1", "Ben Okafor", "b.json", MMAT_RCT, "test");
    agreed("j1", "outcome-data", outcomes(2.0, 2.9, 14, 12));
    agreed("s1", "outcome-data", outcomes(3, 3.5, 10, 9));
  }

  private static ReportSection section(ReviewPack pack, String id) {
    return pack.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everySectionHoldsTheProjectsFinalData() throws Exception {
    fill();
    ReviewPack pack = ReviewPack.of(project, Progress.NONE);
    assertEquals(
        List.of("prisma", "characteristics", "tidier", "mmat", "effect-direction", "forest"),
        pack.sections().stream().map(ReportSection::id).toList());
    pack.sections().forEach(s -> assertFalse(s.empty(), s.id() + ": " + s.missing()));

    PackTable c = section(pack, "characteristics").tables().get(0);
    assertEquals(2, c.rows().size(), c.rows().toString());
    List<String> j1 = c.rows().get(0);
    assertTrue(j1.get(0).endsWith("(S1)"), j1.toString());
    assertEquals("Randomised controlled trial", cell(c, j1, "Study design"));
    assertEquals("6 months", cell(c, j1, "Longest follow-up"));
    assertEquals("NR", cell(c, j1, "Funding"));
    assertEquals(
        "CBT (Role: Intervention, Participants allocated: 40); Usual care (Role: Control or"
            + " comparator, Participants allocated: 38)",
        cell(c, j1, "Study arms or groups"));
    assertFalse(c.header().contains("Notes"), "a column nobody answered is left out");
    List<String> open = section(pack, "characteristics").notes();
    assertTrue(open.stream().anyMatch(n -> n.contains("one extraction so far")), open.toString());
    assertTrue(open.stream().anyMatch(n -> n.contains("not extracted yet")), open.toString());

    PackTable t = section(pack, "tidier").tables().get(0);
    assertEquals(2, t.rows().size(), "one row per intervention");
    assertEquals(
        "Cognitive model of pain [where reported: p. 3]", cell(t, t.rows().get(0), "2. Why"));
    assertEquals(
        "Face to face, groups of 8 [where reported: Table 1]", cell(t, t.rows().get(0), "6. How"));
    assertEquals("NR", cell(t, t.rows().get(1), "6. How"));
    assertFalse(t.header().contains("2. Where reported"), "folded into the item");

    PackTable m = section(pack, "mmat").tables().get(0);
    assertEquals(
        List.of("Yes", "Yes", "Yes", "Yes", "No", "Can't tell", "Yes"),
        m.rows().get(0).subList(1, 8));

    PackTable ed = section(pack, "effect-direction").tables().get(0);
    assertEquals(
        List.of("Study", "n", "Appraisal", "Physical health", "Mental health"), ed.header());
    assertEquals(4, ed.rows().size(), "two studies, then the sign test's two rows");

    ReportSection forest = section(pack, "forest");
    assertEquals(2, forest.figures().size(), "Pain and Mood at 12 weeks");
    SynthesisService.Pooling pain =
        project
            .synthesis()
            .pool(
                new SynthesisService.Filter(List.of("Pain"), null, "12 weeks"), PoolingMethod.REML);
    PackTable painTable =
        forest.tables().stream()
            .filter(x -> x.title().startsWith("Pain"))
            .findFirst()
            .orElseThrow();
    List<String> pooled = painTable.rows().get(painTable.rows().size() - 1);
    assertEquals("Pooled (REML)", pooled.get(0));
    assertEquals(Numbers.fixed(pain.pooled().effect().estimate(), 2), pooled.get(1));
  }

  private static String cell(PackTable t, List<String> row, String column) {
    int i = t.header().indexOf(column);
    assertTrue(i >= 0, column + " not in " + t.header());
    return row.get(i);
  }

  @Test
  void theHtmlPageAndTheDocumentHoldEveryTableAndFigure() throws Exception {
    fill();
    ReviewPack pack = ReviewPack.of(project, Progress.NONE);
    Path out = tmp.resolve("pack");
    PackWriter.Written w = PackWriter.write(pack, out, false, Progress.NONE);

    List<String> names = w.files().stream().map(PackWriter.PackFile::name).toList();
    for (PackTable t : pack.tables()) {
      assertTrue(names.contains(t.id() + ".csv"), t.id());
    }
    for (ReportFigure f : pack.figures()) {
      assertTrue(names.contains(f.id() + ".svg") && names.contains(f.id() + ".png"), f.id());
    }
    assertTrue(
        names.containsAll(
            List.of("prisma.csv", "prisma.svg", "prisma.png", PackWriter.HTML, PackWriter.DOCX)));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(names.size(), files.count(), "nothing else in the folder");
    }
    try (Stream<Path> files = Files.list(tmp)) {
      assertTrue(
          files.noneMatch(p -> p.getFileName().toString().startsWith(".pack")), "no leftovers");
    }

    String html = Files.readString(out.resolve(PackWriter.HTML), StandardCharsets.UTF_8);
    for (ReportSection s : pack.sections()) {
      assertTrue(html.contains("<section id=\"" + s.id() + "\">"), s.id());
      assertTrue(html.contains("<h2>" + s.title() + "</h2>"), s.title());
    }
    for (PackTable t : pack.tables()) {
      assertTrue(html.contains("<table id=\"table-" + t.id() + "\">"), t.id());
      for (List<String> row : t.rows()) {
        for (String c : row) {
          assertTrue(html.contains(org.apache.commons.text.StringEscapeUtils.escapeXml10(c)), c);
        }
      }
    }
    assertEquals(pack.figures().size(), count(html, "<svg"), "every figure inline");
    assertFalse(html.contains("<?xml"), "no XML prolog inside the page");
    assertFalse(html.contains("src=\"") || html.contains("href=\"http"), "self-contained");
    assertTrue(html.contains("Randomised controlled trial"));
    assertTrue(html.contains("Pooled (REML)"));

    try (InputStream in = Files.newInputStream(out.resolve(PackWriter.DOCX));
        XWPFDocument doc = new XWPFDocument(in)) {
      List<XWPFTable> tables = doc.getTables();
      assertEquals(pack.tables().size(), tables.size());
      for (int i = 0; i < tables.size(); i++) {
        PackTable expected = pack.tables().get(i);
        assertEquals(expected.header(), texts(tables.get(i).getRow(0)), expected.id());
        for (int r = 0; r < expected.rows().size(); r++) {
          assertEquals(
              expected.rows().get(r),
              texts(tables.get(i).getRow(r + 1)),
              expected.id() + " row " + r);
        }
      }
      assertEquals(pack.figures().size(), doc.getAllPictures().size());
      List<String> headings =
          doc.getParagraphs().stream()
              .filter(p -> "Heading1".equals(p.getStyle()))
              .map(XWPFParagraph::getText)
              .toList();
      assertTrue(
          headings.containsAll(pack.sections().stream().map(ReportSection::title).toList()),
          headings.toString());
    }
  }

  private static List<String> texts(XWPFTableRow row) {
    List<String> out = new ArrayList<>();
    row.getTableCells().forEach(c -> out.add(c.getText()));
    return out;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void sectionsWithoutDataSaySoInThePageAndTheDocument() throws Exception {
    ReviewPack pack = ReviewPack.of(project, Progress.NONE);
    assertFalse(section(pack, "prisma").empty());
    for (String id : List.of("characteristics", "tidier")) {
      assertEquals("No consensus extraction yet.", section(pack, id).missing(), id);
    }
    assertEquals("No MMAT appraisal yet.", section(pack, "mmat").missing());
    assertEquals("No consensus outcome data yet.", section(pack, "effect-direction").missing());
    assertEquals("No consensus outcome data yet.", section(pack, "forest").missing());

    Path out = tmp.resolve("empty-pack");
    PackWriter.write(pack, out, false, Progress.NONE);
    String html = Files.readString(out.resolve(PackWriter.HTML), StandardCharsets.UTF_8);
    assertEquals(2, count(html, "No consensus extraction yet."));
    try (InputStream in = Files.newInputStream(out.resolve(PackWriter.DOCX));
        XWPFDocument doc = new XWPFDocument(in)) {
      String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList().toString();
      assertTrue(text.contains("No MMAT appraisal yet."), text);
      assertEquals(1, doc.getTables().size(), "only the PRISMA counts");
    }
  }

  @Test
  void aFolderIsWrittenWholeOrNotAtAll() throws Exception {
    ReviewPack pack = ReviewPack.of(project, Progress.NONE);
    Path out = tmp.resolve("pack");
    Files.createDirectories(out);
    Files.writeString(out.resolve("draft.docx"), "mine");
    OutputFileException e =
        assertThrows(
            OutputFileException.class, () -> PackWriter.write(pack, out, false, Progress.NONE));
    assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    e =
        assertThrows(
            OutputFileException.class, () -> PackWriter.write(pack, out, true, Progress.NONE));
    assertTrue(e.getMessage().contains("not a review pack"), e.getMessage());
    assertEquals("mine", Files.readString(out.resolve("draft.docx")), "left as it was");

    Path again = tmp.resolve("again");
    PackWriter.write(pack, again, false, Progress.NONE);
    Files.writeString(again.resolve("stale.csv"), "from an earlier pack");
    assertThrows(
        OutputFileException.class, () -> PackWriter.write(pack, again, false, Progress.NONE));
    PackWriter.write(pack, again, true, Progress.NONE);
    assertFalse(Files.exists(again.resolve("stale.csv")), "the earlier pack is replaced whole");
    assertTrue(Files.exists(again.resolve(PackWriter.HTML)));

    Figure broken =
        new Figure() {
          @Override
          public double width() {
            return 100;
          }

          @Override
          public double height() {
            return 100;
          }

          @Override
          public void paint(java.awt.Graphics2D g) {
            throw new IllegalStateException("the disk filled up");
          }
        };
    List<ReportSection> sections = new ArrayList<>(pack.sections());
    sections.add(
        new ReportSection(
            "x",
            "X",
            List.of(new ReportFigure("x", "X", broken, List.of())),
            List.of(),
            List.of(),
            null));
    ReviewPack failing = new ReviewPack(pack.project(), pack.prisma(), sections);
    Path never = tmp.resolve("never");
    assertThrows(
        IllegalStateException.class, () -> PackWriter.write(failing, never, false, Progress.NONE));
    assertFalse(Files.exists(never));
    try (Stream<Path> files = Files.list(tmp)) {
      assertTrue(
          files.noneMatch(p -> p.getFileName().toString().startsWith(".never")), "no leftovers");
    }
    assertThrows(
        IllegalStateException.class, () -> PackWriter.write(failing, again, true, Progress.NONE));
    assertTrue(Files.exists(again.resolve(PackWriter.HTML)), "the earlier pack survives a failure");
  }
}
