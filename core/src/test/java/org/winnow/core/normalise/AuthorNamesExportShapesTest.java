package org.winnow.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.model.Author;

/** Author name shapes met in Web of Science, Scopus, RefWorks and ASySD exports. */
class AuthorNamesExportShapesTest {

  @Test
  void capitalisedFamilyBeforeInitials() {
    assertEquals(new Author("YANG", "Y"), AuthorNames.parse("YANG Y"));
    assertEquals(new Author("LI", "W"), AuthorNames.parse("LI W"));
    assertEquals(new Author("WU", "XY"), AuthorNames.parse("WU XY"));
    // unchanged: natural order and mixed-case MEDLINE shape
    assertEquals(new Author("Zhai", "Q. J."), AuthorNames.parse("Q. J. Zhai"));
    assertEquals(new Author("Zhai", "QJ"), AuthorNames.parse("Zhai QJ"));
  }

  @Test
  void particlesAfterTheGivenNamesBelongToTheFamilyName() {
    assertEquals(new Author("ten Doesschate", "T."), AuthorNames.parse("Doesschate, T. ten"));
    assertEquals(new Author("el Azzouzi", "Hamid"), AuthorNames.parse("Azzouzi, Hamid el"));
    assertEquals(new Author("van der Berg", "J."), AuthorNames.parse("Berg, J. van der"));
    // capitalised or alone, it is a given name
    assertEquals(new Author("Rahman", "Al"), AuthorNames.parse("Rahman, Al"));
    assertEquals(new Author("Rahman", "de"), AuthorNames.parse("Rahman, de"));
    assertEquals(new Author("Smith", "John De"), AuthorNames.parse("Smith, John De"));
  }

  @Test
  void organisationsWithACommaStayWhole() {
    assertEquals(
        new Author("GBD Chronic Kidney Disease Collaborators, Writing Group", ""),
        AuthorNames.parse("GBD Chronic Kidney Disease Collaborators, Writing Group"));
    assertEquals(
        new Author("Nutrition, Physical Activity and Obesity Working Group", ""),
        AuthorNames.parse("Nutrition, Physical Activity and Obesity Working Group"));
    assertEquals(new Author("Group", "Anna"), AuthorNames.parse("Group, Anna"));
  }

  @Test
  void trailingIdentifiersAreNotPartOfTheName() {
    assertEquals(
        new Author("Wilson", "Lauren N."), AuthorNames.parse("Wilson, Lauren N. (58975547800)"));
    assertEquals(
        new Author("Medvedeff", "Cassandra A."),
        AuthorNames.parse("Medvedeff, Cassandra A. (medvedeff22@ufl.edu)"));
    // a parenthesised word that is no identifier stays
    assertEquals(new Author("Smith", "J. (Jr)"), AuthorNames.parse("Smith, J. (Jr)"));
  }

  @Test
  void scopusFullNamesList() {
    assertEquals(
        List.of(new Author("Wilson", "Lauren N."), new Author("Gardner", "Jacob D.")),
        AuthorNames.parseList("Wilson, Lauren N. (58975547800); Gardner, Jacob D. (57190394669)"));
  }

  @Test
  void nullGivenNameIsEmpty() {
    assertEquals(new Author("van den Hoven", ""), AuthorNames.parse("van den Hoven,null"));
    assertEquals(new Author("van den Hoven", ""), AuthorNames.parse("null van den Hoven"));
  }

  @Test
  void runTogetherListsSplitBeforeParticles() {
    assertEquals(
        List.of(
            new Author("Haverslag", "R. T."),
            new Author("de Groot", "D."),
            new Author("Grundmann", "S.")),
        AuthorNames.parseList("Haverslag R. T.de Groot D.Grundmann S."));
    assertEquals(
        List.of(
            new Author("Johnson", "M. H."),
            new Author("Wallig", "M."),
            new Author("Luna Vital", "D. A."),
            new Author("de Mejia", "E. G.")),
        AuthorNames.parseList("Johnson M. H.Wallig M.Luna Vital D. A.de Mejia E. G."));
    assertEquals(
        List.of(new Author("Adeli", "K."), new Author("Lewis", "G. F.")),
        AuthorNames.parseList("Adeli K.Lewis G. F."));
  }
}
