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

  static String writeRaw(List<RawField> raw) {
    List<List<String>> pairs = new ArrayList<>(raw.size());
    for (RawField f : raw) {
      pairs.add(java.util.Arrays.asList(f.tag(), f.value()));
    }
    return write(pairs);
  }

  static List<String> strings(String json) {
    return read(json, STRINGS);
  }

  static List<Author> authors(String json) {
    return read(json, AUTHORS);
  }

  static List<org.winnow.core.dedup.FieldEvidence> evidence(String json) {
    return read(json, EVIDENCE);
  }

  static List<RawField> raw(String json) {
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
