package org.winnow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** The application's stylesheet parses without errors (a broken rule silently drops styles). */
class StylesheetTest {
  @Test
  void winnowCssHasNoParseErrors() throws Exception {
    CssParser.errorsProperty().clear();
    new CssParser().parse(StylesheetTest.class.getResource("/org/winnow/ui/winnow.css"));
    assertEquals(List.of(), List.copyOf(CssParser.errorsProperty()));
  }
}
