package org.winnow.core.stats.csv;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.winnow.core.io.ImportException;
import org.winnow.core.stats.effect.Desirable;
import org.winnow.core.stats.effect.Favours;
import org.winnow.core.stats.effect.Sign;

/** One data row's cells by column, parsed on demand with errors naming file, line and column. */
final class Cells {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  /** Cells that mean "not reported": empty, or R's and SAS's missing-value markers. */
  private static final List<String> MISSING = List.of("", "na", "n/a", ".", "nan");

  private final String file;
  private final int line;
  private final Map<Column, Integer> positions;
  private final List<String> cells;

  Cells(String file, int line, Map<Column, Integer> positions, List<String> cells) {
    this.file = file;
    this.line = line;
    this.positions = positions;
    this.cells = cells;
  }

  int line() {
    return line;
  }

  /** The cell as text, stripped, without the apostrophe a formula guard put in front. */
  String text(Column c) {
    Integer i = positions.get(c);
    if (i == null || i >= cells.size()) {
      return "";
    }
    return unguard(cells.get(i).strip());
  }

  boolean has(Column c) {
    if (c == Column.SIGN) {
      return !missing(text(Column.SIGN)) || impliedSign() != null;
    }
    return !missing(text(c));
  }

  double number(Column c) throws ImportException {
    String s = text(c);
    if (!NUMBER.matcher(s).matches()) {
      throw error(c, "'" + s + "' is not " + c.kind().expected);
    }
    double x = Double.parseDouble(s);
    if (!Double.isFinite(x) || !c.kind().accepts(x)) {
      throw error(c, "'" + s + "' is not " + c.kind().expected);
    }
    return x;
  }

  int size(Column c) throws ImportException {
    return (int) number(c);
  }

  /** The sign of group 1 − group 2: stated, or implied by what the result favours. */
  Sign sign() throws ImportException {
    String s = text(Column.SIGN).toLowerCase(Locale.ROOT);
    if (missing(s)) {
      return impliedSign();
    }
    return switch (s) {
      case "+", "+1", "1", "positive" -> Sign.POSITIVE;
      case "-", "-1", "negative" -> Sign.NEGATIVE;
      default -> throw error(Column.SIGN, "'" + s + "' is not + or - (positive or negative)");
    };
  }

  private Sign impliedSign() {
    try {
      Favours f = has(Column.FAVOURS) ? favours() : null;
      Desirable d = desirable();
      if (f == null || d == null || f == Favours.NEITHER) {
        return null;
      }
      return (f == Favours.INTERVENTION) == (d == Desirable.HIGHER) ? Sign.POSITIVE : Sign.NEGATIVE;
    } catch (ImportException e) {
      return null; // reported as the bad cell itself when that is read
    }
  }

  Favours favours() throws ImportException {
    return choice(Column.FAVOURS, Favours.class, "intervention, control or neither");
  }

  Desirable desirable() throws ImportException {
    if (!has(Column.DESIRABLE)) {
      return null;
    }
    return choice(Column.DESIRABLE, Desirable.class, "higher or lower");
  }

  <E extends Enum<E>> E choice(Column c, Class<E> type, String expected) throws ImportException {
    String s = text(c);
    try {
      return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(c, "'" + s + "' is not " + expected);
    }
  }

  ImportException error(Column c, String problem) {
    Integer i = positions.get(c);
    String field = c.header() + (i == null ? "" : " (column " + (i + 1) + ")");
    return new ImportException(file, line, field, problem);
  }

  ImportException error(String problem) {
    return new ImportException(file, line, null, problem);
  }

  static boolean missing(String s) {
    return MISSING.contains(s.strip().toLowerCase(Locale.ROOT));
  }

  /** Undoes the formula guard of Winnow's CSV exports (an apostrophe before = + - @). */
  static String unguard(String s) {
    if (s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0) {
      return s.substring(1);
    }
    return s;
  }
}
