package org.winnow.core.io.ris;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;

/**
 * RIS as written by Ovid, EBSCO, Scopus, Web of Science, Embase, PubMed-derived tools, EndNote,
 * Zotero, Mendeley, RefWorks, Covidence, Rayyan, EPPI-Reviewer, Citavi, Google Scholar and others.
 *
 * <p>Reading is lenient where real exports are messy (see {@link TaggedLineReader}): preamble and
 * junk lines between records are skipped, non-tag lines continue the previous field, tag lines with
 * one or two spaces or tabs around the dash are accepted, {@code ER} may lack its dash or trailing
 * space, and a missing {@code ER} before the next {@code TY} or at the end of the file ends the
 * record. A record that lost its {@code TY} line is accepted when an {@code ER} closes it, because
 * its fields are then clearly one record; tag lines that neither follow a {@code TY} nor end in an
 * {@code ER} are treated as junk. A file with no record at all is an error naming the file and its
 * first line, so that a MEDLINE or other file opened as RIS is not silently imported as nothing.
 * Tag meanings are mapped in {@link RisRecordMapper}.
 */
public final class RisImporter implements CitationImporter {
  private static final RisSyntax SYNTAX = new RisSyntax();
  private static final TaggedLineReader READER = new TaggedLineReader(SYNTAX);

  /** Lines a detection looks at; RIS shows its shape in the first record. */
  private static final int DETECT_LINES = 2000;

  /** MEDLINE/nbib: tags of three or four letters padded to four ("PMID- ", "FAU - "). */
  private static final Pattern MEDLINE_TAG = Pattern.compile("^[A-Z]{3}[A-Z ]- ");

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  @Override
  public String id() {
    return "ris";
  }

  @Override
  public String label() {
    return "RIS (Ovid, EBSCO, Scopus, Web of Science, Embase, EndNote, Zotero, Mendeley...)";
  }

  @Override
  public List<String> extensions() {
    return List.of("ris", "txt");
  }

  /**
   * 95 when a {@code TY} tag line appears; 60 for RIS-shaped tag lines closed by {@code ER} without
   * any {@code TY}; 30 for RIS-shaped tag lines alone. Files with MEDLINE's tags of three or four
   * letters ("PMID-", "FAU -") and no {@code TY} get at most 5: MEDLINE's two-letter tags are
   * padded exactly like RIS tags ("TI", "AU"), and the MEDLINE importer must win.
   */
  @Override
  public int detect(String sample) {
    String[] lines = LINE_BREAK.split(sample, DETECT_LINES + 1);
    int types = 0;
    int ends = 0;
    int tags = 0;
    int medline = 0;
    for (int i = 0; i < Math.min(lines.length, DETECT_LINES); i++) {
      String line = lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
      if (MEDLINE_TAG.matcher(line).find()) {
        medline++;
      }
      for (TagSyntax.TagValue t : SYNTAX.fields(line)) {
        if (SYNTAX.opensRecord(t.tag())) {
          types++;
        } else if (SYNTAX.closesRecord(t.tag())) {
          ends++;
        } else {
          tags++;
        }
      }
    }
    if (types > 0) {
      return 95;
    }
    if (medline > 0 || tags < 3) {
      return tags == 0 ? 0 : 5;
    }
    return ends > 0 ? 60 : 30;
  }

  @Override
  public List<RecordDraft> read(ImportText input) throws ImportException {
    List<TaggedRecord> records = READER.read(input);
    if (records.isEmpty()) {
      throw noRecords(input);
    }
    List<RecordDraft> out = new ArrayList<>(records.size());
    for (TaggedRecord r : records) {
      out.add(draft(input, r));
    }
    return out;
  }

  /** Streams records as they are read, so a large export need not be held as drafts. */
  @Override
  public void stream(ImportText input, DraftSink sink) throws ImportException {
    int[] count = new int[1];
    READER.read(
        input,
        r -> {
          count[0]++;
          sink.accept(draft(input, r));
        });
    if (count[0] == 0) {
      throw noRecords(input);
    }
  }

  /**
   * A record the file ends inside, without its {@code ER}, is kept (some real exporters omit the
   * last ER) with a warning naming where the file stops: it may have been cut short.
   */
  private static RecordDraft draft(ImportText input, TaggedRecord r) {
    RecordDraft d = RisRecordMapper.toDraft(r);
    if (r.atEndOfFile()) {
      TaggedField last = r.lastField();
      d.warn(
          input.warning(
              last.line(),
              last.tag(),
              "the file ends inside the record that starts on line "
                  + r.line()
                  + ", without its end tag ER: the record may be cut short"));
    }
    return d;
  }

  private static ImportException noRecords(ImportText input) {
    int first = 0;
    boolean medline = false;
    java.util.Iterator<String> lines = input.lineIterator();
    for (int i = 0; lines.hasNext(); i++) {
      String line = lines.next();
      if (first == 0 && !line.isBlank()) {
        first = i + 1;
      }
      if (MEDLINE_TAG.matcher(line).find()) {
        medline = true;
        break;
      }
    }
    String problem =
        medline
            ? "no RIS record: the file uses MEDLINE/PubMed tags (\"PMID- \"); import it as MEDLINE"
            : "no RIS record: expected a line \"TY  - <type>\" starting each record and \"ER  - \""
                + " ending it";
    return input.error(Math.max(first, 1), null, problem);
  }
}
