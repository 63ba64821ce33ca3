package org.winnow.core.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How a section repeats: one instance per intervention, arm, outcome or time point.
 *
 * @param unit what one instance is, for messages and headings ("intervention")
 * @param min fewest instances (0 when absent)
 * @param max most instances, or null for no limit
 * @param key the fields that identify an instance (e.g. outcome, time point, arm): two instances
 *     may not share them, and double extraction matches instances by them. Without a key, instances
 *     are matched by position.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RepeatSpec(String unit, Integer min, Integer max, List<String> key) {

  public RepeatSpec {
    key = key == null ? List.of() : List.copyOf(key);
  }

  public int least() {
    return min == null ? 0 : min;
  }
}
