package org.winnow.core.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.winnow.core.io.ImportException;

/**
 * A JSON document with the line of every value, so that a problem found after parsing (a wrong
 * answer type, a missing field) can still name the line of the file where the user must look.
 * Jackson's tree model drops locations; one extra pass over the tokens records them by JSON
 * pointer.
 */
public final class LocatedJson {
  /** Bounds untrusted files: no document nests deeper or holds longer strings than this. */
  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).build();

  private static final JsonFactory FACTORY =
      JsonFactory.builder().streamReadConstraints(LIMITS).build();

  /** Numbers keep the digits written (2.50 stays 2.50, 0.1 is exactly 0.1). */
  private static final ObjectMapper MAPPER =
      new ObjectMapper(FACTORY)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private final String file;
  private final JsonNode root;
  private final Map<String, Integer> lines;

  private LocatedJson(String file, JsonNode root, Map<String, Integer> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  /** Parses the text; syntax errors become an {@link ImportException} naming the line. */
  public static LocatedJson parse(String file, String text) throws ImportException {
    Map<String, Integer> lines = new HashMap<>();
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
      if (root == null || root.isMissingNode()) {
        throw new ImportException(file, 0, null, "empty file: expected a JSON object");
      }
      try (JsonParser p = FACTORY.createParser(text)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          JsonStreamContext c = p.getParsingContext();
          JsonStreamContext owner = t.isStructStart() ? c.getParent() : c;
          if (t.isStructEnd() || owner == null) {
            continue;
          }
          lines.putIfAbsent(owner.pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ImportException(file, line, null, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ImportException(file, 0, null, "cannot read JSON: " + e.getMessage());
    }
    return new LocatedJson(file, root, lines);
  }

  public String file() {
    return file;
  }

  public JsonNode root() {
    return root;
  }

  /**
   * The line of the value at a JSON pointer ("/sections/interventions/0/why"), or of its nearest
   * enclosing value when it is absent (a missing field is reported where its object starts).
   */
  public int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.isEmpty()) {
        return 0;
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /** An error at a JSON pointer, naming the field as the user wrote it. */
  public ImportException error(String pointer, String field, String problem) {
    return new ImportException(file, line(pointer), field, problem);
  }

  /** Escapes one pointer segment (RFC 6901). */
  public static String segment(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
