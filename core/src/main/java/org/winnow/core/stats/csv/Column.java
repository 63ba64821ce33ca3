package org.winnow.core.stats.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The input columns Winnow reads (metafor's {@code escalc} argument names where one exists), with
 * what a cell must hold. docs/effect-sizes.md lists them with their meaning.
 */
public enum Column {
  STUDY(Kind.TEXT),
  OUTCOME(Kind.TEXT),
  DOMAIN(Kind.TEXT),
  DESIRABLE(Kind.TEXT),
  APPRAISAL(Kind.TEXT),
  FAVOURS(Kind.TEXT),
  SIGN(Kind.TEXT),
  N1I(Kind.SIZE),
  N2I(Kind.SIZE),
  NI(Kind.SIZE),
  M1I(Kind.NUMBER),
  M2I(Kind.NUMBER),
  SD1I(Kind.NON_NEGATIVE),
  SD2I(Kind.NON_NEGATIVE),
  MC1I(Kind.NUMBER),
  MC2I(Kind.NUMBER),
  SDC1I(Kind.NON_NEGATIVE),
  SDC2I(Kind.NON_NEGATIVE),
  MCI(Kind.NUMBER),
  SDCI(Kind.NON_NEGATIVE),
  TI(Kind.NUMBER),
  FI(Kind.NON_NEGATIVE),
  PI(Kind.PROBABILITY),
  D(Kind.NUMBER),
  AI(Kind.NON_NEGATIVE),
  BI(Kind.NON_NEGATIVE),
  CI(Kind.NON_NEGATIVE),
  DI(Kind.NON_NEGATIVE),
  ORI(Kind.POSITIVE),
  ORI_LB(Kind.POSITIVE),
  ORI_UB(Kind.POSITIVE),
  RI(Kind.CORRELATION),
  YI(Kind.NUMBER),
  VI(Kind.POSITIVE),
  SEI(Kind.POSITIVE),
  CI_LB(Kind.NUMBER),
  CI_UB(Kind.NUMBER);

  /** What a cell of the column must hold. */
  enum Kind {
    TEXT("text"),
    SIZE("a whole number ≥ 1"),
    NUMBER("a number"),
    NON_NEGATIVE("a number ≥ 0"),
    POSITIVE("a number > 0"),
    PROBABILITY("a probability between 0 and 1"),
    CORRELATION("a correlation between -1 and 1");

    final String expected;

    Kind(String expected) {
      this.expected = expected;
    }

    boolean accepts(double x) {
      return switch (this) {
        case TEXT, NUMBER -> true;
        case SIZE -> x >= 1 && x == Math.rint(x) && x <= Integer.MAX_VALUE;
        case NON_NEGATIVE -> x >= 0;
        case POSITIVE -> x > 0;
        case PROBABILITY -> x >= 0 && x <= 1;
        case CORRELATION -> x >= -1 && x <= 1;
      };
    }
  }

  private final Kind kind;

  Column(Kind kind) {
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }

  /** The header name, lower case as in metafor ("sd1i", "ori_lb"). */
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Column> forHeader(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.header().equals(h)).findFirst();
  }
}
