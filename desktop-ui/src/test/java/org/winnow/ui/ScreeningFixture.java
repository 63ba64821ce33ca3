package org.winnow.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.common.Session;

/**
 * A small review written for the screening and conflicts tests: twelve citations on perinatal care
 * for women who use drugs (one RIS export), three reviewers.
 */
public final class ScreeningFixture {
  public static final String ANA = "Ana Lima";
  public static final String BEN = "Ben Okafor";
  public static final String CHEN = "Chen Wei";

  private static final String[][] RECORDS = {
    {
      "Methadone versus buprenorphine maintenance in pregnancy: neonatal abstinence syndrome and"
          + " birth outcomes in a population cohort",
      "Jones, Hendrée E.;Kaltenbach, Karol;Heil, Sarah H.",
      "Drug and Alcohol Dependence",
      "2016",
      "10.5555/winnow.ta.001",
      "Background: Opioid agonist treatment is recommended for pregnant women with opioid use"
          + " disorder, but the choice of medication remains debated. Methods: We followed 1,204"
          + " pregnant women receiving methadone or buprenorphine in a population cohort and compared"
          + " neonatal abstinence syndrome, preterm birth and birth weight. Results: Infants exposed"
          + " to buprenorphine had less severe neonatal abstinence syndrome (adjusted risk ratio 0.72,"
          + " 95% CI 0.60 to 0.86) and a shorter hospital stay. Conclusions: Buprenorphine is"
          + " associated with better neonatal outcomes than methadone in pregnancy.",
      "opioid use disorder;pregnancy;neonatal abstinence syndrome"
    },
    {
      "Integrated prenatal care for women who use substances: a qualitative study of access and"
          + " stigma",
      "Stone, Rebecca;Marsh, Julia",
      "Women and Birth",
      "2019",
      "10.5555/winnow.ta.002",
      "Women who use substances often avoid prenatal care because of stigma and fear of child"
          + " protection involvement. We interviewed 28 women attending an integrated prenatal"
          + " programme that combined obstetric care, addiction treatment and social work. Women"
          + " described non-judgemental staff, continuity of midwife and flexible appointments as"
          + " reasons to stay engaged. Integrated models may reduce barriers to care.",
      "prenatal care;substance use;stigma;qualitative research"
    },
    {
      "Smoking cessation in pregnancy: a randomised trial of financial incentives",
      "Tappin, David;Bauld, Linda",
      "BMJ",
      "2015",
      "10.5555/winnow.ta.003",
      "We randomised 612 pregnant smokers to financial incentives or usual care. Validated"
          + " abstinence at late pregnancy was 22.5% with incentives and 8.6% with usual care."
          + " Financial incentives are effective for smoking cessation in pregnancy.",
      "smoking cessation;pregnancy;incentives"
    },
    {
      "Rooming-in and breastfeeding for infants with neonatal abstinence syndrome: a systematic"
          + " review",
      "MacMillan, Kathleen L.;Rendon, Cassandra P.",
      "JAMA Pediatrics",
      "2018",
      "10.5555/winnow.ta.004",
      "Rooming-in of mother and infant may reduce pharmacological treatment for neonatal"
          + " abstinence syndrome. We searched five databases and included 6 studies (549 infants)."
          + " Rooming-in reduced the need for pharmacological treatment (risk ratio 0.37) and the"
          + " length of hospital stay. Breastfeeding was associated with shorter stays.",
      "rooming-in;breastfeeding;neonatal abstinence syndrome;systematic review"
    },
    {
      "Postpartum overdose among women with opioid use disorder in Massachusetts",
      "Schiff, Davida M.;Nielsen, Timothy",
      "Obstetrics & Gynecology",
      "2018",
      "10.5555/winnow.ta.005",
      "Overdose events decreased during pregnancy and increased in the postpartum year, peaking"
          + " 7 to 12 months after delivery. Women receiving pharmacotherapy for opioid use disorder"
          + " had lower overdose rates. Postpartum care should continue treatment beyond delivery.",
      "overdose;postpartum;opioid use disorder"
    },
    {
      "Cannabis use during pregnancy and child neurodevelopment: a cohort study",
      "Paul, Sarah E.;Hatoum, Alexander S.",
      "JAMA Psychiatry",
      "2021",
      "10.5555/winnow.ta.006",
      "Among 11,489 children, prenatal cannabis exposure after maternal knowledge of pregnancy was"
          + " associated with greater psychopathology in middle childhood. The study did not assess"
          + " maternal care or services.",
      "cannabis;pregnancy;child development"
    },
    {
      "Peer recovery coaches in perinatal substance use treatment: a pilot randomised trial",
      "Hall, Olivia T.;Jordan, Alison",
      "Journal of Substance Abuse Treatment",
      "2022",
      "10.5555/winnow.ta.007",
      "Pregnant and postpartum women with substance use disorder were randomised to a peer"
          + " recovery coach or usual care. Retention in treatment at six months was higher with"
          + " peer support (68% vs 45%). Peer recovery coaching is feasible in perinatal care.",
      "peer support;perinatal;substance use disorder;randomised controlled trial"
    },
    {
      "Alcohol screening in antenatal clinics: a survey of midwives' practice",
      "Crawford-Williams, Fiona;Steen, Mary",
      "Midwifery",
      "2017",
      "10.5555/winnow.ta.008",
      "A survey of 400 midwives found that fewer than half routinely screened pregnant women for"
          + " alcohol use with a validated tool. Training and time were the main barriers.",
      "alcohol;screening;midwifery;antenatal care"
    },
    {
      "Child protection outcomes for infants born to mothers in methadone treatment",
      "Marsh, Jeanne C.;Smith, Brenda D.",
      "Child Abuse & Neglect",
      "2014",
      "10.5555/winnow.ta.009",
      "We linked treatment and child protection records for 1,312 infants. Continuous methadone"
          + " treatment through delivery was associated with fewer infant removals. Coordinated"
          + " services may keep families together.",
      "child protection;methadone;family"
    },
    {
      "Telehealth buprenorphine initiation for pregnant women in rural areas",
      "Guille, Constance;Simpson, Annie N.",
      "American Journal of Obstetrics and Gynecology",
      "2020",
      "10.5555/winnow.ta.010",
      "We compared telehealth and in-person initiation of buprenorphine among 98 rural pregnant"
          + " women. Retention and neonatal outcomes were similar; telehealth shortened travel time."
          + " Telemedicine can extend access to opioid treatment in pregnancy.",
      "telehealth;rural;buprenorphine;pregnancy"
    },
    {
      "Hepatitis C testing in pregnant women who inject drugs",
      "Kuncio, Danica E.;Newbern, E. Claire",
      "Clinical Infectious Diseases",
      "2016",
      "10.5555/winnow.ta.011",
      "Among pregnant women who inject drugs, 61% were tested for hepatitis C. Testing was lower"
          + " in women without prenatal care. Universal testing in pregnancy is recommended.",
      "hepatitis C;injection drug use;pregnancy;testing"
    },
    {
      "Mouse models of prenatal opioid exposure: a review of behavioural outcomes",
      "Byrnes, Elizabeth M.;Vassoler, Fair M.",
      "Neuropsychopharmacology",
      "2018",
      "10.5555/winnow.ta.012",
      "Animal models of prenatal opioid exposure show long-term behavioural changes in offspring."
          + " We review rodent studies of methadone, buprenorphine and morphine exposure.",
      "animal model;opioid;prenatal exposure"
    }
  };

  private ScreeningFixture() {}

  /** Creates the review in {@code dir} (closed afterwards); returns the RIS IDs in order. */
  public static List<String> create(Path dir, Path tmp) throws Exception {
    StringBuilder ris = new StringBuilder();
    for (int i = 0; i < RECORDS.length; i++) {
      String[] r = RECORDS[i];
      ris.append("TY  - JOUR\n").append(String.format("ID  - ta%03d%n", i + 1));
      ris.append("TI  - ").append(r[0]).append('\n');
      for (String a : r[1].split(";")) {
        ris.append("AU  - ").append(a).append('\n');
      }
      ris.append("JO  - ").append(r[2]).append('\n');
      ris.append("PY  - ").append(r[3]).append('\n');
      ris.append("DO  - ").append(r[4]).append('\n');
      ris.append("AB  - ").append(r[5]).append('\n');
      for (String k : r[6].split(";")) {
        ris.append("KW  - ").append(k).append('\n');
      }
      ris.append("ER  - \n\n");
    }
    Path file = Files.writeString(tmp.resolve("medline-export.ris"), ris.toString());
    try (ReviewProject p =
        ReviewProject.create(dir, "Perinatal care for women who use drugs", "test")) {
      p.imports()
          .importFiles(
              new ImportRequest(
                  List.of(file), "MEDLINE", SourceType.DATABASE, null, null, null, false, "test"),
              Progress.NONE);
      for (String name : List.of(ANA, BEN, CHEN)) {
        p.screening().addReviewer(name, null, "test");
      }
    }
    return ids();
  }

  /** Creates the review below {@code tmp} and opens it in a session (settings there too). */
  public static Session open(Path tmp) throws Exception {
    create(tmp.resolve("review"), tmp);
    Session session = new Session(tmp.resolve("settings"));
    session.open(tmp.resolve("review"));
    return session;
  }

  public static List<String> ids() {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 1; i <= RECORDS.length; i++) {
      out.add(String.format("ta%03d", i));
    }
    return out;
  }

  /** Records one decision by a record ID. */
  public static void decide(
      ReviewProject p, Stage stage, String id, String reviewer, DecisionValue value, String reason)
      throws Exception {
    p.screening().decide(stage, id, reviewer, value, reason, null, List.of(), "test");
  }

  /** A small real PDF: a title page and a methods page, for the full-text view. */
  public static Path pdf(Path file, String title) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      String[][] pages = {
        {
          title,
          "Abstract. Background: opioid agonist treatment in pregnancy. Methods: population cohort.",
          "Results: infants exposed to buprenorphine had less severe neonatal abstinence syndrome."
        },
        {
          "Methods",
          "We followed pregnant women receiving methadone or buprenorphine from the first",
          "antenatal visit to six weeks after delivery. Outcomes were recorded by midwives."
        }
      };
      for (String[] lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.beginText();
          s.setFont(bold, 16);
          s.newLineAtOffset(60, 760);
          s.showText(lines[0].length() > 60 ? lines[0].substring(0, 60) : lines[0]);
          s.setFont(regular, 11);
          for (int i = 1; i < lines.length; i++) {
            s.newLineAtOffset(0, -28);
            s.showText(lines[i]);
          }
          s.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }
}
