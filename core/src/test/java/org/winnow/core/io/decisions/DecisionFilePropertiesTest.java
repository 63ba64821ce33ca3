package org.winnow.core.io.decisions;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.winnow.core.io.ImportException;

/** Any text read as a decision file ends in rows and problems, or in one clear error. */
class DecisionFilePropertiesTest {
  @Property(tries = 300)
  void anyTextIsRowsOrAClearError(
      @ForAll @StringLength(max = 200) String body, @ForAll boolean rayyan) throws Exception {
    Path dir = Files.createTempDirectory("decision-file");
    Path p = dir.resolve("d.csv");
    try {
      Files.writeString(p, (rayyan ? "key,notes\n" : "record_id;decision;note\n") + body);
      try {
        DecisionFile.read(p, "Ana");
      } catch (ImportException e) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
          throw new AssertionError("an error without a message", e);
        }
      }
      try {
        PairVerdictFile.read(p);
      } catch (ImportException e) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
          throw new AssertionError("an error without a message", e);
        }
      }
    } finally {
      Files.deleteIfExists(p);
      Files.deleteIfExists(dir);
    }
  }
}
