package org.winnow.core.prisma;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule of the diagram that the counts break, with every number involved, so the reviewer (and the
 * code that lists the items behind each field) can find what is wrong.
 *
 * @param values the result first, then each term, by field name (absent terms as 0)
 * @param expected what the terms add up to (the bound, for an "at most" rule)
 * @param actual the result's value
 */
public record PrismaViolation(
    PrismaIdentity identity, Map<String, Long> values, long expected, long actual) {

  public PrismaViolation {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The rule's stable id, e.g. "identification-to-screening". */
  public String check() {
    return identity.id();
  }

  public String rule() {
    return identity.rule();
  }

  /** The field names involved, result first. */
  public List<String> fields() {
    return List.copyOf(values.keySet());
  }

  /** E.g. "records_screened = database_results − duplicates: 15655 − 5000 = 10655, not 10600". */
  public String message() {
    StringBuilder s = new StringBuilder(rule()).append(": ");
    s.append(identity.terms(t -> String.valueOf(values.get(t.quantity().key())))).append(' ');
    s.append("= ").append(expected).append(", but ").append(identity.result().key());
    s.append(" is ").append(actual);
    if (identity.relation() == PrismaIdentity.Relation.EQUALS) {
      long diff = actual - expected;
      s.append(" (").append(Math.abs(diff)).append(diff > 0 ? " more)" : " fewer)");
    } else {
      s.append(" (").append(actual - expected).append(" too many)");
    }
    return s.toString();
  }
}
