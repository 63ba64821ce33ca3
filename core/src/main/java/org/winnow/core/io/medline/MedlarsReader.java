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
  public static void warnIfCut(ImportText input, RecordDraft last, List<Field> fields) {
    if (last == null || input.endsWithLineBreak()) {
      return;
    }
    Field field = fields.isEmpty() ? null : fields.get(fields.size() - 1);
    int line = (int) Math.min(Integer.MAX_VALUE, input.text().lines().count());
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
          out.add(new Field(tag, value.toString().strip(), raw.toString(), start + 1));
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
      out.add(new Field(tag, value.toString().strip(), raw.toString(), start + 1));
    }
    return out;
  }
}
