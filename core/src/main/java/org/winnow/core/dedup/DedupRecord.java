package org.winnow.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Record;

/**
 * A record reduced to what duplicate detection compares, computed once per record.
 *
 * @param title folded title without database annotations
 * @param titleWords the distinct words of {@link #title}
 * @param authors folded family names, in order
 * @param givenNames folded given names, in the same order (to notice swapped name order)
 * @param journalForms the journal's names as folded words without stop words: full name, the part
 *     before a colon, the abbreviation
 * @param kind erratum, comment, reply or retraction notices are different works from the article
 * @param part "part 2" of a series is a different work from "part 1"
 * @param titleWithoutHeading the folded title without a section heading glued to its front
 *     ("MEDICAL PROGRESS ...", "Review: ..."), or null when it has none
 * @param titleScript the script most of the title is written in, or null without a title
 * @param abstractPrint a compact fingerprint of the abstract (not its text: a million records must
 *     fit in memory), or null without an abstract
 */
public record DedupRecord(
    long recordId,
    long citationId,
    String displayId,
    String title,
    Set<String> titleWords,
    List<String> authors,
    List<String> givenNames,
    Integer year,
    List<List<String>> journalForms,
    String volume,
    String issue,
    String startPage,
    String doi,
    String pmid,
    NoticeKind kind,
    String part,
    String titleWithoutHeading,
    Character.UnicodeScript titleScript,
    AbstractFingerprint abstractPrint) {

  /** Kinds of item that share a title with an article but are not it. */
  public enum NoticeKind {
    ARTICLE,
    ERRATUM,
    COMMENT,
    REPLY,
    RETRACTION
  }

  private static final Set<String> JOURNAL_STOP_WORDS =
      Set.of(
          "the", "of", "and", "for", "in", "on", "a", "an", "de", "la", "le", "der", "und", "y",
          "et", "des", "du");

  /**
   * A title naming an erratum: one that starts with the notice word, the notice-only words erratum
   * and corrigendum anywhere before "to/for/in/on", or a publisher's "Author correction".
   * "Correction" alone inside a title is a plain word of methods titles ("attenuation correction in
   * SPECT").
   */
  private static final Pattern ERRATUM =
      Pattern.compile(
          "^(erratum|errata|correction|corrigendum|corrigenda)\\b"
              + "|\\b(erratum|corrigendum) (to|for|in|on)\\b"
              + "|^(author|authors|publisher|editorial|notice of) correction\\b");

  private static final Pattern RETRACTION =
      Pattern.compile("^(retraction|retracted|withdrawn)\\b|\\bretraction (of|notice)\\b");
  private static final Pattern REPLY =
      Pattern.compile(
          "^(reply|response|in reply|authors? reply|author response)\\b|\\b(reply|response) to\\b");
  private static final Pattern COMMENT =
      Pattern.compile(
          "^(comment|commentary|re|letter|editorial comment)\\b|\\b(comment|commentary) on\\b");
  private static final Pattern PART =
      Pattern.compile(
          "\\b(part|pt)\\s+(\\d+|i{1,3}|iv|v|vi{0,3}|ix|x|one|two|three|four|five|[a-d])\\b");

  public static DedupRecord of(Record r) {
    return new Reader().read(r);
  }

  /**
   * Reads many records for one run, holding one copy of each word (title words, names, journal
   * words) for all of them: a million records repeat the same few hundred thousand words, and a
   * copy per record was most of their memory. Journals' word lists, volumes, issues and pages are
   * shared the same way. The records read are the same as {@link #of}'s.
   */
  public static final class Reader {
    private final Map<String, String> words = new HashMap<>();
    private final Map<String, List<List<String>>> journals = new HashMap<>();

    public DedupRecord read(Record r) {
      return of(r, AbstractFingerprint.of(r.fields().abstractText()), this);
    }

    /**
     * The record with its abstract's fingerprint as stored ({@link AbstractFingerprint#stored}),
     * without reading the abstract; a record without a stored fingerprint (null) is fingerprinted
     * from its abstract.
     */
    public DedupRecord read(Record r, byte[] storedPrint) {
      return storedPrint == null
          ? read(r)
          : of(r, AbstractFingerprint.fromStored(storedPrint), this);
    }

    private String shared(String word) {
      if (word == null) {
        return null;
      }
      String known = words.putIfAbsent(word, word);
      return known != null ? known : word;
    }

    private List<List<String>> journalForms(String journal, String abbreviation) {
      return journals.computeIfAbsent(
          journal + "\u0000" + abbreviation,
          k -> DedupRecord.journalForms(journal, abbreviation, this::shared));
    }
  }

  private static DedupRecord of(Record r, AbstractFingerprint abstractPrint, Reader shared) {
    Bibliographic f = r.fields();
    String title = ComparisonText.title(f.title());
    List<String> authors = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (Author a : f.authors()) {
      String family = ComparisonText.fold(a.family()).replace(" ", "");
      if (!family.isEmpty()) {
        authors.add(shared.shared(family));
        given.add(shared.shared(ComparisonText.fold(a.given()).replace(" ", "")));
      }
    }
    List<String> titleWords = new ArrayList<>();
    if (!title.isEmpty()) {
      for (String w : title.split(" ")) {
        titleWords.add(shared.shared(w));
      }
    }
    return new DedupRecord(
        r.id(),
        r.citationId(),
        r.displayId(),
        title,
        Set.copyOf(titleWords),
        List.copyOf(authors),
        List.copyOf(given),
        f.year(),
        shared.journalForms(f.journal(), f.journalAbbrev()),
        supplement(f) ? null : shared.shared(ComparisonText.volume(f.volume())),
        shared.shared(ComparisonText.leadingNumber(f.issue())),
        shared.shared(ComparisonText.page(f.startPage())),
        f.doi(),
        f.pmid(),
        kind(title),
        part(title),
        SectionHeading.titleWithout(f.title()),
        ComparisonText.script(title),
        abstractPrint);
  }

  private static List<List<String>> journalForms(
      String journal, String abbreviation, UnaryOperator<String> shared) {
    List<List<String>> forms = new ArrayList<>(4);
    for (String name :
        new String[] {journal, head(journal, ":"), head(journal, ". "), abbreviation}) {
      List<String> words = journalWords(name);
      if (!words.isEmpty() && !forms.contains(words)) {
        forms.add(words.stream().map(shared).toList());
      }
    }
    return List.copyOf(forms);
  }

  /**
   * The name before a separator: "Cancer epidemiology, biomarkers & prevention : a publication of
   * ...", "Diabetes. Conference: 70th Scientific Sessions ...".
   */
  private static String head(String journal, String separator) {
    if (journal == null) {
      return null;
    }
    int cut = journal.indexOf(separator);
    return cut > 3 ? journal.substring(0, cut) : null;
  }

  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern BRACKETS = Pattern.compile("\\[[^]]*]");

  static List<String> journalWords(String journal) {
    if (journal == null) {
      return List.of();
    }
    String j = BRACKETS.matcher(PARENTHESES.matcher(journal).replaceAll(" ")).replaceAll(" ");
    List<String> words = new ArrayList<>();
    for (String w : ComparisonText.fold(j).split(" ")) {
      if (!w.isEmpty() && !JOURNAL_STOP_WORDS.contains(w)) {
        words.add(w);
      }
    }
    return List.copyOf(words);
  }

  /**
   * Supplements are numbered differently by each database (the supplement number as volume or
   * issue), so their volumes are no evidence.
   */
  private static boolean supplement(Bibliographic f) {
    for (String v : new String[] {f.volume(), f.issue(), f.pages()}) {
      if (v != null && v.toLowerCase(java.util.Locale.ROOT).contains("suppl")) {
        return true;
      }
    }
    return false;
  }

  /** The notice words a notice's title starts with: "erratum to", "correction to", "comment on". */
  private static final Pattern NOTICE_WORDS =
      Pattern.compile(
          "^(?:(?:notice of |editorial )?(?:erratum|errata|correction|corrigendum|corrigenda"
              + "|retraction|retracted|withdrawn|comment|commentary|reply|response|in reply"
              + "|authors? reply|author response|re|letter)"
              + "(?: notice)?(?: (?:to|for|in|on|of|regarding))?(?: (?:the )?(?:article|paper))?"
              + " )+");

  /**
   * The title a notice names, its notice words removed ("erratum to x" → "x"), or the empty string
   * when there is none.
   */
  static String noticeSubject(String foldedTitle) {
    java.util.regex.Matcher m = NOTICE_WORDS.matcher(foldedTitle + " ");
    return m.find() ? (foldedTitle + " ").substring(m.end()).strip() : "";
  }

  /**
   * Words at least one of which every notice expression needs (the comment expression's "re" only
   * at the start): a title with none of them is an article without running the expressions, as
   * almost every title is.
   */
  private static final String[] NOTICE_STEMS = {
    "errat",
    "correction",
    "corrigend",
    "retract",
    "withdrawn",
    "reply",
    "response",
    "comment",
    "letter"
  };

  static NoticeKind kind(String foldedTitle) {
    if (!foldedTitle.startsWith("re") && !containsAny(foldedTitle, NOTICE_STEMS)) {
      return NoticeKind.ARTICLE;
    }
    return kindByExpressions(foldedTitle);
  }

  /** {@link #kind} by the expressions alone, for every title. */
  static NoticeKind kindByExpressions(String foldedTitle) {
    if (ERRATUM.matcher(foldedTitle).find()) {
      return NoticeKind.ERRATUM;
    }
    if (RETRACTION.matcher(foldedTitle).find()) {
      return NoticeKind.RETRACTION;
    }
    if (REPLY.matcher(foldedTitle).find()) {
      return NoticeKind.REPLY;
    }
    if (COMMENT.matcher(foldedTitle).find()) {
      return NoticeKind.COMMENT;
    }
    return NoticeKind.ARTICLE;
  }

  /** Words one of which {@link #PART} needs. */
  private static final String[] PART_WORDS = {"part", "pt"};

  static String part(String foldedTitle) {
    if (!containsAny(foldedTitle, PART_WORDS)) {
      return null;
    }
    return partByExpression(foldedTitle);
  }

  /** {@link #part} by the expression alone, for every title. */
  static String partByExpression(String foldedTitle) {
    Matcher m = PART.matcher(foldedTitle);
    return m.find() ? normalisePart(m.group(2)) : null;
  }

  private static boolean containsAny(String text, String[] words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String normalisePart(String p) {
    return switch (p) {
      case "i", "one", "a" -> "1";
      case "ii", "two", "b" -> "2";
      case "iii", "three", "c" -> "3";
      case "iv", "four", "d" -> "4";
      case "v", "five" -> "5";
      case "vi" -> "6";
      case "vii" -> "7";
      case "viii" -> "8";
      case "ix" -> "9";
      case "x" -> "10";
      default -> p;
    };
  }

  /** True when both titles have letters and most of them are in different scripts. */
  static boolean differentScripts(DedupRecord a, DedupRecord b) {
    return a.titleScript() != null && b.titleScript() != null && a.titleScript() != b.titleScript();
  }

  public String firstAuthor() {
    return authors.isEmpty() ? null : authors.get(0);
  }
}
