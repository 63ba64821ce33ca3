package org.winnow.core.io.ovid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OvidSourceTest {
  @Test
  void readsTheLayoutsOfOvidDatabases() {
    assertEquals(
        new OvidSource(
            "American Journal of Dermatopathology", "33", "8", "845-849", "December 2011"),
        OvidSource.parse("American Journal of Dermatopathology December 2011;33(8):845-849"));
    assertEquals(
        new OvidSource("Acta Chirurgica Belgica", "6", null, "611-613", "November/December 2010"),
        OvidSource.parse("Acta Chirurgica Belgica November/December 2010;6:611-613"));
    assertEquals(
        new OvidSource("Forest Ecology & Management", "201", "2-3", "327-334", "November 15, 2004"),
        OvidSource.parse("Forest Ecology & Management. 201(2-3):327-334, November 15, 2004."));
    assertEquals(
        new OvidSource("Journal of Clinical Oncology", "37", "15", "1234-1245", "2019 May 20"),
        OvidSource.parse("Journal of Clinical Oncology. 37(15):1234-1245, 2019 May 20."));
    assertEquals(
        new OvidSource("Behavioural and Cognitive Psychotherapy", "43", "5", "623-634", "Sep 2015"),
        OvidSource.parse(
            "Behavioural and Cognitive Psychotherapy. Vol.43(5), Sep 2015, pp. 623-634. "));
    assertEquals(
        new OvidSource("Journal of Political Studies 12", null, null, "7-14", "Winter 2007"),
        OvidSource.parse("Journal of Political Studies 12, Winter 2007: 7-14."));
    assertEquals(
        new OvidSource("Hydrobiologia", null, null, "433-441", "2007 15 June"),
        OvidSource.parse("Hydrobiologia. 2007 15 June; 433-441."));
  }

  @Test
  void readsChaptersWithTheBookAsJournal() {
    assertEquals(
        new OvidSource(
            "Cognitive behavioural coaching in practice: An evidence based approach",
            null,
            null,
            "11-31",
            "2012"),
        OvidSource.parse(
            "Neenan, Michael [Ed]; Palmer, Stephen [Ed]. (2012). Cognitive behavioural coaching"
                + " in practice: An evidence based approach. (pp. 11-31). xxii, 246 pp. Routledge"));
    assertEquals(
        new OvidSource("Methods in proteome and protein analysis", null, null, "371-397", "2004"),
        OvidSource.parse(
            "Kamp, Roza Maria [Editor, Reprint Author], Calvete, Juan J. [Editor]. Methods in"
                + " proteome and protein analysis.:371-397, 2004."));
  }

  @Test
  void nestedIssueAndMissingPages() {
    OvidSource s =
        OvidSource.parse(
            "Dissertation Abstracts International Section A. Vol.75(2-A(E)),2014, pp. No"
                + " Pagination Specified.");
    assertEquals("75", s.volume());
    assertEquals("2-A(E)", s.issue());
    assertEquals("2014", s.date());
    assertNull(s.pages());
  }

  @Test
  void aSourceWithoutNumbersIsTheJournal() {
    assertEquals(
        new OvidSource("Journal of Orthopaedic Trauma", null, null, null, null),
        OvidSource.parse("Journal of Orthopaedic Trauma. "));
    assertNull(OvidSource.parse(" "));
  }
}
