package org.winnow.core.io.ris;

import java.util.ArrayList;
import java.util.List;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportLimits;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.ris.TagSyntax.TagValue;

/**
 * Splits a tagged file into records of fields, leniently as real exports need:
 *
 * <ul>
 *   <li>Lines outside records (Ovid's numbered "1. " lines, "Record #1 of 2" headers, blank lines)
 *       are skipped.
 *   <li>A non-tag line inside a record continues the previous field; its text is joined with {@code
 *       "\n"}, so line structure (EndNote's one keyword per line) is kept. Blank lines inside a
 *       record are skipped.
 *   <li>An opening tag while a record is open ends that record (a missing end tag); so does the end
 *       of the file. An opening tag right after another one, with nothing between, stays in the
 *       same record.
 *   <li>Fields before any opening tag form a record only when an end tag closes them (a record
 *       whose opening tag was lost); otherwise they are junk between records and are dropped.
 * </ul>
 *
 * A value longer than {@link #MAX_VALUE_CHARS} is an error: no real field is that long, and a
 * damaged or binary file must not grow one value without bound.
 */
public final class TaggedLineReader {
  /** Longest value one field may have, continuation lines included. */
  public static final int MAX_VALUE_CHARS = ImportLimits.STANDARD.maxFieldChars();

  private final TagSyntax syntax;

  public TaggedLineReader(TagSyntax syntax) {
    this.syntax = syntax;
  }

  /** Receives each record as soon as it is complete. */
  @FunctionalInterface
  public interface RecordSink {
    void accept(TaggedRecord record) throws ImportException;
  }

  /** The records of the file, in file order; empty when it holds none. */
  public List<TaggedRecord> read(ImportText input) throws ImportException {
    List<TaggedRecord> out = new ArrayList<>();
    read(input, out::add);
    return out;
  }

  /** Streams the records of the file to the sink, in file order, holding one at a time. */
  public void read(ImportText input, RecordSink out) throws ImportException {
    java.util.Iterator<String> lines = input.lineIterator();
    Open current = null;
    for (int lineNo = 1; lines.hasNext(); lineNo++) {
      String line = stripByteOrderMark(lines.next());
      List<TagValue> tags = syntax.fields(line);
      if (tags.isEmpty()) {
        if (current != null && !line.isBlank()) {
          current.continueLast(syntax.continuation(line), input);
        }
        continue;
      }
      for (TagValue t : tags) {
        if (syntax.closesRecord(t.tag())) {
          if (current != null) {
            out.accept(current.close(true, false));
            current = null;
          }
          continue;
        }
        if (syntax.opensRecord(t.tag())) {
          if (current != null && !(current.opened && current.onlyOpeningTags())) {
            if (current.opened) {
              out.accept(current.close(false, false));
            }
            current = null;
          }
          if (current == null) {
            current = new Open(lineNo, true);
          }
        } else if (current == null) {
          current = new Open(lineNo, false);
        }
        current.add(new TaggedField(t.tag(), t.value(), lineNo), input);
      }
    }
    if (current != null && current.opened) {
      out.accept(current.close(false, true));
    }
  }

  private static String stripByteOrderMark(String line) {
    return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
  }

  /** A record being read. */
  private final class Open {
    private final int line;
    private final boolean opened;
    private final List<TaggedField> fields = new ArrayList<>();

    /** The last field, still growing by continuation lines: appended to, not copied per line. */
    private TaggedField last;

    private final StringBuilder lastValue = new StringBuilder();

    Open(int line, boolean opened) {
      this.line = line;
      this.opened = opened;
    }

    void add(TaggedField field, ImportText input) throws ImportException {
      check(field, field.value().length(), input);
      flushLast();
      last = field;
      lastValue.append(field.value());
    }

    void continueLast(String text, ImportText input) throws ImportException {
      if (lastValue.length() > 0) {
        lastValue.append('\n');
      }
      lastValue.append(text);
      check(last, lastValue.length(), input);
    }

    boolean onlyOpeningTags() {
      return syntax.opensRecord(last.tag())
          && fields.stream().allMatch(f -> syntax.opensRecord(f.tag()));
    }

    TaggedRecord close(boolean closed, boolean atEndOfFile) {
      flushLast();
      return new TaggedRecord(line, fields, closed, atEndOfFile);
    }

    private void flushLast() {
      if (last != null) {
        fields.add(new TaggedField(last.tag(), lastValue.toString(), last.line()));
        last = null;
        lastValue.setLength(0);
      }
    }

    private void check(TaggedField field, int length, ImportText input) throws ImportException {
      if (length > MAX_VALUE_CHARS) {
        throw input.error(
            field.line(),
            field.tag(),
            "value longer than "
                + MAX_VALUE_CHARS
                + " characters: the file is damaged or not in this format");
      }
    }
  }
}
