package org.winnow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet parses without errors: an unclosed rule silently swallows every rule after it
 * (every view appends its rules, so a slip in one unstyles the next).
 */
class StylesheetTest {
  @Test
  void winnowCssParsesCleanly() throws Exception {
    URL css = StylesheetTest.class.getResource("/org/winnow/ui/winnow.css");
    CssParser.errorsProperty().clear();
    Stylesheet sheet = new CssParser().parse(css);
    List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
    assertEquals(List.of(), errors);
    assertTrue(
        sheet.getRules().stream()
            .anyMatch(r -> r.getSelectors().toString().contains("conflict-abstract")),
        "the last rule is read");
  }
}
