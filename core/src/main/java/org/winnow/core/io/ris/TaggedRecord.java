package org.winnow.core.io.ris;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one record of a tagged file, in file order.
 *
 * @param line 1-based line where the record starts
 * @param fields every field, repeated tags included
 * @param closed whether an end tag closed the record (false: the file or the next record ended it)
 * @param atEndOfFile whether the end of the file ended it, without an end tag: the file may have
 *     been cut short inside it
 */
public record TaggedRecord(
    int line, List<TaggedField> fields, boolean closed, boolean atEndOfFile) {

  public TaggedRecord {
    fields = List.copyOf(fields);
  }

  /** The last field, where a file cut short inside this record was cut. */
  public TaggedField lastField() {
    return fields.get(fields.size() - 1);
  }

  /** The values of any of these tags, in file order. */
  public List<String> values(String... tags) {
    List<String> out = new ArrayList<>();
    for (TaggedField f : fields) {
      if (isOneOf(f.tag(), tags)) {
        out.add(f.value());
      }
    }
    return out;
  }

  /** A scan, not a set: callers name a handful of tags, and this runs for every field. */
  private static boolean isOneOf(String tag, String[] tags) {
    for (String t : tags) {
      if (t.equals(tag)) {
        return true;
      }
    }
    return false;
  }

  /** The first non-blank value of any of these tags, in file order, or null. */
  public String first(String... tags) {
    for (String v : values(tags)) {
      if (!v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
