package org.winnow.core.io.ovid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Author names as Ovid writes them. Journals@Ovid appends degrees and affiliation markers ("Gazic,
 * Barbara MD, PhD *", "Zhang, Weijia 1,2,+"), BIOSIS and CAB append roles and e-mail addresses in
 * brackets ("Werner, S. M. [Author, Reprint Author; E-mail: ...]"), and the display format lists
 * all authors in one field separated by semicolons, where degrees may also be separated by
 * semicolons ("Bunkers, Sandra Schmidt RN; PhD; FAAN 1"). This class takes the names out; the
 * degrees and markers stay in the raw field.
 */
final class OvidAuthors {
  private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*]");

  /** Degrees and post-nominal letters seen after names, compared without dots. */
  private static final Set<String> CREDENTIALS =
      Set.of(
          "MD",
          "PhD",
          "RN",
          "FAAN",
          "MPH",
          "FACSM",
          "MS",
          "MSc",
          "BSc",
          "BS",
          "BA",
          "MA",
          "MBA",
          "MBBS",
          "MBChB",
          "FRCP",
          "FRCS",
          "FRCPC",
          "FACP",
          "FACS",
          "FACC",
          "FAHA",
          "DDS",
          "DMD",
          "PharmD",
          "DrPH",
          "ScD",
          "DSc",
          "MSN",
          "BSN",
          "NP",
          "APRN",
          "CNM",
          "CRNA",
          "MPhil",
          "DPhil",
          "FRACP",
          "MRCP",
          "MRCPsych",
          "EdD",
          "PsyD",
          "LCSW",
          "DVM",
          "MHS",
          "MSPH",
          "FESC",
          "FRCPath",
          "FRANZCP",
          "FASN",
          "MHSc",
          "MSW",
          "OTR",
          "CCC-SLP",
          "FNP",
          "BPharm",
          "MClinEpi");

  /** Affiliation markers: "1", "1,2", "+", "*", daggers. */
  private static final Pattern MARKER = Pattern.compile("[\\d*+†‡§¶#]+");

  private OvidAuthors() {}

  /** The names in one author field, each as "Family, Given" or as written when it has no comma. */
  static List<String> names(String field) {
    List<String> out = new ArrayList<>();
    if (field == null) {
      return out;
    }
    String s = BRACKETED.matcher(field).replaceAll(" ");
    for (String part : s.split(";")) {
      String name = name(part);
      if (name != null) {
        out.add(name);
      }
    }
    return out;
  }

  private static String name(String part) {
    String s = part.strip();
    int comma = s.indexOf(',');
    String family = comma < 0 ? null : s.substring(0, comma).strip();
    String rest = comma < 0 ? s : s.substring(comma + 1);
    List<String> tokens = new ArrayList<>(Arrays.asList(rest.strip().split("[\\s,]+")));
    tokens.removeIf(String::isEmpty);
    int keep = tokens.size();
    if (family == null) {
      // "Smith MD" is MEDLINE's family name and initials: only markers go. A part holding only
      // degrees ("PhD", "FAAN 1") was split off the name before it.
      while (keep > 0 && MARKER.matcher(tokens.get(keep - 1)).matches()) {
        keep--;
      }
      List<String> words = tokens.subList(0, keep);
      if (words.stream().allMatch(OvidAuthors::isDegreeOrMarker)) {
        return null;
      }
      return String.join(" ", words);
    }
    // after a comma come given names; degrees and markers follow them: keep at least one word
    while (keep > 1 && isDegreeOrMarker(tokens.get(keep - 1))) {
      keep--;
    }
    String given = String.join(" ", tokens.subList(0, keep));
    if (family.isEmpty()) {
      return given.isEmpty() ? null : given;
    }
    return given.isEmpty() ? family : family + ", " + given;
  }

  private static boolean isDegreeOrMarker(String token) {
    return MARKER.matcher(token).matches() || CREDENTIALS.contains(token.replace(".", ""));
  }
}
