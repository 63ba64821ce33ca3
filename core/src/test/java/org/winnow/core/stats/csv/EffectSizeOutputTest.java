package org.winnow.core.stats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class EffectSizeOutputTest {
  private static List<CSVRecord> write(String input) throws Exception {
    StringWriter out = new StringWriter();
    EffectSizeOutput.write(OutcomeCsvReader.read("in.csv", input), out);
    return CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
  }

  @Test
  void inputColumnsComeFirstThenTheAddedOnes() throws Exception {
    List<CSVRecord> rows =
        write("study,desirable,n1i,m1i,sd1i,n2i,m2i,sd2i,g\nAlder,higher,20,12,4,20,10,4,old\n");
    List<String> header = rows.get(0).toList();
    assertEquals(
        List.of("study", "desirable", "n1i", "m1i", "sd1i", "n2i", "m2i", "sd2i"),
        header.subList(0, 8));
    assertEquals(EffectSizeOutput.ADDED, header.subList(8, header.size()), "the old g is replaced");
    Map<String, String> row = zip(header, rows.get(1).toList());
    assertEquals("0.5", row.get("d"));
    assertEquals(0.4900552010654752, Double.parseDouble(row.get("g")), 1e-14);
    assertEquals(row.get("g"), row.get("yi"));
    assertEquals("g", row.get("measure"));
    assertEquals("means", row.get("method"));
    assertEquals("small", row.get("magnitude"));
    assertEquals("benefit", row.get("direction"));
    assertEquals("40", row.get("n"));
    assertEquals("", row.get("notes"));
  }

  @Test
  void textIsGuardedNumbersAreNot() throws Exception {
    List<CSVRecord> rows = write("study,yi,vi,note\n=HYPERLINK(1),-0.2,0.04,@cmd\n");
    Map<String, String> row = zip(rows.get(0).toList(), rows.get(1).toList());
    assertEquals("'=HYPERLINK(1)", row.get("study"));
    assertEquals("'@cmd", row.get("note"));
    assertEquals("-0.2", row.get("yi"));
    assertEquals("yi", row.get("measure"));
    assertEquals("", row.get("magnitude"), "no Cohen labels on a given scale");
    assertEquals("", row.get("direction"), "no desirable direction stated");
  }

  @Test
  void notComputableRowsSayWhy() throws Exception {
    List<CSVRecord> rows = write("study,m1i\nOak,14\n");
    Map<String, String> row = zip(rows.get(0).toList(), rows.get(1).toList());
    assertEquals("none", row.get("method"));
    assertEquals("", row.get("yi"));
    // m1i alone starts two shapes that lack as many cells: both are named
    assertEquals(
        "incomplete data: group means lacks n1i, sd1i, n2i, m2i, sd2i;"
            + " one group pre/post lacks ni, m2i, sd1i, sd2i, ri",
        row.get("notes"));
  }

  @Test
  void fieldsAreNullWhenUnknown() throws Exception {
    var t = OutcomeCsvReader.read("in.csv", "study,favours,desirable\nNutmeg,intervention,lower\n");
    var o = t.outcomes().get(0);
    Map<String, Object> f = EffectSizeOutput.fields(o, o.effectSize());
    assertNull(f.get("yi"));
    assertEquals("direction-only", f.get("method"));
    assertEquals("benefit", f.get("direction"));
  }

  private static Map<String, String> zip(List<String> keys, List<String> values) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      m.put(keys.get(i), i < values.size() ? values.get(i) : "");
    }
    return m;
  }
}
