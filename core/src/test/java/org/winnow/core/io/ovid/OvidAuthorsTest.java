package org.winnow.core.io.ovid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OvidAuthorsTest {
  @Test
  void dropsDegreesAffiliationMarkersAndBracketedRoles() {
    assertEquals(List.of("Gazic, Barbara"), OvidAuthors.names("Gazic, Barbara MD, PhD *"));
    assertEquals(List.of("Zhang, Weijia"), OvidAuthors.names("Zhang, Weijia 1,2,+"));
    assertEquals(
        List.of("Peterson, James A."), OvidAuthors.names("Peterson, James A. Ph.D., FACSM"));
    assertEquals(List.of("Slade, Martin D."), OvidAuthors.names("Slade, Martin D. MPH 1"));
    assertEquals(
        List.of("Werner, S. M."),
        OvidAuthors.names("Werner, S. M. [Author, Reprint Author; E-mail: s@example.org]"));
    assertEquals(List.of("Simon, Ph."), OvidAuthors.names("Simon, Ph. 1"));
  }

  @Test
  void splitsDisplayLists() {
    assertEquals(
        List.of("Verbeek, Jan", "Hermans, Erik", "van Vugt, Arie", "Frolke, Jan Paul"),
        OvidAuthors.names(
            "Verbeek, Jan MD *;  Hermans, Erik MD +;  van Vugt, Arie MD, PhD +;  Frolke, Jan Paul"
                + " MD, PhD *"));
    // degrees separated by semicolons belong to the name before them
    assertEquals(
        List.of("Bunkers, Sandra Schmidt"),
        OvidAuthors.names("Bunkers, Sandra Schmidt RN; PhD; FAAN 1"));
  }

  @Test
  void keepsMedlineShortNamesWhoseInitialsLookLikeDegrees() {
    assertEquals(List.of("Smith MD"), OvidAuthors.names("Smith MD"));
    assertEquals(List.of("Marusik, YuM"), OvidAuthors.names("Marusik, YuM"));
  }
}
