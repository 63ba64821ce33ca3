package org.winnow.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextWrapperTest {
  private final TextWrapper wrapper = new TextWrapper();
  private final Font font = Fonts.plain(10);

  @AfterEach
  void close() {
    wrapper.close();
  }

  @Test
  void shortTextStaysOnOneLine() {
    assertEquals(List.of("Records screened"), wrapper.wrap(font, "Records screened", 200));
  }

  @Test
  void everyLineFits() {
    String text =
        "Records marked as ineligible by automation tools because they were published before"
            + " the intervention existed";
    for (double width : new double[] {80, 120, 200}) {
      List<String> lines = wrapper.wrap(font, text, width);
      assertTrue(lines.size() > 1);
      for (String line : lines) {
        assertTrue(wrapper.width(font, line) <= width, line + " wider than " + width);
      }
      assertEquals(text, String.join(" ", lines));
    }
  }

  @Test
  void aWordWiderThanTheLineIsBrokenBetweenCharacters() {
    String url = "https://example.org/a/very/long/path/without/spaces";
    List<String> lines = wrapper.wrap(font, url, 60);
    assertTrue(lines.size() > 2);
    assertEquals(url, String.join("", lines));
    lines.forEach(l -> assertTrue(wrapper.width(font, l) <= 60, l));
  }

  @Test
  void aCountIsNeverSplit() {
    List<String> lines = wrapper.wrap(font, "Reports excluded (n\u00A0=\u00A012,345)", 90);
    assertEquals("(n = 12,345)", lines.get(lines.size() - 1));
  }

  @Test
  void evenANarrowColumnAdvances() {
    assertEquals(List.of("W", "W", "W"), wrapper.wrap(font, "WWW", 1));
  }
}
