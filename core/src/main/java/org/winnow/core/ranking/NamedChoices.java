package org.winnow.core.ranking;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Choices named by a stable id, as the command line names them: an enum's ids and lookup. */
final class NamedChoices {
  private NamedChoices() {}

  /** Every constant's id, in declaration order. */
  static <E extends Enum<E>> List<String> ids(Class<E> type, Function<E, String> id) {
    return Arrays.stream(type.getEnumConstants()).map(id).toList();
  }

  /** The constant with this id; otherwise an error naming the kind of choice and the known ids. */
  static <E extends Enum<E>> E of(
      Class<E> type, Function<E, String> id, String kind, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> id.apply(e).equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown "
                        + kind
                        + " '"
                        + value
                        + "' (known: "
                        + String.join(", ", ids(type, id))
                        + ")"));
  }
}
