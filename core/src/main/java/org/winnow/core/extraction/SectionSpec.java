package org.winnow.core.extraction;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A group of fields answered once per study, or once per instance when it repeats.
 *
 * @param repeat null when the section is answered once
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SectionSpec(
    String id, String label, String help, RepeatSpec repeat, List<FieldSpec> fields) {

  public SectionSpec {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  @JsonIgnore
  public boolean repeats() {
    return repeat != null;
  }

  public Optional<FieldSpec> field(String fieldId) {
    return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
  }

  /** The name of one instance in messages: "intervention", or the section's label. */
  @JsonIgnore
  public String unitName() {
    return repeat != null && repeat.unit() != null ? repeat.unit() : label;
  }
}
