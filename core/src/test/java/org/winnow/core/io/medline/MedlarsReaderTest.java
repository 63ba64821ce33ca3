package org.winnow.core.io.medline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.medline.MedlarsReader.Field;

class MedlarsReaderTest {

  @Test
  void tagLinesOpenFieldsAndOtherLinesContinueThem() {
    List<String> lines =
        List.of(
            "junk before the first tag",
            "IN  - Kobori, Osamu: Chiba University",
            " ",
            "      Sawamiya, Yoko: University of Tsukuba",
            "TI  - Title",
            "");
    List<Field> fields = MedlarsReader.fields(lines, 0, lines.size(), MedlineImporter::tagLine);
    assertEquals(
        List.of(
            new Field(
                "IN",
                "Kobori, Osamu: Chiba University Sawamiya, Yoko: University of Tsukuba",
                "Kobori, Osamu: Chiba University\n\nSawamiya, Yoko: University of Tsukuba",
                2),
            new Field("TI", "Title", "Title", 5)),
        fields);
  }

  @Test
  void readsOnlyTheGivenRange() {
    List<String> lines = List.of("TI  - One", "TI  - Two", "TI  - Three");
    assertEquals(
        List.of(new Field("TI", "Two", "Two", 2)),
        MedlarsReader.fields(lines, 1, 2, MedlineImporter::tagLine));
  }
}
