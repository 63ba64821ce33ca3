package org.winnow.strategies.syntax;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * MeSH subheadings (qualifiers) by their two-letter code and name: Ovid writes {@code /dt}, PubMed
 * accepts {@code /drug therapy} and {@code /dt}.
 */
public final class MeshQualifiers {
  private static final Map<String, String> NAME_BY_CODE = new HashMap<>();
  private static final Map<String, String> CODE_BY_NAME = new HashMap<>();

  static {
    String[][] table = {
      {"ab", "abnormalities"},
      {"ad", "administration & dosage"},
      {"ae", "adverse effects"},
      {"ag", "agonists"},
      {"ah", "anatomy & histology"},
      {"ai", "antagonists & inhibitors"},
      {"an", "analysis"},
      {"bi", "biosynthesis"},
      {"bl", "blood"},
      {"bs", "blood supply"},
      {"ch", "chemistry"},
      {"ci", "chemically induced"},
      {"cf", "cerebrospinal fluid"},
      {"cl", "classification"},
      {"co", "complications"},
      {"cn", "congenital"},
      {"cs", "chemical synthesis"},
      {"cy", "cytology"},
      {"df", "deficiency"},
      {"di", "diagnosis"},
      {"dg", "diagnostic imaging"},
      {"du", "diagnostic use"},
      {"dh", "diet therapy"},
      {"dt", "drug therapy"},
      {"de", "drug effects"},
      {"ec", "economics"},
      {"ed", "education"},
      {"em", "embryology"},
      {"en", "enzymology"},
      {"ep", "epidemiology"},
      {"eh", "ethnology"},
      {"es", "ethics"},
      {"et", "etiology"},
      {"ge", "genetics"},
      {"gd", "growth & development"},
      {"hi", "history"},
      {"im", "immunology"},
      {"in", "injuries"},
      {"ir", "innervation"},
      {"is", "isolation & purification"},
      {"lj", "legislation & jurisprudence"},
      {"ma", "manpower"},
      {"me", "metabolism"},
      {"mt", "methods"},
      {"mi", "microbiology"},
      {"mo", "mortality"},
      {"nu", "nursing"},
      {"og", "organization & administration"},
      {"pk", "pharmacokinetics"},
      {"pd", "pharmacology"},
      {"pp", "physiopathology"},
      {"ph", "physiology"},
      {"pa", "pathology"},
      {"pc", "prevention & control"},
      {"px", "psychology"},
      {"ps", "parasitology"},
      {"py", "pathogenicity"},
      {"ra", "radiography"},
      {"rh", "rehabilitation"},
      {"ri", "radionuclide imaging"},
      {"rt", "radiotherapy"},
      {"rr", "radiation effects"},
      {"sc", "secondary"},
      {"sd", "supply & distribution"},
      {"se", "secretion"},
      {"sn", "statistics & numerical data"},
      {"st", "standards"},
      {"su", "surgery"},
      {"td", "trends"},
      {"th", "therapy"},
      {"tm", "transmission"},
      {"tu", "therapeutic use"},
      {"tr", "transplantation"},
      {"to", "toxicity"},
      {"ul", "ultrastructure"},
      {"ur", "urine"},
      {"us", "ultrasonography"},
      {"ut", "utilization"},
      {"vi", "virology"},
      {"ve", "veterinary"}
    };
    for (String[] row : table) {
      NAME_BY_CODE.put(row[0], row[1]);
      CODE_BY_NAME.put(row[1], row[0]);
      CODE_BY_NAME.put(row[1].replace("&", "and"), row[0]);
    }
  }

  private MeshQualifiers() {}

  /** The two-letter code of a subheading written as a code or a name; null when unknown. */
  public static String code(String subheading) {
    String s = subheading.trim().toLowerCase(Locale.ROOT);
    if (NAME_BY_CODE.containsKey(s)) {
      return s;
    }
    return CODE_BY_NAME.get(s);
  }

  /** The name of a subheading code, or the text itself when it is not a code. */
  public static String name(String subheading) {
    String s = subheading.trim().toLowerCase(Locale.ROOT);
    return NAME_BY_CODE.getOrDefault(s, s);
  }
}
