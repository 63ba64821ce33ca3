package org.winnow.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.model.Author;

/** Author lists as BibTeX writes them: " and " between names, braces protecting organisations. */
class AuthorNamesBibtexTest {

  @Test
  void bracedOrganisationIsOneAuthor() {
    assertEquals(
        List.of(new Author("World Health Organization", "")),
        AuthorNames.parseList("{World Health Organization}"));
  }

  @Test
  void separatorsInsideBracesDoNotSplit() {
    assertEquals(
        List.of(
            new Author("Sasson", "Comilla"),
            new Author(
                "American Heart Association Council on Quality of Care and Outcomes Research", ""),
            new Author(
                "Council on Cardiopulmonary, Critical Care, Perioperative and Resuscitation", "")),
        AuthorNames.parseList(
            "Sasson, Comilla and {American Heart Association Council on Quality of Care and"
                + " Outcomes Research} and {Council on Cardiopulmonary, Critical Care,"
                + " Perioperative and Resuscitation}"));
  }

  @Test
  void vonParticlesInBothOrders() {
    assertEquals(
        List.of(new Author("von Neumann", "John"), new Author("von Neumann", "John")),
        AuthorNames.parseList("von Neumann, John and John von Neumann"));
  }

  @Test
  void juniorPartIsNotAGivenName() {
    assertEquals(
        List.of(new Author("von Hicks", "Michael")),
        AuthorNames.parseList("von Hicks, III, Michael"));
    assertEquals(new Author("Smith", "John"), AuthorNames.parse("Smith, John, Jr."));
  }

  @Test
  void protectedFamilyNamesAndAccents() {
    assertEquals(
        List.of(new Author("Abramowitz", "Milton"), new Author("Stegun", "Irene A.")),
        AuthorNames.parseList("Milton {Abramowitz} and Irene A. {Stegun}"));
    assertEquals(
        List.of(new Author("Aksın", "Özge"), new Author("Çetinkaya", "Bekir")),
        AuthorNames.parseList("Aks{\\i}n, {\\\"O}zge and {\\c{C}}etinkaya, Bekir"));
  }

  @Test
  void otherListShapesStillSplit() {
    assertEquals(2, AuthorNames.parseList("Smith J, Jones K,").size());
    assertEquals(2, AuthorNames.parseList("Smith, John; Jones, Kate").size());
  }
}
