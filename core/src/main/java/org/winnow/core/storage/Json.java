package org.winnow.core.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.winnow.core.model.Author;
import org.winnow.core.model.RawField;

/** The JSON shapes of list columns. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<List<String>>> PAIRS = new TypeReference<>() {};
  private static final TypeReference<List<Author>> AUTHORS = new TypeReference<>() {};
  private static final TypeReference<List<org.winnow.core.dedup.FieldEvidence>> EVIDENCE =
      new TypeReference<>() {};

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StorageException("cannot write JSON column", e);
    }
  }

  /*
   * The record columns are written by hand, character for character as Jackson writes them
   * (JsonColumnsTest holds them to it): Jackson's general machinery cost a third of the time of
   * storing a record.
   */

  /** {@code [["TAG","value"],...]}. */
  /** An empty JSON array, as the record columns store it: read without the JSON parser. */
  private static final String EMPTY_LIST = "[]";

  static String writeRaw(List<RawField> raw) {
    StringBuilder out = new StringBuilder(64 + 16 * raw.size());
    out.append('[');
    for (int i = 0; i < raw.size(); i++) {
      RawField f = raw.get(i);
      out.append(i == 0 ? "[" : ",[");
      quote(out, f.tag());
      out.append(',');
      quote(out, f.value());
      out.append(']');
    }
    return out.append(']').toString();
  }

  /** {@code ["a","b"]}. */
  static String writeStrings(List<String> values) {
    StringBuilder out = new StringBuilder(16 * values.size() + 2);
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      quote(out, values.get(i));
    }
    return out.append(']').toString();
  }

  /** {@code [{"family":"..","given":".."},...]}. */
  static String writeAuthors(List<Author> authors) {
    StringBuilder out = new StringBuilder(40 * authors.size() + 2);
    out.append('[');
    for (int i = 0; i < authors.size(); i++) {
      Author a = authors.get(i);
      out.append(i == 0 ? "{\"family\":" : ",{\"family\":");
      quote(out, a.family());
      out.append(",\"given\":");
      quote(out, a.given());
      out.append('}');
    }
    return out.append(']').toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** A JSON string as Jackson escapes it by default: quote, backslash and control characters. */
  private static void quote(StringBuilder out, String s) {
    if (s == null) {
      out.append("null");
      return;
    }
    out.append('"');
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(s, start, i);
      start = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    out.append(s, start, s.length()).append('"');
  }

  static List<String> strings(String json) {
    return EMPTY_LIST.equals(json) ? List.of() : read(json, STRINGS);
  }

  static List<Author> authors(String json) {
    return EMPTY_LIST.equals(json) ? List.of() : read(json, AUTHORS);
  }

  static List<org.winnow.core.dedup.FieldEvidence> evidence(String json) {
    return read(json, EVIDENCE);
  }

  static List<RawField> raw(String json) {
    if (EMPTY_LIST.equals(json)) {
      return List.of(); // columns left out of a query, and records without fields
    }
    List<List<String>> pairs = read(json, PAIRS);
    List<RawField> out = new ArrayList<>(pairs.size());
    for (List<String> p : pairs) {
      out.add(new RawField(p.get(0), p.get(1)));
    }
    return out;
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StorageException("corrupt JSON column: " + e.getOriginalMessage(), e);
    }
  }
}
