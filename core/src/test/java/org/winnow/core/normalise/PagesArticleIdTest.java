package org.winnow.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Page strings that look like ranges but are article-page identifiers. */
class PagesArticleIdTest {

  @Test
  void endBelowStartIsNoRange() {
    // Inspec "BP 41103-1": page 1 of article 41103, not 41103–41101
    assertEquals("41103-1", Pages.normalise("41103-1"));
    assertEquals("41103-1", Pages.fromParts("41103-1", "41103-41103-3"));
  }

  @Test
  void abbreviatedRangesStillExpand() {
    assertEquals("149–155", Pages.normalise("149-55"));
    assertEquals("1239", Pages.normalise("1239-1239"));
    assertEquals(
        "99999999999999999999–100000000000000000000",
        Pages.normalise("99999999999999999999-100000000000000000000"));
  }
}
