package org.winnow.core.extraction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One option of a choice field. A template may give an option as a plain string, which is then its
 * value and its label.
 *
 * @param value what answers and exports hold (stable, e.g. "rct")
 * @param label what people read ("Randomised controlled trial")
 */
public record ChoiceOption(String value, String label) {

  @JsonCreator
  public ChoiceOption(@JsonProperty("value") String value, @JsonProperty("label") String label) {
    this.value = value;
    this.label = label == null ? value : label;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ChoiceOption of(String value) {
    return new ChoiceOption(value, value);
  }
}
