package org.winnow.core.prisma;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.winnow.core.io.ImportException;

/**
 * The counts as one JSON document for scripts: every template field by its PRISMA2020 name (null
 * when absent) with its value and whether it was derived or entered by hand, breakdowns line by
 * line, and the awaiting counts apart.
 *
 * <pre>{"format": "winnow-prisma-counts", "version": 1, "variant": "new-with-other-methods",
 *  "fields": {"database_results": {"n": 15655, "provenance": "derived"},
 *             "dbr_excluded": {"n": 90, "provenance": "derived",
 *                              "breakdown": [{"label": "Wrong population", "n": 60}, ...]}, ...},
 *  "awaiting": {"records_awaiting_screening": {"n": 3, "provenance": "derived"}, ...}}</pre>
 */
public final class PrismaJson {
  public static final String FORMAT = "winnow-prisma-counts";
  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PrismaJson() {}

  public static String write(PrismaCounts counts) {
    try {
      return MAPPER.writeValueAsString(tree(counts)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  public static ObjectNode tree(PrismaCounts counts) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("variant", counts.variant().key());
    ObjectNode fields = root.putObject("fields");
    for (PrismaField f : PrismaField.values()) {
      if (!counts.has(f)) {
        fields.putNull(f.key());
      } else if (f.isBreakdown()) {
        PrismaBreakdown b = counts.breakdown(f).orElseThrow();
        ObjectNode node = value(fields.putObject(f.key()), b.total(), b.provenance());
        ArrayNode lines = node.putArray("breakdown");
        b.tallies().forEach(t -> lines.addObject().put("label", t.label()).put("n", t.n()));
      } else {
        PrismaCount c = counts.count(f).orElseThrow();
        value(fields.putObject(f.key()), c.n(), c.provenance());
      }
    }
    ObjectNode awaiting = root.putObject("awaiting");
    for (AwaitingStage s : AwaitingStage.values()) {
      counts
          .awaiting(s)
          .ifPresentOrElse(
              c -> value(awaiting.putObject(s.key()), c.n(), c.provenance()),
              () -> awaiting.putNull(s.key()));
    }
    return root;
  }

  private static ObjectNode value(ObjectNode node, long n, Provenance provenance) {
    return node.put("n", n).put("provenance", provenance.key());
  }

  public static PrismaCounts read(String fileName, String json) throws ImportException {
    Reading r = new Reading(fileName);
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw r.error(
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null, e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw r.error(0, "format", "not a " + FORMAT + " document");
    }
    if (root.path("version").asInt() != VERSION) {
      throw r.error(0, "version", "version " + root.path("version") + " is not supported");
    }
    PrismaCounts.Builder counts = PrismaCounts.builder();
    r.each(
        root.path("fields"),
        key -> PrismaField.byKey(key).orElse(null),
        (f, node) -> {
          if (f.isBreakdown()) {
            PrismaBreakdown b =
                new PrismaBreakdown(r.tallies(f.key(), node), r.provenance(f.key(), node));
            if (r.n(f.key(), node) != b.total()) {
              throw r.error(0, f.key(), "n is not the sum of the breakdown");
            }
            counts.set(f, b);
          } else {
            counts.set(f, new PrismaCount(r.n(f.key(), node), r.provenance(f.key(), node)));
          }
        });
    r.each(
        root.path("awaiting"),
        key -> AwaitingStage.byKey(key).orElse(null),
        (s, node) ->
            counts.awaiting(s, new PrismaCount(r.n(s.key(), node), r.provenance(s.key(), node))));
    return counts.build();
  }

  /** One read, naming the file in every error. */
  private record Reading(String fileName) {
    interface Entry<K> {
      void accept(K key, JsonNode node) throws ImportException;
    }

    <K> void each(JsonNode object, Function<String, K> keys, Entry<K> entry)
        throws ImportException {
      if (object.isMissingNode() || object.isNull()) {
        return;
      }
      if (!object.isObject()) {
        throw error(0, null, "expected an object of fields");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        K key = keys.apply(e.getKey());
        if (key == null) {
          throw error(0, e.getKey(), "unknown field");
        }
        if (e.getValue().isNull()) {
          continue;
        }
        try {
          entry.accept(key, e.getValue());
        } catch (IllegalArgumentException ex) {
          throw error(0, e.getKey(), ex.getMessage());
        }
      }
    }

    long n(String key, JsonNode node) throws ImportException {
      JsonNode n = node.path("n");
      if (!n.canConvertToExactIntegral() || !n.canConvertToLong()) {
        throw error(0, key, "n must be a whole number, not " + n);
      }
      return n.asLong();
    }

    Provenance provenance(String key, JsonNode node) throws ImportException {
      try {
        return Provenance.parse(node.path("provenance").asText());
      } catch (IllegalArgumentException e) {
        throw error(0, key, e.getMessage());
      }
    }

    List<PrismaTally> tallies(String key, JsonNode node) throws ImportException {
      JsonNode lines = node.path("breakdown");
      if (!lines.isArray()) {
        throw error(0, key, "expected a breakdown list");
      }
      List<PrismaTally> tallies = new ArrayList<>();
      for (JsonNode line : lines) {
        tallies.add(new PrismaTally(line.path("label").asText(), n(key, line)));
      }
      return tallies;
    }

    ImportException error(int line, String field, String problem) {
      return new ImportException(fileName, line, field, problem);
    }
  }
}
