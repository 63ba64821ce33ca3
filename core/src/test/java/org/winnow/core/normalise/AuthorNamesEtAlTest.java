package org.winnow.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.model.Author;

/** "et al." in an author field stands for authors not listed (MEDLINE "AU - et al."). */
class AuthorNamesEtAlTest {
  @Test
  void etAlIsNoAuthor() {
    assertNull(AuthorNames.parse("et al."));
    assertNull(AuthorNames.parse("Et al"));
    assertNull(AuthorNames.parse("et.al."));
    assertEquals(
        List.of(new Author("Smith", "J"), new Author("Jones", "K")),
        AuthorNames.parseList("Smith J; Jones K; et al."));
  }

  @Test
  void namesContainingEtAreKept() {
    assertEquals(new Author("Etal", "J"), AuthorNames.parse("Etal J"));
  }
}
