package org.winnow.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.winnow.core.model.Author;
import org.winnow.core.model.RawField;

/** The hand-written record columns are exactly what Jackson writes, and read back the same. */
class JsonColumnsTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Property(tries = 500)
  void rawFieldsAsJacksonWritesThem(@ForAll("texts") List<String> values) throws Exception {
    List<RawField> raw = new ArrayList<>();
    List<List<String>> pairs = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String tag = i % 3 == 0 ? "T\"" + i : "AB";
      raw.add(new RawField(tag, values.get(i)));
      pairs.add(Arrays.asList(tag, values.get(i)));
    }
    String json = Json.writeRaw(raw);
    assertEquals(JACKSON.writeValueAsString(pairs), json);
    assertEquals(raw, Json.raw(json));
  }

  @Property(tries = 500)
  void stringsAndAuthorsAsJacksonWritesThem(@ForAll("texts") List<String> values) throws Exception {
    assertEquals(JACKSON.writeValueAsString(values), Json.writeStrings(values));
    assertEquals(values, Json.strings(Json.writeStrings(values)));
    List<Author> authors = new ArrayList<>();
    for (int i = 0; i + 1 < values.size(); i += 2) {
      authors.add(new Author(values.get(i), values.get(i + 1)));
    }
    assertEquals(JACKSON.writeValueAsString(authors), Json.writeAuthors(authors));
    assertEquals(authors, Json.authors(Json.writeAuthors(authors)));
  }

  @Example
  void emptyListsAndMissingValues() throws Exception {
    assertEquals("[]", Json.writeRaw(List.of()));
    assertEquals("[]", Json.writeStrings(List.of()));
    assertEquals("[]", Json.writeAuthors(List.of()));
    assertEquals("[[\"N1\",null]]", Json.writeRaw(List.of(new RawField("N1", null))));
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "Smith",
            " ",
            "\"",
            "\\",
            "\n",
            "\r",
            "\t",
            "\b",
            "\f",
            "\u0000",
            "\u001F",
            "\u007F",
            "é",
            "\u2028",
            "\uD83D\uDE00",
            "\uD800",
            "/",
            "<",
            "&");
    return piece.list().ofMaxSize(8).map(l -> String.join("", l)).list().ofMaxSize(7);
  }
}
