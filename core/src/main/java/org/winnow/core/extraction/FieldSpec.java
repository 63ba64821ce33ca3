package org.winnow.core.extraction;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a form section.
 *
 * @param id stable name of the field within its section (answers and exports use it)
 * @param type what answer it takes
 * @param required an answer (or "NR", not reported) must be given
 * @param options the options of a single- or multiple-choice field
 * @param unit the one unit of a number field ("weeks"), shown beside it
 * @param units the units a number field may be given in; the answer names one
 * @param min least value of a number or integer field
 * @param max greatest value of a number or integer field
 * @param maxLength longest answer of a text field (defaults below)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldSpec(
    String id,
    String label,
    FieldType type,
    boolean required,
    String help,
    List<ChoiceOption> options,
    String unit,
    List<String> units,
    BigDecimal min,
    BigDecimal max,
    Integer maxLength) {

  /** Longest one-line answer unless the template says otherwise. */
  public static final int TEXT_MAX_LENGTH = 1_000;

  /** Longest long-text answer unless the template says otherwise. */
  public static final int LONG_TEXT_MAX_LENGTH = 100_000;

  public FieldSpec {
    options = options == null ? List.of() : List.copyOf(options);
    units = units == null ? List.of() : List.copyOf(units);
  }

  /** The options answers may take: the template's, or yes/no/unclear. */
  @JsonIgnore
  public List<ChoiceOption> choices() {
    return type == FieldType.YES_NO_UNCLEAR ? FieldType.YES_NO_UNCLEAR_OPTIONS : options;
  }

  /** The longest text answer this field accepts. */
  @JsonIgnore
  public int textLimit() {
    if (maxLength != null) {
      return maxLength;
    }
    return type == FieldType.LONG_TEXT ? LONG_TEXT_MAX_LENGTH : TEXT_MAX_LENGTH;
  }
}
