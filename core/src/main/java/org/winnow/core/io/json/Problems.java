package org.winnow.core.io.json;

import java.util.ArrayList;
import java.util.List;
import org.winnow.core.io.ImportException;

/**
 * Every problem found in one JSON document, so a user fixes them all in one round: thrown as one
 * {@link ImportException} naming the first by line and field and listing the others.
 */
public final class Problems {
  /** At most this many further problems are listed after the first. */
  public static final int LISTED = 10;

  /** A problem: where (JSON pointer), which field (as people name it), what. */
  public record Problem(String pointer, String field, String message) {}

  private final List<Problem> list = new ArrayList<>();

  public void add(Problem p) {
    list.add(p);
  }

  public void add(String pointer, String field, String message) {
    list.add(new Problem(pointer, field, message));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public void throwIfAny(LocatedJson doc) throws ImportException {
    if (list.isEmpty()) {
      return;
    }
    Problem first = list.get(0);
    StringBuilder message = new StringBuilder(first.message());
    if (list.size() > 1) {
      message.append(" (").append(list.size() - 1).append(" more: ");
      List<String> rest = new ArrayList<>();
      for (Problem p : list.subList(1, Math.min(list.size(), LISTED + 1))) {
        int line = doc.line(p.pointer());
        rest.add((line > 0 ? "line " + line + " " : "") + p.field() + ": " + p.message());
      }
      message.append(String.join("; ", rest));
      if (list.size() > LISTED + 1) {
        message.append("; …");
      }
      message.append(')');
    }
    throw doc.error(first.pointer(), first.field(), message.toString());
  }
}
