package org.winnow.core.io.ris;

import java.util.List;

/**
 * How one tagged citation format marks fields, the start and end of records, and continuation
 * lines. {@link TaggedLineReader} does the rest; RIS is {@link RisSyntax}. MEDLINE (.nbib) and Web
 * of Science tagged files follow the same pattern with other tag shapes and indents, so this
 * interface and the reader can move to a shared package when a second format uses them.
 */
public interface TagSyntax {

  /** A tag and its value on one line. */
  record TagValue(String tag, String value) {}

  /**
   * The fields that this line starts: usually one, several when a tool ran tag lines together, none
   * when the line is not a tag line (then it continues the previous field or is junk).
   */
  List<TagValue> fields(String line);

  /** Whether a field with this tag starts a new record. */
  boolean opensRecord(String tag);

  /** Whether a field with this tag ends the current record (the end tag itself is not kept). */
  boolean closesRecord(String tag);

  /** The text a continuation line adds to the previous field's value. */
  String continuation(String line);
}
