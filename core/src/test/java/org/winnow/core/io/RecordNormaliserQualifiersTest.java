package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;

/** ISSNs, ISBNs and organisation authors as exports qualify and mark them. */
class RecordNormaliserQualifiersTest {

  private static Bibliographic normalise(Field field, String... values) {
    RecordDraft d = new RecordDraft(1);
    for (String v : values) {
      d.add(field, v);
    }
    return RecordNormaliser.normalise(d);
  }

  @Test
  void issnsAreTakenOutOfTheirQualifiers() {
    assertEquals(
        "1878-0849; 1769-7212",
        normalise(Field.ISSN, "1878-0849 (Electronic)", "1769-7212 (Print)", "1769-7212 (Linking)")
            .issn());
    assertEquals("2375-5636", normalise(Field.ISSN, "EISSN-2375-5636").issn());
    assertEquals("0098-1133", normalise(Field.ISSN, "0098-1133 (ISSN print)").issn());
    assertEquals("1552-449X", normalise(Field.ISSN, "1552-449x").issn());
    assertNull(normalise(Field.ISSN, "EISSN-").issn());
    assertNull(normalise(Field.ISSN, "978-1-5985-7192-9").issn(), "an ISBN is no ISSN");
  }

  @Test
  void isbnsAreTakenOutOfTheirQualifiers() {
    assertEquals("978-3-86680-192-9", normalise(Field.ISBN, "ISBN 978-3-86680-192-9").isbn());
    assertEquals("978-1-5985-7192-9", normalise(Field.ISBN, "ISBN-978-1-5985-7192-9").isbn());
    assertEquals(
        "978-0-415-47263-0; 978-0-415-47262-3",
        normalise(Field.ISBN, "978-0-415-47263-0 (Paperback), 978-0-415-47262-3 (Hardcover)")
            .isbn());
    assertEquals(
        "3540202226; 9781859962527", normalise(Field.ISBN, "3540202226 9781859962527").isbn());
    assertEquals("080442957X", normalise(Field.ISBN, "080442957x").isbn());
    assertNull(normalise(Field.ISBN, "none").isbn());
  }

  @Test
  void aBracedAuthorIsAnOrganisation() {
    assertEquals(
        List.of(
            new Author("Writing Committee for the Example Trial, Part 2", ""),
            new Author("Smith", "J")),
        normalise(Field.AUTHOR, "{Writing Committee for the Example Trial, Part 2}", "Smith, J")
            .authors());
    // braces that do not enclose the whole value only protect letters (BibTeX)
    assertEquals(
        List.of(new Author("van Loon", "Ellen")),
        normalise(Field.AUTHOR, "{van Loon}, {Ellen}").authors());
  }
}
