package org.winnow.core.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.winnow.core.model.Author;

/**
 * Reads author names in the shapes real exports use: "Zhai, Q. J.", "Zhai QJ", "Q. J. Zhai",
 * "Qing-Jun Zhai", "van Loon, Ellen M. P.", organisations, and whole lists joined by ";", " and ",
 * commas, or run together without separators as in the ASySD benchmark ("Adeli K.Lewis G. F.").
 */
public final class AuthorNames {
  private static final Set<String> PARTICLES =
      Set.of(
          "van", "von", "de", "der", "den", "da", "das", "dos", "del", "della", "di", "du", "la",
          "le", "ten", "ter", "el", "al", "bin", "ibn", "st", "zu", "vander", "vanden");
  private static final Pattern ORGANISATION =
      Pattern.compile(
          "(?i).*\\b(group|collaborat\\w*|consortium|committee|society|organi[sz]ation|investigators"
              + "|association|network|trialists|institute|council|agency|foundation|working party"
              + "|task force|centre|center|department|ministry|university|hospital|team|study)\\b.*");

  /** "et al." stands for authors not listed; it is no author. */
  private static final Pattern ET_AL = Pattern.compile("(?i)et\\.?\\s*al\\.?");

  /** A token that is only initials: "QJ", "J", "Q.J.", "Q.", "J.-P." */
  private static final Pattern INITIALS_TOKEN =
      Pattern.compile("(\\p{Lu}\\.?-?){1,4}\\.?|(\\p{Lu}\\.)+-?\\p{Lu}\\.?");

  /** ASySD runs names together: "Adeli K.Lewis G. F." breaks after "K." before "Lewis". */
  private static final Pattern RUN_TOGETHER = Pattern.compile("(?<=\\.)(?=\\p{Lu}[\\p{Ll}'’])");

  private AuthorNames() {}

  /** One author, or null for blank input. */
  public static Author parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = Text.clean(raw);
    if (s == null) {
      return null;
    }
    s = s.replaceAll("\\s*\\[[^\\]]*]\\s*$", "").strip(); // "[Author]" style suffixes
    s = stripTrailing(s, ",;");
    if (s.isEmpty() || ET_AL.matcher(s).matches()) {
      return null;
    }
    if (ORGANISATION.matcher(s).matches() && !s.contains(",")) {
      return new Author(s, "");
    }
    int comma = s.indexOf(',');
    if (comma >= 0) {
      String family = s.substring(0, comma).strip();
      String given = stripTrailing(s.substring(comma + 1).strip(), ",");
      if (family.isEmpty()) {
        return new Author(given, "");
      }
      return new Author(family, given);
    }
    String[] tokens = s.split("\\s+");
    if (tokens.length == 1) {
      return new Author(tokens[0], "");
    }
    String last = tokens[tokens.length - 1];
    if (isInitials(last) && !isInitials(tokens[0])) {
      // MEDLINE shape: family names first, initials last ("van der Berg AB", "Zhai Q.J.")
      return new Author(join(tokens, 0, tokens.length - 1), last);
    }
    // natural order: given names first ("Q. J. Zhai", "Qing-Jun Zhai", "Ludwig van Beethoven")
    int familyStart = tokens.length - 1;
    while (familyStart > 1
        && PARTICLES.contains(tokens[familyStart - 1].toLowerCase(Locale.ROOT))) {
      familyStart--;
    }
    return new Author(join(tokens, familyStart, tokens.length), join(tokens, 0, familyStart));
  }

  /** A whole author list in one string. */
  public static List<Author> parseList(String raw) {
    List<Author> out = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      return out;
    }
    String s = Text.clean(raw);
    if (s == null) {
      return out;
    }
    List<String> parts;
    if (s.contains(";")) {
      parts = List.of(s.split(";"));
    } else if (Pattern.compile("\\s+and\\s+").matcher(s).find()) {
      parts = List.of(s.split("\\s+and\\s+"));
    } else if (s.contains(",")) {
      parts = splitCommas(s);
    } else if (RUN_TOGETHER.matcher(s).find()) {
      parts = List.of(RUN_TOGETHER.split(s));
    } else {
      parts = List.of(s);
    }
    for (String p : parts) {
      Author a = parse(p);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * "Smith J, Jones K" lists one author per comma; "Smith, John, Jones, Kate" pairs family and
   * given names. Pairs are assumed only when every second part looks like given names.
   */
  private static List<String> splitCommas(String s) {
    String[] bits = s.split(",");
    List<String> parts = new ArrayList<>();
    boolean eachHasInitials = true;
    for (String b : bits) {
      String[] tokens = b.strip().split("\\s+");
      if (tokens.length < 2 || !isInitials(tokens[tokens.length - 1])) {
        eachHasInitials = false;
      }
    }
    if (eachHasInitials || bits.length % 2 != 0) {
      for (String b : bits) {
        parts.add(b);
      }
      return parts;
    }
    for (int i = 0; i + 1 < bits.length; i += 2) {
      parts.add(bits[i] + "," + bits[i + 1]);
    }
    return parts;
  }

  static boolean isInitials(String token) {
    return INITIALS_TOKEN.matcher(token).matches();
  }

  private static String join(String[] tokens, int from, int to) {
    return String.join(" ", java.util.Arrays.copyOfRange(tokens, from, to));
  }

  private static String stripTrailing(String s, String chars) {
    int end = s.length();
    while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end).strip();
  }
}
