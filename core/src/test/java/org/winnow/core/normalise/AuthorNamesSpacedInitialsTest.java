package org.winnow.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.winnow.core.model.Author;

/** Family name first with initials as separate tokens, as EPPI-Reviewer's RIS writes them. */
class AuthorNamesSpacedInitialsTest {

  @Test
  void everyTrailingInitialBelongsToTheGivenNames() {
    assertEquals(new Author("Brownstein", "C D"), AuthorNames.parse("Brownstein C D"));
    assertEquals("CD", AuthorNames.parse("Brownstein C D").initials());
    assertEquals(new Author("van der Berg", "A B"), AuthorNames.parse("van der Berg A B"));
  }

  @Test
  void compactInitialsAndNaturalOrderAreUnchanged() {
    assertEquals(new Author("Zhai", "QJ"), AuthorNames.parse("Zhai QJ"));
    assertEquals(new Author("Zhai", "Q. J."), AuthorNames.parse("Q. J. Zhai"));
    assertEquals(new Author("Pranzetti", "Dirce M F"), AuthorNames.parse("Dirce M F Pranzetti"));
  }
}
