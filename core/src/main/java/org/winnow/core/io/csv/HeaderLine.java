package org.winnow.core.io.csv;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the header row of a delimited file is and which delimiter it uses. Some exports put a
 * preamble above it (Embase: {@code "SEARCH QUERY","dinosaur:ti"}, a rule and a blank line), so the
 * first of the opening lines whose cells name at least two recognised columns is the header; when
 * none does, the first line with two or more cells.
 *
 * @param offset character offset where the header line starts
 * @param line 1-based line number of the header
 * @param delimiter comma, semicolon or tab
 * @param names the header cells
 * @param recognised how many of them {@link HeaderTable} knows
 */
record HeaderLine(int offset, int line, char delimiter, List<String> names, int recognised) {
  /** How many opening lines may hold the header (after a preamble). */
  static final int MAX_LINES_BEFORE_DATA = 20;

  private static final char[] DELIMITERS = {',', '\t', ';'};

  /** Lines of tagged formats: RIS, MEDLINE, WoS, EndNote/Refer. None comes before a CSV header. */
  private static final Pattern TAGGED_LINE =
      Pattern.compile(
          "^(?:[A-Z][A-Z0-9]{1,3} {0,2}- |(?:FN|VR|PT) \\S|%[A-Z0-9] ).*", Pattern.DOTALL);

  /** First lines of markup formats: BibTeX, XML, JSON. */
  private static final Pattern MARKUP_START = Pattern.compile("^\\s*[@<{\\[].*", Pattern.DOTALL);

  /** Non-blank header cells. */
  long nonBlankNames() {
    return names.stream().filter(s -> !s.isBlank()).count();
  }

  /** The header of this text, or empty when no line of the opening has two or more cells. */
  static Optional<HeaderLine> find(String text) {
    HeaderLine firstMultiCell = null;
    int offset = 0;
    int lineNo = 1;
    int seen = 0;
    int n = text.length();
    while (offset < n && seen < MAX_LINES_BEFORE_DATA) {
      int end = offset;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String lineText = text.substring(offset, end);
      if (!lineText.isBlank()) {
        if (TAGGED_LINE.matcher(lineText).matches()
            || (seen == 0 && MARKUP_START.matcher(lineText).matches())) {
          return Optional.empty();
        }
        seen++;
        HeaderLine candidate = best(lineText, offset, lineNo);
        if (candidate != null && candidate.nonBlankNames() >= 2 && candidate.fitsNextRow(text)) {
          if (candidate.recognised >= 2) {
            return Optional.of(candidate);
          }
          if (firstMultiCell == null) {
            firstMultiCell = candidate;
          }
        }
      }
      offset =
          end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n'
              ? end + 2
              : end + 1;
      lineNo++;
    }
    return Optional.ofNullable(firstMultiCell);
  }

  /**
   * A header is followed by a row of cells, not by a line without delimiters (which makes a list of
   * search lines mentioning "title, abstract" no header). True when there is no next row yet, or
   * when it cannot be read within the text at hand.
   */
  private boolean fitsNextRow(String text) {
    DelimitedTextReader reader = new DelimitedTextReader(text, offset, line, delimiter);
    try {
      reader.next();
      DelimitedTextReader.Row row = reader.next();
      while (row != null && row.isBlank() && row.cells().size() == 1) {
        row = reader.next();
      }
      return row == null || row.cells().size() >= 2;
    } catch (DelimitedTextReader.UnterminatedQuote e) {
      return true; // a long first row cut off by the detection sample
    }
  }

  /** The delimiter that gives this line the most recognised, then the most non-blank, cells. */
  private static HeaderLine best(String lineText, int offset, int lineNo) {
    HeaderLine best = null;
    for (char d : DELIMITERS) {
      if (lineText.indexOf(d) < 0) {
        continue;
      }
      List<String> cells = DelimitedTextReader.splitLine(lineText, d);
      int recognised = (int) cells.stream().filter(HeaderTable::isKnown).count();
      HeaderLine h = new HeaderLine(offset, lineNo, d, cells, recognised);
      if (best == null
          || h.recognised > best.recognised
          || (h.recognised == best.recognised && h.nonBlankNames() > best.nonBlankNames())) {
        best = h;
      }
    }
    return best;
  }
}
