package org.winnow.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormaliseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "149-55|149–155",
        "149-155|149–155",
        "149–155|149–155",
        "1234-9|1234–1239",
        "e1234|e1234",
        "pp. 12-18|12–18",
        "S12-S18|S12–S18",
        "221-8|221–228",
        "7|7",
        "100-100|100",
      })
  void pageRanges(String raw, String expected) {
    assertEquals(expected, Pages.normalise(raw));
  }

  @Test
  void pagesFromParts() {
    assertEquals("149–155", Pages.fromParts("149", "155"));
    assertEquals("149–155", Pages.fromParts("149-55", null));
    assertEquals("149", Pages.fromParts("149", null));
    assertNull(Pages.fromParts(null, null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://doi.org/10.1097/MOL.0b013e3282ffaf82|10.1097/mol.0b013e3282ffaf82",
        "http://dx.doi.org/10.1016/S0140-6736(20)30183-5|10.1016/s0140-6736(20)30183-5",
        "doi:10.1000/xyz123.|10.1000/xyz123",
        "10.1136/bmj.m1234 [doi]|10.1136/bmj.m1234",
        "DOI 10.1002/14651858.CD000001.pub2|10.1002/14651858.cd000001.pub2",
        "https://doi.org/10.1000%2Fabc|10.1000/abc",
        "10.1016/S0025-7753%2817%2930624-3|10.1016/s0025-7753(17)30624-3",
      })
  void dois(String raw, String expected) {
    assertEquals(expected, Dois.normalise(raw));
  }

  @Test
  void noDoiInText() {
    assertNull(Dois.normalise("S0140-6736(20)30183-5 [pii]"));
  }

  @Test
  void yearsFromDates() {
    assertEquals(2008, Years.from("2008 Jun"));
    assertEquals(2019, Years.from("2019/03/12/"));
    assertEquals(1999, Years.from("Winter 1999"));
    assertNull(Years.from("n.d."));
    assertNull(Years.from("123456"));
  }

  @Test
  void htmlEntitiesAndTags() {
    assertEquals(
        "Effects of β-blockers & ACE inhibitors",
        Text.clean("Effects of &beta;-blockers &amp; ACE inhibitors"));
    assertEquals("H2O in water", Text.clean("H<sub>2</sub>O in <i>water</i>"));
  }

  @Test
  void latexAccents() {
    assertEquals("Müller", Text.clean("M{\\\"u}ller"));
    assertEquals("Müller", Text.clean("M\\\"{u}ller"));
    assertEquals("José", Text.clean("Jos\\'e"));
    assertEquals("Jošt", Text.clean("Jo\\v{s}t"));
    assertEquals("Françoise", Text.clean("Fran\\c{c}oise"));
    assertEquals("Straße", Text.clean("Stra\\ss{}e"));
    assertEquals("Søren", Text.clean("S{\\o}ren"));
    assertEquals("50% & more", Text.clean("50\\% \\& more"));
  }

  @Test
  void whitespaceAndBlank() {
    assertEquals("a b c", Text.clean("  a\n\tb\u00A0 c "));
    assertNull(Text.clean(" \n "));
  }
}
