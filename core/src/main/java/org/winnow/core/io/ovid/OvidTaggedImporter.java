package org.winnow.core.io.ovid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.medline.MedlarsReader;
import org.winnow.core.io.medline.MedlarsReader.Tagged;
import org.winnow.core.io.medline.MeshHeadings;

/**
 * Ovid's own text exports (not its RIS): every record starts with its number in angle brackets
 * ({@code <1>} or {@code <1. >}), then either the "Reprint/Medlars" layout of two-letter tags
 * ({@code AN - }, {@code AU - }, {@code TI - }) or the display layout of labels ("Accession
 * Number", "Author", "Title") each followed by its value on indented lines. The two layouts name
 * the same fields; both are mapped through {@link OvidField}.
 */
public final class OvidTaggedImporter implements CitationImporter {
  private static final Pattern RECORD_MARKER = Pattern.compile("\\s*<\\s*(\\d+)\\s*\\.?\\s*>\\s*");
  private static final Pattern TAG_LINE =
      Pattern.compile("\\s{0,2}([A-Z][A-Z0-9]{1,5})\\s*-(?:\\s(.*))?");

  /** Ovid writes the type after the title: "Title.[Article]", "Title. [Review]". */
  private static final Pattern TITLE_ANNOTATION =
      Pattern.compile("(.*?[.?!][\"”']?)\\s*\\[[^\\[\\]]*]\\.?\\s*");

  /** Detection confidence: a record number, then Medlars tags, and Ovid named as vendor. */
  private static final int OVID_MEDLARS = 95;

  /** Detection confidence: a record number followed by Medlars tags or display labels. */
  private static final int RECORD_LAYOUT = 85;

  /** Detection confidence: a record number followed by something else. */
  private static final int RECORD_NUMBER_ONLY = 20;

  /** PsycINFO's placeholder for missing pages. */
  private static final String NO_PAGINATION = "No Pagination Specified";

  @Override
  public String id() {
    return "ovid";
  }

  @Override
  public String label() {
    return "Ovid tagged text (Medlars or display layout)";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt", "ovid");
  }

  @Override
  public int detect(String sample) {
    List<String> lines = ImportText.linesOf(sample);
    int marker = -1;
    boolean ovidVendor = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("TY  -")) {
        return 0; // RIS, as Ovid also writes it ("1. " then "TY  - JOUR")
      }
      if (marker < 0 && RECORD_MARKER.matcher(line).matches()) {
        marker = i;
      }
      ovidVendor |= line.strip().startsWith("VN") && line.contains("Ovid Technologies");
    }
    if (marker < 0) {
      return 0;
    }
    String next = firstNonBlank(lines, marker + 1);
    if (next == null) {
      return RECORD_NUMBER_ONLY;
    }
    if (tagLine(next) != null) {
      return ovidVendor ? OVID_MEDLARS : RECORD_LAYOUT;
    }
    if (OvidField.ofLabel(label(next)) != null || OvidField.isKnownOtherLabel(label(next))) {
      return RECORD_LAYOUT;
    }
    return RECORD_NUMBER_ONLY;
  }

  private static String firstNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return lines.get(i);
      }
    }
    return null;
  }

  static Tagged tagLine(String line) {
    Matcher m = TAG_LINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    return new Tagged(m.group(1), m.group(2) == null ? "" : m.group(2));
  }

  /** Display layout: a label starts at the left margin, its value lines are indented. */
  private static Tagged labelLine(String line) {
    if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
      return null;
    }
    return new Tagged(label(line), "");
  }

  private static String label(String line) {
    String s = line.strip();
    return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
  }

  @Override
  public List<RecordDraft> read(ImportText input) throws ImportException {
    List<RecordDraft> out = new ArrayList<>();
    stream(input, out::add);
    return out;
  }

  /** Reads record by record: a record is the lines after its number ("<1>") up to the next one. */
  @Override
  public void stream(ImportText input, DraftSink sink) throws ImportException {
    MedlarsReader.HeldBack out = new MedlarsReader.HeldBack(sink);
    List<String> record = new ArrayList<>();
    int marker = 0; // 1-based line of the current record's number; 0 before the first
    int lineNo = 0;
    for (java.util.Iterator<String> lines = input.lineIterator(); lines.hasNext(); ) {
      String line = lines.next();
      lineNo++;
      if (RECORD_MARKER.matcher(line).matches()) {
        if (marker > 0) {
          emit(marker, record, out);
        }
        marker = lineNo;
      } else if (marker > 0) {
        record.add(line);
      }
    }
    if (marker == 0) {
      if (input.isBlank()) {
        return;
      }
      throw input.error(1, null, "no Ovid record start such as \"<1>\" found");
    }
    emit(marker, record, out);
    out.finish(input, lineNo);
  }

  private static void emit(int marker, List<String> record, MedlarsReader.HeldBack out)
      throws ImportException {
    String first = firstNonBlank(record, 0);
    if (first != null) { // else a record number with nothing after it
      boolean medlars = tagLine(first) != null;
      List<MedlarsReader.Field> fields =
          MedlarsReader.fields(
              record,
              marker + 1,
              medlars ? OvidTaggedImporter::tagLine : OvidTaggedImporter::labelLine);
      if (!fields.isEmpty()) {
        out.accept(record(marker, fields, medlars), fields);
      }
    }
    record.clear();
  }

  private static RecordDraft record(int line, List<MedlarsReader.Field> fields, boolean medlars) {
    RecordDraft d = new RecordDraft(line);
    Map<OvidField, List<String>> values = new EnumMap<>(OvidField.class);
    for (MedlarsReader.Field f : fields) {
      d.raw(f.tag(), f.raw());
      OvidField key = medlars ? OvidField.ofTag(f.tag()) : OvidField.ofLabel(f.tag());
      if (key != null && !f.value().isEmpty()) {
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(f.value());
      }
    }
    map(d, values);
    return d;
  }

  private static void map(RecordDraft d, Map<OvidField, List<String>> v) {
    String database = first(v, OvidField.DATABASE);
    String accession = first(v, OvidField.ACCESSION);
    String uniqueId = first(v, OvidField.UNIQUE_ID);
    String id = accession != null ? accession : uniqueId;
    d.fileRecordId(id == null ? null : stripFinalPeriod(id));
    all(v, OvidField.PMID).forEach(x -> d.add(Field.PMID, x));
    if (uniqueId != null
        && database != null
        && database.toUpperCase(Locale.ROOT).contains("MEDLINE")) {
      d.add(Field.PMID, uniqueId); // Ovid MEDLINE's unique identifier is the PMID
    }

    List<String> fullNames = all(v, OvidField.AUTHOR_FULL);
    for (String a : fullNames.isEmpty() ? all(v, OvidField.AUTHOR) : fullNames) {
      OvidAuthors.names(a).forEach(n -> d.add(Field.AUTHOR, n));
    }

    String chapter = first(v, OvidField.CHAPTER_TITLE);
    for (String t : all(v, OvidField.TITLE)) {
      if (chapter != null) {
        d.add(Field.JOURNAL, t); // the display layout names a book "Title" and its chapter apart
      } else {
        d.add(Field.TITLE, title(t));
      }
    }
    if (chapter != null) {
      d.add(Field.TITLE, title(chapter));
    }

    all(v, OvidField.JOURNAL).forEach(x -> d.add(Field.JOURNAL, x));
    all(v, OvidField.JOURNAL_ABBREV).forEach(x -> d.add(Field.JOURNAL_ABBREV, x));
    all(v, OvidField.VOLUME).forEach(x -> d.add(Field.VOLUME, x));
    all(v, OvidField.ISSUE).forEach(x -> d.add(Field.ISSUE, x));
    all(v, OvidField.PAGES).stream()
        .filter(x -> !x.equalsIgnoreCase(NO_PAGINATION))
        .forEach(x -> d.add(Field.PAGES, x));
    all(v, OvidField.YEAR).forEach(x -> d.add(Field.YEAR, x));
    all(v, OvidField.DATE).forEach(x -> d.add(Field.DATE, x));
    OvidSource source = OvidSource.parse(first(v, OvidField.SOURCE));
    if (source != null) {
      d.add(Field.JOURNAL, source.journal());
      d.add(Field.VOLUME, source.volume());
      d.add(Field.ISSUE, source.issue());
      if (source.pages() != null && !source.pages().equalsIgnoreCase(NO_PAGINATION)) {
        d.add(Field.PAGES, source.pages());
      }
      d.add(Field.DATE, source.date());
    }

    all(v, OvidField.ABSTRACT).forEach(x -> d.add(Field.ABSTRACT, x));
    all(v, OvidField.KEYWORDS).forEach(x -> d.add(Field.KEYWORD, stripFinalPeriod(x)));
    for (String list : all(v, OvidField.KEYWORDS_COMMA)) {
      for (String k : stripFinalPeriod(list).split(",")) {
        d.add(Field.KEYWORD, k.strip());
      }
    }
    all(v, OvidField.MESH).forEach(x -> d.add(Field.MESH, MeshHeadings.descriptor(x)));
    // Journals@Ovid ends these with a period: "English.", "Original Article."
    all(v, OvidField.LANGUAGE).forEach(x -> d.add(Field.LANGUAGE, stripFinalPeriod(x)));
    all(v, OvidField.PUBLICATION_TYPE).forEach(x -> d.add(Field.TYPE, stripFinalPeriod(x)));
    all(v, OvidField.DOCUMENT_TYPE).forEach(x -> d.add(Field.TYPE, stripFinalPeriod(x)));
    all(v, OvidField.ISSN).forEach(x -> d.add(Field.ISSN, x));
    all(v, OvidField.ISBN).forEach(x -> d.add(Field.ISBN, x));
    all(v, OvidField.DOI).forEach(x -> d.add(Field.DOI, x));
    all(v, OvidField.PUBLISHER).forEach(x -> d.add(Field.PUBLISHER, x));
    all(v, OvidField.URL).forEach(x -> d.add(Field.URL, x));
  }

  private static String title(String t) {
    Matcher m = TITLE_ANNOTATION.matcher(t);
    return m.matches() ? m.group(1) : t;
  }

  private static String stripFinalPeriod(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
  }

  private static String first(Map<OvidField, List<String>> v, OvidField key) {
    List<String> list = v.get(key);
    return list == null ? null : list.get(0);
  }

  private static List<String> all(Map<OvidField, List<String>> v, OvidField key) {
    return v.getOrDefault(key, List.of());
  }
}
