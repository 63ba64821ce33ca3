package org.winnow.core.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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

  /** A word that marks an organisation; found anywhere in the (cleaned, one-line) name. */
  private static final Pattern ORGANISATION =
      Pattern.compile(
          "(?i)\\b(group|collaborat\\w*|consortium|committee|society|organi[sz]ation|investigators"
              + "|association|network|trialists|institute|council|agency|foundation|working party"
              + "|task force|centre|center|department|ministry|university|hospital|team|study)\\b");

  /** "[Author]" style suffixes. */
  private static final Pattern BRACKETED_SUFFIX = Pattern.compile("\\s*\\[[^\\]]*]\\s*$");

  /** "et al." stands for authors not listed; it is no author. */
  private static final Pattern ET_AL = Pattern.compile("(?i)et\\.?\\s*al\\.?");

  /** A token that is only initials: "QJ", "J", "Q.J.", "Q.", "J.-P." */
  private static final Pattern INITIALS_TOKEN =
      Pattern.compile("(\\p{Lu}\\.?-?){1,4}\\.?|(\\p{Lu}\\.)+-?\\p{Lu}\\.?");

  private static final Pattern SEMICOLON = Pattern.compile(";");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern AND = Pattern.compile("\\s+and\\s+");
  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern SUFFIX = Pattern.compile("(?i)(jr|sr|ii|iii|iv)\\.?");
  private static final char MASK = '\u0001';

  /**
   * ASySD runs names together: "Adeli K.Lewis G. F." breaks after "K." before "Lewis", and
   * "Haverslag R. T.de Groot D." before the particle of "de Groot".
   */
  private static final Pattern RUN_TOGETHER =
      Pattern.compile(
          "(?<=\\.)(?=\\p{Lu}[\\p{Ll}'’]|(?:van|von|de|der|den|da|das|dos|del|della|di|du|la|le|ten"
              + "|ter)\\s)");

  /** Identifiers exports append to names: Scopus "(57190394669)", WoS "(name@host.org)". */
  private static final Pattern TRAILING_ID =
      Pattern.compile("\\s*\\((?:\\d+|[^()\\s]+@[^()\\s]+)\\)\\s*$");

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
    if (s.indexOf('[') >= 0) {
      s = BRACKETED_SUFFIX.matcher(s).replaceAll("").strip();
    }
    s = TRAILING_ID.matcher(s).replaceAll("").strip();
    s = stripTrailing(s, ",;");
    if (s.isEmpty() || ET_AL.matcher(s).matches()) {
      return null;
    }
    if (!s.contains(",") && ORGANISATION.matcher(s).find()) {
      return new Author(s, "");
    }
    int comma = s.indexOf(',');
    if (comma >= 0) {
      String family = s.substring(0, comma).strip();
      String given = withoutSuffix(stripTrailing(s.substring(comma + 1).strip(), ","));
      if (given.equalsIgnoreCase("null")) {
        given = ""; // RefWorks writes a missing given name as "null"
      }
      if (ORGANISATION.matcher(given).find()) {
        // "GBD Chronic Kidney Disease Collaborators, Writing Group": no person's given names
        return new Author(s, "");
      }
      if (family.isEmpty()) {
        return new Author(given, "");
      }
      // Lens and CSL write particles after the given names: "Doesschate, T. ten", "Azzouzi, Hamid
      // el"
      String[] g = SPACES.split(given);
      int particles = g.length;
      while (particles > 1 && PARTICLES.contains(g[particles - 1])) {
        particles--;
      }
      if (particles < g.length) {
        family = join(g, particles, g.length) + " " + family;
        given = join(g, 0, particles);
      }
      return new Author(family, given);
    }
    String[] tokens = SPACES.split(s);
    if (tokens.length > 1 && tokens[0].equals("null")) {
      // Lens writes a missing given name as "null": "null van den Hoven"
      tokens = java.util.Arrays.copyOfRange(tokens, 1, tokens.length);
    }
    if (tokens.length == 1) {
      return new Author(tokens[0], "");
    }
    String last = tokens[tokens.length - 1];
    if (isInitials(last) && (!isInitials(tokens[0]) || isCapitalisedFamily(tokens[0]))) {
      // MEDLINE shape: family names first, initials last ("van der Berg AB", "Lewis G. F.")
      int given = tokens.length - 1;
      while (given > 1 && isInitials(tokens[given - 1])) {
        given--;
      }
      return new Author(join(tokens, 0, given), join(tokens, given, tokens.length));
    }
    // natural order: given names first ("Q. J. Zhai", "Qing-Jun Zhai", "Ludwig van Beethoven")
    int familyStart = tokens.length - 1;
    while (familyStart > 0
        && PARTICLES.contains(tokens[familyStart - 1].toLowerCase(Locale.ROOT))) {
      familyStart--;
    }
    return new Author(join(tokens, familyStart, tokens.length), join(tokens, 0, familyStart));
  }

  /**
   * A whole author list in one string. Separators inside BibTeX braces do not count, and a name
   * wholly in braces is one organisation: "{Council on Care and Outcomes Research} and Smith, J".
   */
  public static List<Author> parseList(String raw) {
    List<Author> out = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      return out;
    }
    String s = Text.clean(raw);
    if (s == null) {
      return out;
    }
    String outside = maskBraced(s);
    List<String> parts;
    if (outside.contains(";")) {
      parts = split(s, outside, SEMICOLON);
    } else if (AND.matcher(outside).find()) {
      parts = split(s, outside, AND);
    } else if (outside.contains(",")) {
      parts = splitCommas(split(s, outside, COMMA));
    } else if (RUN_TOGETHER.matcher(s).find()) {
      parts = List.of(RUN_TOGETHER.split(s));
    } else {
      parts = List.of(s);
    }
    for (String p : parts) {
      Author a = parseBraced(p);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  private static Author parseBraced(String part) {
    String p = part.strip();
    if (p.startsWith("{") && maskBraced(p).chars().allMatch(c -> c == MASK)) {
      String name = Text.clean(Text.stripBraces(p));
      return name == null ? null : new Author(name, "");
    }
    return parse(Text.stripBraces(p));
  }

  /** The text with every braced group (braces included) masked; unbalanced text stays as it is. */
  private static String maskBraced(String s) {
    if (s.indexOf('{') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      }
      out.append(depth > 0 ? MASK : c);
      if (c == '}' && --depth < 0) {
        return s;
      }
    }
    return depth == 0 ? out.toString() : s;
  }

  /** Splits {@code s} where {@code separator} matches the masked copy (same length). */
  private static List<String> split(String s, String masked, Pattern separator) {
    List<String> parts = new ArrayList<>();
    Matcher m = separator.matcher(masked);
    int start = 0;
    while (m.find()) {
      parts.add(s.substring(start, m.start()));
      start = m.end();
    }
    parts.add(s.substring(start));
    while (parts.size() > 1 && parts.get(parts.size() - 1).isBlank()) {
      parts.remove(parts.size() - 1); // "Smith J, Jones K," as String.split reads it
    }
    return parts;
  }

  /** "Smith, John, Jr." and BibTeX's "von Hicks, III, Michael": the suffix is not a given name. */
  private static String withoutSuffix(String given) {
    int comma = given.indexOf(',');
    if (comma < 0) {
      return given;
    }
    String first = given.substring(0, comma).strip();
    String second = stripTrailing(given.substring(comma + 1).strip(), ",");
    if (SUFFIX.matcher(second).matches()) {
      return first;
    }
    return SUFFIX.matcher(first).matches() ? second : given;
  }

  /**
   * "Smith J, Jones K" lists one author per comma; "Smith, John, Jones, Kate" pairs family and
   * given names. Pairs are assumed only when every second part looks like given names.
   */
  private static List<String> splitCommas(List<String> commaParts) {
    String[] bits = commaParts.toArray(new String[0]);
    if (bits.length == 3
        && (SUFFIX.matcher(bits[1].strip()).matches()
            || SUFFIX.matcher(bits[2].strip()).matches())) {
      return List.of(String.join(",", bits)); // one name: "von Hicks, III, Michael"
    }
    List<String> parts = new ArrayList<>();
    boolean eachHasInitials = true;
    for (String b : bits) {
      String[] tokens = SPACES.split(b.strip());
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

  /**
   * A short family name in capitals before initials, as Derwent and older WoS records write them
   * ("YANG Y", "LI W", "WU XY"): two or more letters without dots.
   */
  private static boolean isCapitalisedFamily(String token) {
    return token.length() >= 2 && token.chars().allMatch(Character::isLetter);
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
