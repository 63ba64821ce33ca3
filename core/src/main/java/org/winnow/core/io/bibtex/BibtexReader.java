package org.winnow.core.io.bibtex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;

/**
 * Reads the entries of a BibTeX file as BibTeX itself does: text outside entries is a comment, so
 * junk between entries is skipped; {@code @string} macros (and the month macros jan..dec) are
 * expanded, {@code #} joins parts, {@code @comment} and {@code @preamble} are skipped. Lenient
 * where real exports are messy (trailing or missing commas between fields, {@code %} comment lines
 * inside entries, entries without key), strict where a value would be misread: an entry or brace
 * left open is an error naming the line where the entry starts and the field.
 */
final class BibtexReader {
  private static final Map<String, String> MONTHS =
      Map.ofEntries(
          Map.entry("jan", "January"),
          Map.entry("feb", "February"),
          Map.entry("mar", "March"),
          Map.entry("apr", "April"),
          Map.entry("may", "May"),
          Map.entry("jun", "June"),
          Map.entry("jul", "July"),
          Map.entry("aug", "August"),
          Map.entry("sep", "September"),
          Map.entry("oct", "October"),
          Map.entry("nov", "November"),
          Map.entry("dec", "December"));

  /**
   * A line that opens a new entry ({@code @article{key,}). Met inside a value it means that an
   * earlier brace or quote was never closed: reading on would swallow the following entries.
   */
  private static final Pattern ENTRY_START =
      Pattern.compile("[ \\t]*@[A-Za-z]+\\s*[{(][^\\s,{}()=\"#%]*\\s*,");

  private static final String NOT_IN_NAMES = "\"#%'(),={}@";

  private final ImportText input;
  private final String s;
  private final int n;
  private final int[] lineStarts;
  private final Map<String, String> macros = new HashMap<>(MONTHS);
  private int pos;

  // what is being read, for error messages
  private int entryLine;
  private String entryLabel;
  private String fieldName;

  private BibtexReader(ImportText input) throws ImportException {
    this.input = input;
    this.s = input.text();
    this.n = s.length();
    this.lineStarts = lineStarts(s);
  }

  static List<BibtexEntry> read(ImportText input) throws ImportException {
    return new BibtexReader(input).entries();
  }

  private List<BibtexEntry> entries() throws ImportException {
    List<BibtexEntry> out = new ArrayList<>();
    while (true) {
      int at = s.indexOf('@', pos);
      if (at < 0) {
        return out;
      }
      pos = at + 1;
      if (commentedOut(at)) {
        continue;
      }
      skipSpaceAndComments(); // one real file has "@\n  %a\npreamble\n  %a\n{...}"
      int typeStart = pos;
      while (pos < n && isAsciiLetter(s.charAt(pos))) {
        pos++;
      }
      String type = s.substring(typeStart, pos).toLowerCase(Locale.ROOT);
      skipSpaceAndComments();
      if (type.isEmpty() || pos >= n || (s.charAt(pos) != '{' && s.charAt(pos) != '(')) {
        pos = at + 1; // an "@" in free text, such as an e-mail address
        continue;
      }
      char close = s.charAt(pos) == '{' ? '}' : ')';
      pos++;
      entryLine = lineOf(at);
      entryLabel = "@" + type;
      fieldName = null;
      switch (type) {
        case "comment", "preamble" -> skipGroup(close, at);
        case "string" -> readMacros(close);
        default -> out.add(readEntry(type, close));
      }
    }
  }

  /** Outside entries a line starting with "%" is a comment, even when it holds an "@". */
  private boolean commentedOut(int at) {
    for (int i = at - 1; i >= 0 && s.charAt(i) != '\n' && s.charAt(i) != '\r'; i--) {
      if (s.charAt(i) == '%') {
        int next = nextLineStart(at);
        pos = next;
        return true;
      }
    }
    return false;
  }

  /**
   * {@code @comment{...}} and {@code @preamble{...}} (LaTeX for the bibliography, not record data)
   * are skipped with their balanced group; when unbalanced only the word goes, as in BibTeX.
   */
  private void skipGroup(char close, int at) {
    char open = close == '}' ? '{' : '(';
    int depth = 1;
    for (int i = pos; i < n; i++) {
      char c = s.charAt(i);
      if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        pos = i + 1;
        return;
      }
    }
    pos = at + 1;
  }

  private void readMacros(char close) throws ImportException {
    while (true) {
      skipSpaceAndComments();
      if (pos >= n) {
        throw unterminated();
      }
      char c = s.charAt(pos);
      if (c == close) {
        pos++;
        return;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      String name = nameToken();
      if (name.isEmpty()) {
        throw unexpected("a macro name");
      }
      fieldName = name;
      expectEquals();
      macros.put(name.toLowerCase(Locale.ROOT), value(close).value());
    }
  }

  private BibtexEntry readEntry(String type, char close) throws ImportException {
    skipSpaceAndComments();
    int keyStart = pos;
    while (pos < n && !isKeyEnd(s.charAt(pos), close)) {
      pos++;
    }
    String key = s.substring(keyStart, pos);
    entryLabel = "@" + type + "{" + key;
    skipSpaceAndComments();
    if (pos < n && s.charAt(pos) == '=') {
      key = ""; // no key at all: the first word was a field name
      entryLabel = "@" + type + "{";
      pos = keyStart;
    }
    List<BibtexEntry.Field> fields = new ArrayList<>();
    while (true) {
      skipSpaceAndComments();
      if (pos >= n) {
        throw unterminated();
      }
      char c = s.charAt(pos);
      if (c == close) {
        pos++;
        return new BibtexEntry(type, key.strip(), entryLine, fields);
      }
      if (c == ',') {
        pos++; // also a trailing comma before the closing brace
        continue;
      }
      if (c == '@') {
        throw input.error(
            entryLine,
            fieldName,
            "entry " + entryLabel + " is not closed before the next entry on line " + lineOf(pos));
      }
      String name = nameToken();
      if (name.isEmpty()) {
        throw unexpected("a field name");
      }
      fieldName = name;
      expectEquals();
      Value v = value(close);
      // a missing comma before the next field is tolerated (Mendeley writes such files)
      fields.add(new BibtexEntry.Field(name, v.written(), v.value()));
    }
  }

  private record Value(String written, String value) {}

  /** One value: braced, quoted, number or macro name, parts joined by {@code #}. */
  private Value value(char close) throws ImportException {
    skipSpaceAndComments();
    int start = pos;
    StringBuilder value = new StringBuilder();
    String firstWritten = null;
    int parts = 0;
    while (true) {
      skipSpaceAndComments();
      if (pos >= n) {
        throw unterminated();
      }
      char c = s.charAt(pos);
      String written;
      String expanded;
      if (c == '{') {
        written = delimited('{');
        expanded = written;
      } else if (c == '"') {
        written = delimited('"');
        expanded = written;
      } else if (isNameChar(c) && c != close) {
        written = nameToken();
        expanded =
            written.chars().allMatch(Character::isDigit)
                ? written
                // an undefined macro keeps its name, as a journal abbreviation often is one
                : macros.getOrDefault(written.toLowerCase(Locale.ROOT), written);
      } else {
        throw unexpected("a value");
      }
      if (parts++ == 0) {
        firstWritten = written;
      }
      value.append(expanded);
      int end = pos;
      skipSpaceAndComments();
      if (pos < n && s.charAt(pos) == '#') {
        pos++;
        continue;
      }
      String asWritten = parts == 1 ? firstWritten : s.substring(start, end).strip();
      return new Value(asWritten, value.toString());
    }
  }

  /**
   * A {@code {...}} or {@code "..."} value, braces balanced inside; returns its content. A quote
   * inside braces does not end a quoted value.
   */
  private String delimited(char open) throws ImportException {
    int openedAt = pos;
    int depth = open == '{' ? 1 : 0;
    for (int i = pos + 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (open == '{' && depth == 0) {
          pos = i + 1;
          return s.substring(openedAt + 1, i);
        }
        if (depth < 0) {
          throw unclosed(open, openedAt, "before the '}' on line " + lineOf(i));
        }
      } else if (c == '"' && open == '"' && depth == 0) {
        pos = i + 1;
        return s.substring(openedAt + 1, i);
      } else if ((c == '\n' || c == '\r') && i + 1 < n && newEntryAt(i + 1)) {
        throw unclosed(open, openedAt, "before the next entry on line " + lineOf(i + 1));
      }
    }
    throw unclosed(open, openedAt, "before the end of the file");
  }

  private boolean newEntryAt(int lineStart) {
    return ENTRY_START.matcher(s).region(lineStart, n).lookingAt();
  }

  private ImportException unclosed(char open, int openedAt, String where) {
    return input.error(
        entryLine,
        fieldName,
        "unterminated entry "
            + entryLabel
            + ": the "
            + (open == '{' ? "'{'" : "quote")
            + " opened on line "
            + lineOf(openedAt)
            + " is not closed "
            + where);
  }

  private ImportException unterminated() {
    return input.error(
        entryLine, fieldName, "unterminated entry " + entryLabel + ": the file ends inside it");
  }

  private ImportException unexpected(String expected) {
    String found = pos >= n ? "end of file" : "'" + s.charAt(pos) + "'";
    return input.error(
        lineOf(pos),
        fieldName,
        "expected "
            + expected
            + " but found "
            + found
            + " in "
            + entryLabel
            + " (line "
            + entryLine
            + ")");
  }

  private void expectEquals() throws ImportException {
    skipSpaceAndComments();
    if (pos >= n) {
      throw unterminated();
    }
    if (s.charAt(pos) != '=') {
      throw unexpected("'=' after the field name");
    }
    pos++;
  }

  private void expectClose(char close) throws ImportException {
    if (pos >= n) {
      throw unterminated();
    }
    if (s.charAt(pos) != close) {
      throw unexpected("'" + close + "'");
    }
    pos++;
  }

  /** Field and macro names: BibTeX allows any printable character but a few. */
  private String nameToken() {
    int start = pos;
    while (pos < n && isNameChar(s.charAt(pos))) {
      pos++;
    }
    return s.substring(start, pos);
  }

  private static boolean isNameChar(char c) {
    return c > ' ' && !Character.isWhitespace(c) && NOT_IN_NAMES.indexOf(c) < 0;
  }

  private static boolean isKeyEnd(char c, char close) {
    return c == close
        || c == ','
        || c == '='
        || c == '{'
        || c == '}'
        || c == '"'
        || c == '#'
        || Character.isWhitespace(c);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Inside an entry white space and "%" comment lines (biber, JabRef) are skipped. */
  private void skipSpaceAndComments() {
    while (pos < n) {
      char c = s.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '%') {
        pos = nextLineStart(pos);
      } else {
        return;
      }
    }
  }

  private int nextLineStart(int from) {
    int i = from;
    while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** Line numbers count CRLF, LF and a lone CR as one break each, as {@link ImportText#lines()}. */
  private static int[] lineStarts(String s) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
