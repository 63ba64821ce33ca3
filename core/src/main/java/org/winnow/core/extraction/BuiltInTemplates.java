package org.winnow.core.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.winnow.core.io.ImportException;

/**
 * The templates every project starts with, shipped in Winnow's resources: study characteristics,
 * TIDieR per intervention, and outcome data in the shape effect sizes read.
 */
public final class BuiltInTemplates {
  public static final String STUDY_CHARACTERISTICS = "study-characteristics";
  public static final String TIDIER = "tidier";
  public static final String OUTCOME_DATA = "outcome-data";

  private static final List<String> FILES =
      List.of(STUDY_CHARACTERISTICS + ".json", TIDIER + ".json", OUTCOME_DATA + ".json");

  private static final List<FormTemplate> ALL = load();

  private BuiltInTemplates() {}

  public static List<FormTemplate> all() {
    return ALL;
  }

  private static List<FormTemplate> load() {
    List<FormTemplate> out = new ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = BuiltInTemplates.class.getResourceAsStream("templates/" + file)) {
        if (in == null) {
          throw new IllegalStateException("missing built-in template " + file);
        }
        out.add(TemplateJson.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException | ImportException e) {
        throw new IllegalStateException("broken built-in template " + file + ": " + e, e);
      }
    }
    return List.copyOf(out);
  }
}
