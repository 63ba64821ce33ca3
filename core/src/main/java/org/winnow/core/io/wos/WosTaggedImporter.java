package org.winnow.core.io.wos;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;

/**
 * Web of Science / ISI tagged export ("Plain text" / "Other file formats" in WoS, also Inspec,
 * CABI, BIOSIS and MEDLINE records exported through the WoS platform). Lines are a two-character
 * tag, a space and a value; indented lines continue the tag above; {@code ER} ends a record and
 * {@code EF} the file. The lines are read by {@link WosTaggedReader}; this class maps tags to
 * fields.
 */
public final class WosTaggedImporter implements CitationImporter {
  public static final String ID = "wos";

  private static final Pattern FILE_HEADER =
      Pattern.compile("(?m)\\A\\s*FN [^\\r\\n]*(?:\\r\\n?|\\n)\\s*VR ");
  private static final Pattern FN_LINE =
      Pattern.compile("(?m)\\A\\s*FN .*(ISI|Web of (Science|Knowledge)|Clarivate|Thomson)");
  private static final Pattern FIRST_PT = Pattern.compile("(?m)\\A\\s*PT [A-Z]\\s*$");
  private static final Pattern ANY_PT = Pattern.compile("(?m)^PT [A-Z]\\s*$");
  private static final Pattern ER_LINE = Pattern.compile("(?m)^ER\\s*$");
  private static final Pattern OTHER_TAGGED_FORMAT =
      Pattern.compile("(?m)^(?:[A-Z][A-Z0-9] {2}- |PMID- |%[A-Z0-9] |TY {2}-)");

  /** WoS "PT" publication type codes; DT (document type) is preferred when present. */
  private static final Map<String, String> PUBLICATION_TYPES =
      Map.of("J", "Journal", "B", "Book", "S", "Book in series", "P", "Patent", "C", "Conference");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String label() {
    return "Web of Science / ISI tagged (plain text export)";
  }

  @Override
  public List<String> extensions() {
    return List.of("ciw", "txt", "isi");
  }

  @Override
  public int detect(String sample) {
    if (sample == null || sample.isBlank() || OTHER_TAGGED_FORMAT.matcher(sample).find()) {
      return 0;
    }
    if (FN_LINE.matcher(sample).find() || FILE_HEADER.matcher(sample).find()) {
      return 95;
    }
    boolean startsWithPt = FIRST_PT.matcher(sample).find();
    boolean hasEr = ER_LINE.matcher(sample).find();
    if (startsWithPt && hasEr) {
      return 80;
    }
    if (ANY_PT.matcher(sample).find() && hasEr) {
      return 50;
    }
    return 0;
  }

  @Override
  public List<RecordDraft> read(ImportText input) throws ImportException {
    List<WosTaggedReader.TaggedRecord> records = WosTaggedReader.read(input);
    return records.stream().map(r -> toDraft(input, r)).toList();
  }

  /** Streams records as they are read, so a large export need not be held as drafts. */
  @Override
  public void stream(ImportText input, DraftSink sink) throws ImportException {
    WosTaggedReader.read(input, r -> sink.accept(toDraft(input, r)));
  }

  private static RecordDraft toDraft(ImportText input, WosTaggedReader.TaggedRecord record) {
    RecordDraft d = new RecordDraft(record.line());
    if (record.atEndOfFile()) {
      // kept, as a file that only lost its last ER and EF lines loses nothing; but it may be cut
      d.warn(
          input.warning(
              record.lastLine(),
              record.entries().isEmpty()
                  ? null
                  : record.entries().get(record.entries().size() - 1).tag(),
              "the file ends inside the record that starts on line "
                  + record.line()
                  + ", without its end tag ER: the record may be cut short"));
    }
    for (WosTaggedReader.Entry e : record.entries()) {
      d.raw(e.tag(), e.value());
    }
    d.fileRecordId(record.first("UT"));

    String documentType = record.first("DT");
    String pt = record.first("PT");
    d.add(Field.TYPE, documentType);
    if (documentType == null || documentType.isBlank()) {
      d.add(Field.TYPE, pt == null ? null : PUBLICATION_TYPES.getOrDefault(pt.strip(), pt));
    }
    d.add(Field.TITLE, record.first("TI"));
    record.all("AB").forEach(v -> d.add(Field.ABSTRACT, v));

    // AF (full names) and AU (short names) list the same people: take one, never both.
    List<String> people = record.has("AF") ? record.all("AF") : record.all("AU");
    for (String person : people) {
      // MEDLINE records exported through WoS put all authors on one AU line, split by ";".
      for (String name : person.split(";")) {
        d.add(Field.AUTHOR, name);
      }
    }
    for (String group : record.all("CA")) {
      if (d.values(Field.AUTHOR).stream()
          .noneMatch(a -> a.strip().equalsIgnoreCase(group.strip()))) {
        d.add(Field.AUTHOR, group); // a group author, unless AU already listed it
      }
    }

    d.add(Field.YEAR, record.first("PY"));
    d.add(Field.DATE, record.first("PD"));
    d.add(Field.JOURNAL, record.first("SO"));
    d.add(Field.JOURNAL_ABBREV, record.first("JI"));
    d.add(Field.JOURNAL_ABBREV, record.first("J9"));
    d.add(Field.VOLUME, record.first("VL"));
    d.add(Field.ISSUE, record.first("IS"));
    if (record.has("BP")) {
      d.add(Field.START_PAGE, record.first("BP"));
      d.add(Field.END_PAGE, record.first("EP"));
    } else if (record.has("AR")) {
      d.add(Field.PAGES, record.first("AR")); // article number of online-only journals
    } else if (record.has("PS")) {
      d.add(Field.PAGES, record.first("PS")); // page span (Inspec, MEDLINE via WoS)
    } else {
      d.add(Field.END_PAGE, record.first("EP"));
    }
    d.add(Field.DOI, record.first("DI"));
    d.add(Field.PMID, record.first("PM"));
    record.all("SN").forEach(v -> d.add(Field.ISSN, v));
    record.all("EI").forEach(v -> d.add(Field.ISSN, v));
    record.all("BN").forEach(v -> d.add(Field.ISBN, v));
    record.all("DE").forEach(v -> d.add(Field.KEYWORD, v));
    String ut = record.first("UT");
    if (ut != null && ut.strip().toUpperCase(Locale.ROOT).startsWith("INSPEC:")) {
      // Inspec uses ID for bracketed identifiers (SICI, PII, DOI), not for Keywords Plus.
      record.all("ID").forEach(v -> d.add(Field.DOI, v));
    } else {
      record.all("ID").forEach(v -> d.add(Field.KEYWORD, v));
    }
    d.add(Field.LANGUAGE, record.first("LA"));
    d.add(Field.PUBLISHER, record.first("PU"));
    return d;
  }
}
