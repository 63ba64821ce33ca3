package org.winnow.ui.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Seeded synthetic citations as RIS, for benchmarks that need a large project (the test generators
 * in the fixtures module are test scope, so the shipped CLI cannot use them). Records have the
 * shape reviewers screen: title, three to six authors, journal, year, volume, pages, DOI, an
 * abstract of 150 to 300 words and keywords; IDs are {@code S000001}, {@code S000002}, ….
 */
final class SyntheticRis {
  private static final String[] WORDS = {
    "pregnancy",
    "opioid",
    "methadone",
    "buprenorphine",
    "neonatal",
    "abstinence",
    "syndrome",
    "maternal",
    "outcomes",
    "cohort",
    "randomised",
    "trial",
    "women",
    "substance",
    "use",
    "disorder",
    "treatment",
    "care",
    "prenatal",
    "postpartum",
    "infant",
    "withdrawal",
    "breastfeeding",
    "hospital",
    "community",
    "intervention",
    "programme",
    "services",
    "access",
    "barriers",
    "stigma",
    "qualitative",
    "interviews",
    "survey",
    "prevalence",
    "risk",
    "factors",
    "association",
    "adjusted",
    "odds",
    "ratio",
    "confidence",
    "interval",
    "birth",
    "weight",
    "preterm",
    "delivery",
    "length",
    "stay",
    "follow-up",
    "retention",
    "engagement",
    "counselling",
    "midwife",
    "nurse",
    "physician",
    "primary",
    "integrated",
    "model",
    "family",
    "child",
    "protection",
    "housing",
    "alcohol",
    "tobacco",
    "cannabis",
    "cocaine",
    "methamphetamine",
    "screening",
    "toxicology",
    "harm",
    "reduction",
    "naloxone",
    "overdose",
    "mortality",
    "depression",
    "anxiety",
    "trauma",
    "violence",
    "partner",
    "support",
    "peer",
    "telehealth",
    "rural",
    "urban",
    "low-income",
    "insurance",
    "medicaid",
    "policy",
    "guideline",
    "systematic",
    "review",
    "meta-analysis",
    "effect",
    "size",
    "evidence",
    "quality",
    "bias",
    "sample",
    "participants",
    "enrolled",
    "compared",
    "control",
    "group",
    "significant",
    "reduced",
    "increased",
    "improved",
    "months",
    "weeks",
    "baseline",
    "primary",
    "secondary",
    "measures"
  };
  private static final String[] FAMILY = {
    "Smith", "Okafor", "Lima", "Wei", "García", "Nguyen", "Müller", "Kowalski", "Haddad", "Patel",
    "Johansson", "Rossi", "Kim", "Dubois", "O'Neill", "Tanaka", "Silva", "Novak", "Ahmed", "Brown"
  };
  private static final String[] JOURNALS = {
    "Drug and Alcohol Dependence", "Addiction", "Journal of Substance Abuse Treatment",
    "Maternal and Child Health Journal", "BMC Pregnancy and Childbirth", "Obstetrics & Gynecology",
    "Journal of Perinatology", "Pediatrics", "American Journal of Obstetrics and Gynecology",
    "Midwifery", "Women and Birth", "International Journal of Drug Policy"
  };

  private SyntheticRis() {}

  /** Writes {@code n} records with the given seed; the same seed gives the same file. */
  static void write(Path file, int n, long seed) throws IOException {
    Random random = new Random(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= n; i++) {
        w.write("TY  - JOUR\n");
        w.write(String.format("ID  - S%06d%n", i));
        w.write("TI  - " + capitalised(words(random, 8 + random.nextInt(10))) + "\n");
        for (int a = 0, authors = 3 + random.nextInt(4); a < authors; a++) {
          w.write(
              "AU  - "
                  + FAMILY[random.nextInt(FAMILY.length)]
                  + ", "
                  + (char) ('A' + random.nextInt(26))
                  + ".\n");
        }
        w.write("JO  - " + JOURNALS[random.nextInt(JOURNALS.length)] + "\n");
        w.write("PY  - " + (1990 + random.nextInt(35)) + "\n");
        w.write("VL  - " + (1 + random.nextInt(120)) + "\n");
        int start = 1 + random.nextInt(2000);
        w.write("SP  - " + start + "\nEP  - " + (start + 5 + random.nextInt(15)) + "\n");
        w.write("DO  - 10.5555/synthetic." + seed + "." + i + "\n");
        w.write("AB  - " + capitalised(words(random, 150 + random.nextInt(150))) + ".\n");
        for (int k = 0, keywords = 3 + random.nextInt(4); k < keywords; k++) {
          w.write("KW  - " + WORDS[random.nextInt(WORDS.length)] + "\n");
        }
        w.write("ER  - \n\n");
      }
    }
  }

  private static String words(Random random, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.toString();
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
