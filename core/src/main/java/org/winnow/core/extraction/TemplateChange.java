package org.winnow.core.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * How answers given with the previous version of a template carry over to this one. Fields with the
 * same section and id carry over by themselves; this names what moved or changed meaning.
 *
 * @param from the version these changes start from
 * @param renamed old "section.field" → new "section.field"
 * @param recoded "section.field" (new name) → old option value → new option value
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TemplateChange(
    int from, Map<String, String> renamed, Map<String, Map<String, String>> recoded, String note) {

  public TemplateChange {
    renamed = renamed == null ? Map.of() : Map.copyOf(renamed);
    recoded = recoded == null ? Map.of() : Map.copyOf(recoded);
  }
}
