package org.winnow.core.prisma;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One arithmetic rule of the diagram: {@code result = Σ ±term} or {@code result ≤ Σ term}. It
 * applies when the result and at least one field among the terms are present; absent terms count 0.
 */
public record PrismaIdentity(
    String id, PrismaQuantity result, Relation relation, List<Term> terms) {

  /** How the result compares with the sum of the terms. */
  public enum Relation {
    EQUALS("="),
    AT_MOST("≤");

    private final String symbol;

    Relation(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** A quantity added (+1) or subtracted (−1). */
  public record Term(PrismaQuantity quantity, int sign) {}

  public PrismaIdentity {
    terms = List.copyOf(terms);
  }

  /**
   * The rule in field names, e.g. "dbr_assessed = dbr_sought_reports − dbr_notretrieved_reports".
   */
  public String rule() {
    return result.key() + " " + relation.symbol() + " " + terms(t -> t.quantity().key());
  }

  /** The terms joined with their signs ("a + b − c"), each shown by {@code show}. */
  String terms(Function<Term, String> show) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (i > 0) {
        s.append(t.sign() < 0 ? " − " : " + ");
      } else if (t.sign() < 0) {
        s.append("− ");
      }
      s.append(show.apply(t));
    }
    return s.toString();
  }

  /** The violation, if the rule applies to these counts and does not hold. */
  public Optional<PrismaViolation> check(PrismaCounts counts) {
    var actual = result.in(counts);
    boolean anyTerm =
        terms.stream().anyMatch(t -> t.quantity() instanceof PrismaField f && counts.has(f));
    if (actual.isEmpty() || !anyTerm) {
      return Optional.empty();
    }
    Map<String, Long> values = new LinkedHashMap<>();
    values.put(result.key(), actual.getAsLong());
    long expected = 0;
    for (Term t : terms) {
      long v = t.quantity().in(counts).orElse(0);
      values.put(t.quantity().key(), v);
      expected += t.sign() * v;
    }
    long a = actual.getAsLong();
    boolean holds = relation == Relation.EQUALS ? a == expected : a <= expected;
    return holds ? Optional.empty() : Optional.of(new PrismaViolation(this, values, expected, a));
  }

  static Builder named(String id) {
    return new Builder(id);
  }

  /** Reads like the rule: {@code named("x").is(A).plus(B).minus(C).build()}. */
  static final class Builder {
    private final String id;
    private PrismaQuantity result;
    private Relation relation;
    private final List<Term> terms = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    Builder is(PrismaQuantity q) {
      result = q;
      relation = Relation.EQUALS;
      return this;
    }

    Builder isAtMost(PrismaQuantity q) {
      result = q;
      relation = Relation.AT_MOST;
      return this;
    }

    Builder plus(PrismaQuantity... qs) {
      for (PrismaQuantity q : qs) {
        terms.add(new Term(q, 1));
      }
      return this;
    }

    Builder minus(PrismaQuantity... qs) {
      for (PrismaQuantity q : qs) {
        terms.add(new Term(q, -1));
      }
      return this;
    }

    PrismaIdentity build() {
      return new PrismaIdentity(id, result, relation, terms);
    }
  }
}
