package org.winnow.core.extraction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of answer a form field takes; the id is the template JSON's {@code type}. */
public enum FieldType {
  TEXT("text", "one line of text"),
  LONG_TEXT("long-text", "text of any length (paragraphs)"),
  INTEGER("integer", "a whole number"),
  NUMBER("number", "a number, with its unit where the field has one"),
  DATE("date", "a date: YYYY-MM-DD, YYYY-MM or YYYY"),
  SINGLE_CHOICE("single-choice", "one of the options"),
  MULTIPLE_CHOICE("multiple-choice", "a list of options"),
  YES_NO_UNCLEAR("yes-no-unclear", "yes, no or unclear");

  /** The options of a yes/no/unclear field, fixed for every template. */
  public static final List<ChoiceOption> YES_NO_UNCLEAR_OPTIONS =
      List.of(
          new ChoiceOption("yes", "Yes"),
          new ChoiceOption("no", "No"),
          new ChoiceOption("unclear", "Unclear"));

  private final String id;
  private final String expected;

  FieldType(String id, String expected) {
    this.id = id;
    this.expected = expected;
  }

  @JsonValue
  public String id() {
    return id;
  }

  /** What an answer of this type looks like, for messages. */
  public String expected() {
    return expected;
  }

  public boolean isChoice() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == YES_NO_UNCLEAR;
  }

  public static Optional<FieldType> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  /** For template JSON: an unknown type is named with the known ones. */
  @JsonCreator
  public static FieldType fromJson(String id) {
    return byId(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown field type '" + id + "' (types: " + String.join(", ", ids()) + ")"));
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(FieldType::id).toList();
  }
}
