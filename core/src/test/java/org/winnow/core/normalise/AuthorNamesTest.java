package org.winnow.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.winnow.core.model.Author;

class AuthorNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Zhai, Q. J.|Zhai|Q. J.|QJ",
        "Zhai QJ|Zhai|QJ|QJ",
        "Q. J. Zhai|Zhai|Q. J.|QJ",
        "Qing-Jun Zhai|Zhai|Qing-Jun|QJ",
        "Zhai, Qing-Jun|Zhai|Qing-Jun|QJ",
        "van der Berg AB|van der Berg|AB|AB",
        "van Loon, Ellen M. P.|van Loon|Ellen M. P.|EMP",
        "Ludwig van Beethoven|van Beethoven|Ludwig|L",
        "Zhai Q.J.|Zhai|Q.J.|QJ",
        "Abu Dayyeh B. K.|Abu Dayyeh|B. K.|BK",
        "Smith,J|Smith|J|J",
        "Nygard, M|Nygard|M|M",
      })
  void readsEveryCommonShape(String raw, String family, String given, String initials) {
    Author a = AuthorNames.parse(raw);
    assertEquals(family, a.family());
    assertEquals(given, a.given());
    assertEquals(initials, a.initials());
  }

  @Test
  void organisationsStayWhole() {
    Author a = AuthorNames.parse("World Health Organization");
    assertEquals("World Health Organization", a.family());
    assertEquals("", a.given());
  }

  @Test
  void blankIsNoAuthor() {
    assertNull(AuthorNames.parse("  "));
    assertNull(AuthorNames.parse(null));
  }

  @Test
  void splitsListsInEveryShape() {
    assertEquals(
        List.of("Zuna RE", "Wang SS", "Schiffman M"),
        shortForms("Zuna, R E and Wang, S S and Schiffman, M"));
    assertEquals(List.of("Smith J", "Jones K"), shortForms("Smith, J.; Jones, K."));
    assertEquals(List.of("Smith J", "Jones KL"), shortForms("Smith J, Jones KL"));
    assertEquals(
        List.of("Smith John", "Jones Kate").size(), shortForms("Smith, John, Jones, Kate").size());
    assertEquals(List.of("Smith J", "Jones K"), shortForms("Smith, John, Jones, Kate"));
  }

  @Test
  void splitsAsysdRunTogetherLists() {
    assertEquals(List.of("Adeli K", "Lewis GF"), shortForms("Adeli K.Lewis G. F."));
    assertEquals(
        List.of("Ghoz HM", "Acosta A", "Topazian M", "Abu Dayyeh BK"),
        shortForms("Ghoz H. M.Acosta A.Topazian M.Abu Dayyeh B. K."));
  }

  private static List<String> shortForms(String list) {
    return AuthorNames.parseList(list).stream().map(Author::shortForm).toList();
  }
}
