package org.winnow.core.io.medline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.medline.MedlarsReader.Tagged;

/**
 * PubMed's MEDLINE format (.nbib, "PubMed format" text): {@code PMID- 12345678}, tags padded to
 * four characters before {@code "- "}, continuation lines indented by six spaces, records separated
 * by blank lines. ERIC writes the same layout (without PMIDs).
 *
 * <p>Mapping choices: FAU (full name) is used for an author and the AU that follows it is skipped;
 * AU alone is used when the record has no FAU for that author (older records). CN (corporate
 * author) becomes an organisation author. LID/AID give the DOI only when marked {@code [doi]} (AID
 * first) or written as a DOI; {@code [pii]} values are publisher ids, not DOIs. MH keeps the MeSH
 * descriptor without qualifiers and stars ({@link MeshHeadings}); the full heading stays raw. A
 * book title (BTI/BT) is the title when the record has no TI, otherwise the book a chapter belongs
 * to.
 */
public final class MedlineImporter implements CitationImporter {
  /** Detection confidence: the file starts with a PMID line. */
  private static final int STARTS_WITH_PMID = 95;

  /** Detection confidence: PMID lines and other MEDLINE-only tags. */
  private static final int HAS_PMIDS = 90;

  /** Detection confidence: several MEDLINE-only tags, no PMID (ERIC). */
  private static final int MEDLINE_TAGS_ONLY = 80;

  /** Detection confidence: tagged lines that any MEDLARS-like format could have. */
  private static final int TAGGED_LINES_ONLY = 25;

  /** Detection confidence for RIS and Ovid files: below the registry's floor. */
  private static final int OTHER_FORMAT = 5;

  /** How near the start the first PMID line must be for {@link #STARTS_WITH_PMID}. */
  private static final int PMID_WITHIN_LINES = 10;

  /** Tags padded to four characters put the dash at this index ("PMID-", "TI -"). */
  private static final int PADDED_DASH = 4;

  private static final Pattern TAG_LINE = Pattern.compile("([A-Z]{2,4}) *-( ?)(.*)");
  private static final Pattern ID_TYPE = Pattern.compile("(.*?)\\s*\\[([A-Za-z ]+)]\\s*");
  private static final Pattern DOI_SHAPE =
      Pattern.compile("(?i)(doi:\\s*|https?://(dx\\.)?doi\\.org/)10\\..*");

  /** RIS opens records with TY and closes them with ER, however it spaces the dash. */
  private static final Pattern RIS_MARKER = Pattern.compile("\\s*(TY\\s*-.*|ER\\s*(-\\s*)?)");

  private static final Pattern OVID_RECORD_MARKER =
      Pattern.compile("\\s*<\\s*\\d+\\s*\\.?\\s*>\\s*");

  /** Tags of three or four letters that MEDLINE-style files use; RIS and Ovid tags have two. */
  private static final Set<String> MEDLINE_TAGS =
      Set.of(
          "PMID", "OWN", "STAT", "DCOM", "FAU", "JID", "EDAT", "MHDA", "CRDT", "PHST", "LID", "AID",
          "PST", "DEP", "OTO", "OID", "PMC", "BTI", "FED", "ISSN", "ISBN", "CIN", "EIN", "RIN",
          "AUID", "MID", "PMCR", "CTI");

  @Override
  public String id() {
    return "medline";
  }

  @Override
  public String label() {
    return "MEDLINE / PubMed (.nbib, PubMed format)";
  }

  @Override
  public List<String> extensions() {
    return List.of("nbib", "txt", "medline");
  }

  @Override
  public int detect(String sample) {
    List<String> lines = ImportText.linesOf(sample);
    int tagLines = 0;
    int pmidLines = 0;
    int firstTagIndex = -1;
    boolean firstIsPmid = false;
    Set<String> medlineTags = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (RIS_MARKER.matcher(line).matches() || OVID_RECORD_MARKER.matcher(line).matches()) {
        return OTHER_FORMAT; // RIS (also as Ovid writes it) or an Ovid export
      }
      Tagged t = tagLine(line);
      if (t == null) {
        continue;
      }
      if (firstTagIndex < 0) {
        firstTagIndex = i;
        firstIsPmid = t.tag().equals("PMID");
      }
      tagLines++;
      if (t.tag().equals("PMID")) {
        pmidLines++;
      }
      if (MEDLINE_TAGS.contains(t.tag())) {
        medlineTags.add(t.tag());
      }
    }
    if (firstIsPmid && firstTagIndex < PMID_WITHIN_LINES) {
      return STARTS_WITH_PMID;
    }
    if (pmidLines > 0 && medlineTags.size() >= 2) {
      return HAS_PMIDS;
    }
    if (medlineTags.size() >= 3) {
      return MEDLINE_TAGS_ONLY;
    }
    return tagLines >= 3 ? TAGGED_LINES_ONLY : 0;
  }

  /** A MEDLINE tag line, or null. */
  static Tagged tagLine(String line) {
    Matcher m = TAG_LINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    int dash = m.start(2) - 1;
    // PubMed pads tags to four characters ("PMID-22664220" has no space after the dash); ERIC
    // writes "ISSN - " and hand-made files "SO- x": those need a space after the dash.
    boolean padded = dash == PADDED_DASH;
    boolean spaced = !m.group(2).isEmpty() || m.group(3).isEmpty();
    return padded || spaced ? new Tagged(m.group(1), m.group(3)) : null;
  }

  @Override
  public List<RecordDraft> read(ImportText input) throws ImportException {
    List<RecordDraft> out = new ArrayList<>();
    stream(input, out::add);
    return out;
  }

  /**
   * Reads record by record: a record runs from a tag line to the next blank line, or to a second
   * PMID line (a new record without a blank line before it); lines between records are skipped.
   */
  @Override
  public void stream(ImportText input, DraftSink sink) throws ImportException {
    MedlarsReader.HeldBack out = new MedlarsReader.HeldBack(sink);
    List<String> record = new ArrayList<>();
    int start = 0; // 1-based line of the record's first line
    boolean seenPmid = false;
    int lineNo = 0;
    for (java.util.Iterator<String> lines = input.lineIterator(); lines.hasNext(); ) {
      String line = lines.next();
      lineNo++;
      if (record.isEmpty()) {
        if (line.isBlank() || tagLine(line) == null) {
          continue; // blank lines and junk between records
        }
        start = lineNo;
        record.add(line);
        seenPmid = isPmid(line);
        continue;
      }
      if (line.isBlank()) {
        emit(record, start, out);
        continue;
      }
      if (isPmid(line)) {
        if (seenPmid) {
          emit(record, start, out); // a new record without a blank line before it
          start = lineNo;
        }
        seenPmid = true;
      }
      record.add(line);
    }
    if (!record.isEmpty()) {
      emit(record, start, out);
    }
    out.finish(input, lineNo);
    if (out.count() == 0 && !input.isBlank()) {
      throw input.error(1, null, "no MEDLINE records (lines like \"PMID- 12345678\") found");
    }
  }

  private static boolean isPmid(String line) {
    Tagged t = tagLine(line);
    return t != null && t.tag().equals("PMID");
  }

  private static void emit(List<String> record, int start, MedlarsReader.HeldBack out)
      throws ImportException {
    List<MedlarsReader.Field> fields =
        MedlarsReader.fields(record, start, MedlineImporter::tagLine);
    record.clear();
    out.accept(record(fields), fields);
  }

  private static RecordDraft record(List<MedlarsReader.Field> fields) {
    RecordDraft d = new RecordDraft(fields.get(0).line());
    List<String> titles = new ArrayList<>();
    List<String> bookTitles = new ArrayList<>();
    List<String> aidDois = new ArrayList<>();
    List<String> lidDois = new ArrayList<>();
    List<String> publishedDates = new ArrayList<>();
    List<String> electronicDates = new ArrayList<>();
    String pmid = null;
    String otherId = null;
    int fullNamesAwaitingShortForm = 0;
    String locationPii = null;
    List<String> journals = new ArrayList<>();
    boolean eric = false;
    boolean journalArticle = false;
    boolean aheadOfPrint = false;
    for (MedlarsReader.Field f : fields) {
      d.raw(f.tag(), f.raw());
      String v = f.value();
      switch (f.tag()) {
        case "PMID" -> {
          d.add(Field.PMID, v);
          pmid = pmid == null && !v.isEmpty() ? v : pmid;
        }
        case "TI" -> titles.add(v);
        case "BTI", "BT" -> bookTitles.add(v);
        case "AB" -> d.add(Field.ABSTRACT, v);
        case "FAU" -> {
          d.add(Field.AUTHOR, v);
          fullNamesAwaitingShortForm++;
        }
        case "AU" -> {
          if (fullNamesAwaitingShortForm > 0) {
            fullNamesAwaitingShortForm--; // the same author as the FAU before it
          } else {
            d.add(Field.AUTHOR, v);
          }
        }
        case "CN" -> {
          if (!v.isEmpty()) {
            d.add(Field.AUTHOR, "{" + v + "}"); // braces mark an organisation
          }
        }
        case "DP" -> publishedDates.add(v);
        case "DEP" -> electronicDates.add(v);
        case "TA" -> d.add(Field.JOURNAL_ABBREV, v);
        case "JT" -> journals.add(v);
        case "VI" -> d.add(Field.VOLUME, v);
        case "IP" -> d.add(Field.ISSUE, v);
        case "PG" -> d.add(Field.PAGES, v);
        case "LID" -> {
          articleId(d, v, lidDois);
          Matcher pii = ID_TYPE.matcher(v);
          if (pii.matches() && pii.group(2).strip().equalsIgnoreCase("pii")) {
            locationPii = locationPii == null ? pii.group(1) : locationPii;
          }
        }
        case "AID" -> articleId(d, v, aidDois);
        case "PST" -> aheadOfPrint = v.equalsIgnoreCase("aheadofprint");
        case "PMC" -> d.add(Field.PMCID, v);
        case "IS", "ISSN" -> d.add(Field.ISSN, v);
        case "ISBN" -> d.add(Field.ISBN, v);
        case "MH" -> d.add(Field.MESH, MeshHeadings.descriptor(v));
        case "OT" -> d.add(Field.KEYWORD, v);
        case "LA" -> d.add(Field.LANGUAGE, v);
        case "PT" -> {
          d.add(Field.TYPE, v);
          journalArticle |= v.toLowerCase(Locale.ROOT).startsWith("journal article");
        }
        case "OWN" -> eric |= v.equalsIgnoreCase("ERIC");
        case "PB" -> d.add(Field.PUBLISHER, v);
        case "OID" -> otherId = otherId == null && !v.isEmpty() ? v : otherId;
        default -> {
          // kept raw only
        }
      }
    }
    // ERIC writes the issuing body of reports and books in JT: it is their publisher. Articles
    // are typed "Journal Articles" or, when typed by content only, have a volume.
    Field journalTag =
        eric && !journalArticle && !d.has(Field.VOLUME) ? Field.PUBLISHER : Field.JOURNAL;
    journals.forEach(j -> d.add(journalTag, j));
    d.add(Field.TITLE, joinTitleParts(titles));
    if (titles.stream().allMatch(String::isBlank)) {
      bookTitles.forEach(t -> d.add(Field.TITLE, t));
    } else {
      bookTitles.forEach(t -> d.add(Field.JOURNAL, t)); // the book a chapter is in
    }
    if (!d.has(Field.PAGES) && !aheadOfPrint) {
      // e-only articles have an article number instead of pages ("LID - e42692 [pii]"); PubMed
      // cites it in their place. Ahead of print, the pii is only the publisher's id.
      d.add(Field.PAGES, locationPii);
    }
    aidDois.forEach(v -> d.add(Field.DOI, v));
    lidDois.forEach(v -> d.add(Field.DOI, v));
    (publishedDates.isEmpty() ? electronicDates : publishedDates)
        .forEach(v -> d.add(Field.DATE, v));
    // ERIC records have no PMID; their accession number ("EJ1227990") is in OID
    d.fileRecordId(pmid != null ? pmid : otherId);
    return d;
  }

  /**
   * PubMed writes one TI; files edited by hand or by other tools may split a title over several TI
   * lines: they are read as title and subtitles ("Title: Subtitle").
   */
  private static String joinTitleParts(List<String> parts) {
    StringBuilder out = new StringBuilder();
    for (String p : parts) {
      if (p.isBlank()) {
        continue;
      }
      if (out.length() > 0) {
        char last = out.charAt(out.length() - 1);
        out.append(".:?!;".indexOf(last) >= 0 ? " " : ": ");
      }
      out.append(p);
    }
    return out.toString();
  }

  /** LID/AID: "10.1/x [doi]", "S0033-3506(15)00037-2 [pii]", "doi:10.1/x", or a URL (ERIC). */
  private static void articleId(RecordDraft d, String value, List<String> dois) {
    Matcher m = ID_TYPE.matcher(value);
    if (m.matches()) {
      if (m.group(2).strip().toLowerCase(Locale.ROOT).equals("doi")) {
        dois.add(m.group(1));
      }
      return;
    }
    if (DOI_SHAPE.matcher(value).matches()) {
      dois.add(value);
    } else if (value.startsWith("http://") || value.startsWith("https://")) {
      d.add(Field.URL, value);
    }
  }
}
