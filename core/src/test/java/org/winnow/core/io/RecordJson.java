package org.winnow.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.winnow.core.model.Record;

/** The JSON shape of golden files: what an importer must produce, field by field. */
final class RecordJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private RecordJson() {}

  static ObjectNode of(String format, List<Record> records) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", format);
    ArrayNode list = root.putArray("records");
    for (Record r : records) {
      ObjectNode node = list.addObject();
      node.put("line", r.line());
      node.put("fileRecordId", r.fileRecordId());
      node.set("fields", MAPPER.valueToTree(r.fields()));
      ObjectNode raw = node.putObject("rawTagCount");
      r.raw().forEach(f -> raw.put(f.tag(), raw.path(f.tag()).asInt(0) + 1));
    }
    return root;
  }
}
