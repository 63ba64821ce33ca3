package org.winnow.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.winnow.fixtures.Fixtures;

/**
 * The MMAT 2018 items shipped in the code match the checked item list in
 * ../shared/fixtures/checklists (skipped when the folder is absent).
 */
class MmatFactsTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| (S\\d|\\d\\.\\d) \\| [^|]+ \\| (.+?) \\|\\s*$", Pattern.MULTILINE);

  @Test
  void everyItemAndQuestionMatchesTheFacts() throws Exception {
    Path facts =
        Fixtures.shared().map(p -> p.resolve("checklists/MMAT2018_TIDieR_facts.md")).orElse(null);
    assumeTrue(facts != null && Files.exists(facts), "shared fixtures absent");
    Map<String, String> expected = new LinkedHashMap<>();
    Matcher m = ROW.matcher(Files.readString(facts));
    while (m.find()) {
      expected.put(m.group(1), m.group(2).strip());
    }
    assertEquals(27, expected.size(), "2 screening questions + 25 criteria");
    Map<String, String> shipped = new LinkedHashMap<>();
    for (MmatCriterion c : MmatCriterion.values()) {
      shipped.put(c.code(), c.question());
    }
    assertEquals(expected, shipped);
    for (MmatCategory c : MmatCategory.values()) {
      assertEquals(5, c.criteria().size(), c.label());
    }
  }
}
