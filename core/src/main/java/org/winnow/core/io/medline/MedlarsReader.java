package org.winnow.core.io.medline;

import java.util.ArrayList;
import java.util.List;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;

/**
 * Reads the MEDLARS tagged layout that PubMed (.nbib) and Ovid ("Reprint/Medlars") both write: a
 * line starting with a short upper-case tag and a dash opens a field, and the lines after it that
 * are not tag lines continue it. Each format decides what a tag line looks like and where records
 * end; this class only turns a run of lines into fields.
 */
public final class MedlarsReader {

  /** Recognises the tag lines of one format. */
  @FunctionalInterface
  public interface TagLine {
    /** The tag and the value text after the dash, or null when the line is no tag line. */
    Tagged parse(String line);
  }

  /** A tag line split into its tag and the value text on that line. */
  public record Tagged(String tag, String value) {}

  /**
   * One field.
   *
   * @param tag the tag without padding ("PMID", "TI", "FAU")
   * @param value the text with continuation lines joined by one space, stripped
   * @param raw the text as the file had it: first-line value, then each continuation line (its
   *     indentation removed) after a line break
   * @param line 1-based line where the field starts
   */
  public record Field(String tag, String value, String raw, int line) {}

  private MedlarsReader() {}

  /**
   * Formats without an end tag cannot tell a record that the file ends inside; a file that does not
   * end with a line break was most likely cut in the middle of its last line. The last record is
   * then kept with a warning naming that line and its field.
   */
  public static void warnIfCut(ImportText input, RecordDraft last, List<Field> fields, int lines) {
    if (last == null || input.endsWithLineBreak()) {
      return;
    }
    Field field = fields.isEmpty() ? null : fields.get(fields.size() - 1);
    int line = lines;
    last.warn(
        input.warning(
            line,
            field == null ? null : field.tag(),
            "the file ends in the middle of a line, inside the record that starts on line "
                + last.line()
                + ": the record may be cut short"));
  }

  /**
   * The fields in lines {@code [from, to)} (0-based indices; line numbers are index + 1). Lines
   * before the first tag line are not part of any field and are skipped.
   */
  public static List<Field> fields(List<String> lines, int from, int to, TagLine tagLine) {
    return fields(lines.subList(from, to), from + 1, tagLine);
  }

  /** The fields in one record's lines, the first of which is line {@code firstLine} (1-based). */
  public static List<Field> fields(List<String> lines, int firstLine, TagLine tagLine) {
    int from = 0;
    int to = lines.size();
    List<Field> out = new ArrayList<>();
    String tag = null;
    int start = 0;
    StringBuilder value = new StringBuilder();
    StringBuilder raw = new StringBuilder();
    int pendingBlankLines = 0;
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      Tagged t = tagLine.parse(line);
      if (t != null) {
        if (tag != null) {
          out.add(new Field(tag, value.toString().strip(), raw.toString(), start + firstLine));
        }
        tag = t.tag();
        start = i;
        value.setLength(0);
        raw.setLength(0);
        value.append(t.value().strip());
        raw.append(t.value());
        pendingBlankLines = 0;
      } else if (tag != null) {
        if (line.isBlank()) {
          pendingBlankLines++; // kept in raw only if the field goes on after it
          continue;
        }
        if (raw.length() > 0) {
          raw.append("\n".repeat(pendingBlankLines + 1));
        }
        raw.append(line.stripLeading());
        pendingBlankLines = 0;
        String part = line.strip();
        if (value.length() > 0) {
          value.append(' ');
        }
        value.append(part);
      }
    }
    if (tag != null) {
      out.add(new Field(tag, value.toString().strip(), raw.toString(), start + firstLine));
    }
    return out;
  }

  /**
   * Passes drafts on one behind, so that the last one can still be warned about ({@link
   * #warnIfCut}) before it is handed over: the end of a stream is only known after its last record.
   */
  public static final class HeldBack {
    private final org.winnow.core.io.CitationImporter.DraftSink sink;
    private RecordDraft held;
    private List<Field> heldFields = List.of();
    private int count;

    public HeldBack(org.winnow.core.io.CitationImporter.DraftSink sink) {
      this.sink = sink;
    }

    public void accept(RecordDraft draft, List<Field> fields)
        throws org.winnow.core.io.ImportException {
      if (held != null) {
        sink.accept(held);
      }
      held = draft;
      heldFields = fields;
      count++;
    }

    /** Hands over the last draft, warned about when the file of {@code lines} lines is cut. */
    public void finish(ImportText input, int lines) throws org.winnow.core.io.ImportException {
      if (held != null) {
        warnIfCut(input, held, heldFields, lines);
        sink.accept(held);
        held = null;
      }
    }

    /** How many drafts were accepted. */
    public int count() {
      return count;
    }
  }
}
