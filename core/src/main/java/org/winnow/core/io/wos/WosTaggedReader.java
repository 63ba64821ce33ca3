package org.winnow.core.io.wos;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;

/**
 * Splits a Web of Science tagged file into records of (tag, value) entries, in file order.
 *
 * <p>A continuation line (indented by three spaces) is a new value for the list tags (AU, AF, CR,
 * C1, EM...) and a wrapped line for all others (TI, AB, SO, DE...), whose lines are kept joined by
 * a line break. Some exports lose the indentation (one of Zotero's test cases): a line that is not
 * a known tag then continues the tag above.
 */
final class WosTaggedReader {
  private static final Pattern TAG_LINE = Pattern.compile("([A-Z][A-Z0-9])(?:[ \\t](.*))?");
  private static final Pattern RIS_LINE = Pattern.compile("[A-Z][A-Z0-9] {2}-(?: .*)?");

  /** Tags whose continuation lines each hold one more value rather than a wrapped line. */
  private static final Set<String> ONE_VALUE_PER_LINE =
      Set.of("AU", "AF", "BA", "BF", "BE", "CA", "GP", "CR", "C1", "C3", "EM");

  /**
   * Field tags of Web of Science Core Collection and the other WoS databases (Inspec, CABI, BIOSIS,
   * Derwent, MEDLINE). Only needed for files whose continuation lines lost their indentation: there
   * a line is a new tag only when its first two characters are one of these.
   */
  private static final Set<String> KNOWN_TAGS =
      Set.of(
          "FN", "VR", "PT", "AU", "AF", "BA", "BF", "CA", "GP", "BE", "TI", "SO", "SE", "BS", "LA",
          "DT", "CT", "CY", "CL", "SP", "HO", "DE", "ID", "AB", "C1", "C3", "RP", "EM", "RI", "OI",
          "FU", "FP", "FX", "CR", "NR", "TC", "Z9", "U1", "U2", "PU", "PI", "PA", "SN", "EI", "BN",
          "J9", "JI", "PD", "PY", "VL", "IS", "PN", "SU", "SI", "MA", "BP", "EP", "AR", "DI", "DL",
          "D2", "EA", "PG", "WC", "WE", "SC", "GA", "PM", "OA", "HC", "HP", "DA", "UT", "ER", "EF",
          "AN", "PS", "CC", "CN", "OR", "BD", "MC", "MQ", "AE", "DG", "PC", "PL", "PV", "CO", "TY",
          "ED", "GE", "DS", "MH", "TA", "IP", "RE", "NO", "AD", "FS", "DC", "GS", "TM", "PR");

  record Entry(String tag, String value) {}

  /**
   * @param atEndOfFile whether the file ended it without an {@code ER} line (cut short?)
   * @param lastLine the 1-based line of its last entry
   */
  record TaggedRecord(int line, List<Entry> entries, boolean atEndOfFile, int lastLine) {
    String first(String tag) {
      for (Entry e : entries) {
        if (e.tag().equals(tag) && !e.value().isBlank()) {
          return e.value();
        }
      }
      return null;
    }

    List<String> all(String tag) {
      return entries.stream().filter(e -> e.tag().equals(tag)).map(Entry::value).toList();
    }

    boolean has(String tag) {
      return first(tag) != null;
    }
  }

  private WosTaggedReader() {}

  /** Receives each record as soon as it is complete. */
  @FunctionalInterface
  interface RecordSink {
    void accept(TaggedRecord record) throws ImportException;
  }

  static List<TaggedRecord> read(ImportText input) throws ImportException {
    List<TaggedRecord> out = new ArrayList<>();
    read(input, out::add);
    return out;
  }

  /**
   * Streams the records to the sink in file order, holding one at a time. Two passes over the
   * lines: the first only looks for continuation lines that lost their indentation.
   */
  static void read(ImportText input, RecordSink out) throws ImportException {
    boolean unindented = hasUnindentedContinuations(input.lineIterator());
    Counted records = new Counted(out);
    RecordBuilder current = null;
    java.util.Iterator<String> lines = input.lineIterator();
    for (int lineNo = 1; lines.hasNext(); lineNo++) {
      String line = lines.next();
      if (line.isBlank()) {
        continue;
      }
      if (RIS_LINE.matcher(line).matches()) {
        throw input.error(
            lineNo, null, "this line is RIS (\"XX  - value\"), not Web of Science tagged text");
      }
      String tag = tagOf(line, unindented);
      if (current != null) {
        current.at(lineNo);
      }
      if (tag == null) {
        if (current != null) {
          current.continueLast(line.strip());
        }
        continue; // text outside a record (a stray note between records) carries no field
      }
      String value = line.length() > 3 ? line.substring(3) : "";
      switch (tag) {
        case "EF" -> {
          if (current != null) {
            records.add(current.build());
          }
          finish(input, records);
          return;
        }
        case "ER" -> {
          if (current != null) {
            records.add(current.build());
            current = null;
          }
        }
        case "FN", "VR" -> {
          if (current != null) {
            current.add(tag, value);
          }
        }
        case "PT" -> {
          if (current != null) {
            records.add(current.build()); // ER missing: a new PT still starts a new record
          }
          current = new RecordBuilder(lineNo);
          current.add(tag, value);
        }
        default -> {
          if (current == null) {
            current = new RecordBuilder(lineNo); // a record without PT line: keep its data
          }
          current.add(tag, value);
        }
      }
    }
    if (current != null) {
      records.add(current.buildAtEndOfFile()); // last ER/EF missing
    }
    finish(input, records);
  }

  /** A sink that counts what it passed on. */
  private static final class Counted {
    private final RecordSink sink;
    private int count;

    Counted(RecordSink sink) {
      this.sink = sink;
    }

    void add(TaggedRecord record) throws ImportException {
      count++;
      sink.accept(record);
    }
  }

  private static void finish(ImportText input, Counted records) throws ImportException {
    if (records.count == 0 && !input.isBlank()) {
      throw input.error(
          1, null, "no Web of Science records found (a record starts with a line like \"PT J\")");
    }
  }

  private static String tagOf(String line, boolean unindented) {
    if (Character.isWhitespace(line.charAt(0))) {
      return null;
    }
    Matcher m = TAG_LINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String tag = m.group(1);
    return !unindented || KNOWN_TAGS.contains(tag) ? tag : null;
  }

  /** True when some record has a non-blank line that is neither indented nor tag-shaped. */
  private static boolean hasUnindentedContinuations(java.util.Iterator<String> lines) {
    boolean inRecord = false;
    while (lines.hasNext()) {
      String line = lines.next();
      if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
        continue;
      }
      Matcher m = TAG_LINE.matcher(line);
      if (m.matches()) {
        String tag = m.group(1);
        if (tag.equals("PT")) {
          inRecord = true;
        } else if (tag.equals("ER") || tag.equals("EF")) {
          inRecord = false;
        }
      } else if (inRecord) {
        return true;
      }
    }
    return false;
  }

  private static final class RecordBuilder {
    private final int line;
    private final List<String> tags = new ArrayList<>();
    private final List<StringBuilder> values = new ArrayList<>();

    private int lastLine;

    RecordBuilder(int line) {
      this.line = line;
      this.lastLine = line;
    }

    void at(int lineNo) {
      lastLine = lineNo;
    }

    void add(String tag, String value) {
      tags.add(tag);
      values.add(new StringBuilder(value.strip()));
    }

    void continueLast(String text) {
      if (tags.isEmpty()) {
        return;
      }
      String tag = tags.get(tags.size() - 1);
      StringBuilder last = values.get(values.size() - 1);
      if (ONE_VALUE_PER_LINE.contains(tag) && last.length() > 0) {
        add(tag, text);
      } else {
        if (last.length() > 0) {
          last.append('\n');
        }
        last.append(text);
      }
    }

    TaggedRecord build() {
      return build(false);
    }

    TaggedRecord buildAtEndOfFile() {
      return build(true);
    }

    private TaggedRecord build(boolean atEndOfFile) {
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < tags.size(); i++) {
        entries.add(new Entry(tags.get(i), values.get(i).toString()));
      }
      return new TaggedRecord(line, List.copyOf(entries), atEndOfFile, lastLine);
    }
  }
}
