package org.winnow.strategies.syntax.ovid;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Fielded;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.Limit;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.NodeRewriter;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Word;
import org.winnow.strategies.syntax.InfixParser;
import org.winnow.strategies.syntax.Lexer;
import org.winnow.strategies.syntax.Operator;
import org.winnow.strategies.syntax.Source;
import org.winnow.strategies.syntax.StrategyParser;
import org.winnow.strategies.syntax.StrategySyntaxException;
import org.winnow.strategies.syntax.Token;
import org.winnow.strategies.syntax.WordSyntax;

/**
 * Ovid search histories: one search per line; {@code exp Heading/}, {@code *Heading/dt}, {@code
 * words.ti,ab.}, {@code adj3}, {@code $} truncation, {@code or/1-5}, {@code 1 and 2}, {@code limit
 * 3 to english language}. A bare number is a line reference, except inside a group that carries a
 * field suffix ({@code (PP 14 or PP14).tw.}). Ovid's history notes ({@code [mp=title, ...]}, {@code
 * [Diagnostic Use]}) are skipped with a warning.
 */
public final class OvidParser extends StrategyParser {
  private static final Pattern NUMBERING = Pattern.compile("\\s*#?(?<n>\\d+)[.:)]?\\s+");
  private static final Pattern COMBINE =
      Pattern.compile("(?i)\\s*(or|and)\\s*/\\s*([\\d\\s,\\-]+?)\\s*");
  private static final Pattern REMOVE_DUPLICATES =
      Pattern.compile("(?i)\\s*remove\\s+duplicates\\s+from\\s+#?(\\d+)\\s*");
  private static final Pattern LIMIT =
      Pattern.compile("(?i)\\s*limit\\s+(\\d+)\\s+to\\s+(.+?)\\s*");
  private static final Pattern YEARS =
      Pattern.compile(
          "(?i)yr\\s*=\\s*\"?\\s*(\\d{4}|current)?\\s*(?:-\\s*(\\d{4}|current)?)?\\s*\"?");

  /** {@code ed=20190101-20201231} (entry date), {@code dt=...} (date created). */
  private static final Pattern DATES =
      Pattern.compile(
          "(?i)(?<code>ed|dt)\\s*=\\s*\"?\\s*(?<from>\\d{4}(?:\\d{2}){0,2})?\\s*"
              + "(?:-\\s*(?<to>\\d{4}(?:\\d{2}){0,2}|current)?)?\\s*\"?");

  /** A field suffix, possibly glued to the word before it: {@code stem.ti,ab.}. */
  static final Pattern SUFFIX =
      Pattern.compile("(?i)(?<stem>.*?)\\.\\s*(?<codes>[a-z]{2}(?:\\s*,\\s*[a-z]{2})*)\\.?");

  private static final Pattern ADJ = Pattern.compile("(?i)adj(\\d*)");
  private static final Pattern SUBHEADING = Pattern.compile("(?i)[a-z]{2}");

  @Override
  protected Pattern numbering() {
    return NUMBERING;
  }

  @Override
  protected boolean bareNumbersInReferenceLines() {
    return false; // a bare number is already a reference in Ovid
  }

  @Override
  protected Node parseLine(Source source, int start, int end, int number)
      throws StrategySyntaxException {
    String text = source.text().substring(start, end);
    Span span = source.span(start, end);
    Matcher combine = COMBINE.matcher(text);
    if (combine.matches()) {
      return combination(
          source, start + combine.start(2), combine.group(1), combine.group(2), span);
    }
    Matcher dedup = REMOVE_DUPLICATES.matcher(text);
    if (dedup.matches()) {
      source.warn(
          start,
          "'remove duplicates from "
              + dedup.group(1)
              + "' read as line "
              + dedup.group(1)
              + ": duplicates across databases are removed by deduplication");
      return new LineRef(Integer.parseInt(dedup.group(1)), span);
    }
    Matcher limit = LIMIT.matcher(text);
    if (limit.matches()) {
      Node target = new LineRef(Integer.parseInt(limit.group(1)), span);
      return new Limit(target, restrictions(source, start + limit.start(2), limit.group(2)), span);
    }
    List<Token> tokens =
        mergeSuffixes(notesRemoved(source, new Lexer(source, false).tokens(start, end)));
    return expression(source, tokens).parseAll();
  }

  @Override
  protected InfixParser expression(Source source, List<Token> tokens) {
    return new Expression(source, tokens);
  }

  /** {@code or/1-5,7}: the lines combined. */
  private static Node combination(Source source, int at, String op, String list, Span span)
      throws StrategySyntaxException {
    List<Node> refs = new ArrayList<>();
    for (String part : list.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        throw source.error(at, "empty item in line list '" + list + "'");
      }
      String[] range = p.split("\\s*-\\s*");
      int from = Integer.parseInt(range[0].trim());
      int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
      if (range.length > 2 || to < from || to - from > 10_000) {
        throw source.error(at, "line range '" + p + "' is not first-last");
      }
      for (int n = from; n <= to; n++) {
        refs.add(new LineRef(n, span));
      }
    }
    if (refs.size() == 1) {
      return refs.get(0);
    }
    return new Bool(op.equalsIgnoreCase("or") ? Bool.Op.OR : Bool.Op.AND, refs, span);
  }

  private static List<Limit.Restriction> restrictions(Source source, int at, String text)
      throws StrategySyntaxException {
    String t = text.trim();
    if (t.startsWith("(") && t.endsWith(")")) {
      t = t.substring(1, t.length() - 1);
    }
    List<Limit.Restriction> out = new ArrayList<>();
    for (String part : t.split("(?i)\\s+and\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      String p = part.trim();
      Matcher years = YEARS.matcher(p);
      Matcher dates = DATES.matcher(p);
      if (dates.matches()) {
        String from = date(dates.group("from"));
        String to = dates.group("to") == null && !p.contains("-") ? from : date(dates.group("to"));
        if (from == null && to == null) {
          throw source.error(at, "date limit '" + p + "' has no date");
        }
        Field field =
            dates.group("code").equalsIgnoreCase("ed") ? Field.ENTRY_DATE : Field.CREATE_DATE;
        out.add(new Limit.Dates(field, from, to));
      } else if (years.matches()) {
        Integer from = year(years.group(1));
        Integer to = years.group(2) == null && !p.contains("-") ? from : year(years.group(2));
        if (from == null && to == null) {
          throw source.error(at, "year limit '" + p + "' has no year");
        }
        out.add(new Limit.Years(from, to));
      } else if (p.toLowerCase(Locale.ROOT).endsWith(" language")) {
        out.add(
            new Limit.Language(
                p.substring(0, p.length() - " language".length()).trim().toLowerCase(Locale.ROOT)));
      } else if (!p.isEmpty()) {
        out.add(new Limit.Named(p.replace("\"", "").trim().toLowerCase(Locale.ROOT)));
      }
    }
    if (out.isEmpty()) {
      throw source.error(at, "limit names nothing to limit to");
    }
    return out;
  }

  /** {@code 20190101} as {@code 2019/01/01}; null when open. */
  private static String date(String s) {
    if (s == null || s.equalsIgnoreCase("current")) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.substring(0, 4));
    for (int i = 4; i < s.length(); i += 2) {
      b.append('/').append(s, i, i + 2);
    }
    return b.toString();
  }

  private static Integer year(String s) {
    return s == null || s.equalsIgnoreCase("current") ? null : Integer.valueOf(s);
  }

  /** Ovid echoes notes in brackets ({@code [mp=...]}); they are not search syntax. */
  private static List<Token> notesRemoved(Source source, List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.is(Token.Kind.BRACKET)) {
        source.warn(t.start(), "history note [" + abbreviate(t.text()) + "] ignored");
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 30 ? s.substring(0, 27) + "..." : s;
  }

  /**
   * Joins a field suffix split by spaces ({@code ). tw.}, {@code .ti, ab.}) into one word so that
   * the expression parser sees it whole.
   */
  private static List<Token> mergeSuffixes(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is(Token.Kind.WORD)
          && (t.text().endsWith(".") || t.text().endsWith(","))
          && t.text().contains(".")) {
        Token merged = t;
        int j = i + 1;
        while (j < tokens.size() && j <= i + 3 && tokens.get(j).is(Token.Kind.WORD)) {
          Token next = tokens.get(j);
          Token candidate =
              new Token(Token.Kind.WORD, merged.text() + next.text(), merged.start(), next.end());
          if (!isSuffixWord(candidate.text())) {
            break;
          }
          merged = candidate;
          j++;
        }
        if (merged != t) {
          out.add(merged);
          i = j - 1;
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  /** The fields of a suffix ending this word, when every code is an Ovid field code. */
  static Optional<Set<Field>> suffixFields(String word) {
    Matcher m = SUFFIX.matcher(word);
    if (!m.matches()) {
      return Optional.empty();
    }
    Set<Field> fields = EnumSet.noneOf(Field.class);
    for (String code : m.group("codes").split("\\s*,\\s*")) {
      Optional<Set<Field>> f = OvidFields.CATALOG.fields(code);
      if (f.isEmpty()) {
        return Optional.empty();
      }
      fields.addAll(f.get());
    }
    return Optional.of(fields);
  }

  private static boolean isSuffixWord(String word) {
    Matcher m = SUFFIX.matcher(word);
    return m.matches() && suffixFields(word).isPresent();
  }

  /** The expression of one line. */
  private static final class Expression extends InfixParser {
    Expression(Source source, List<Token> tokens) {
      super(source, tokens);
    }

    @Override
    protected boolean implicitAnd() {
      return false;
    }

    @Override
    protected Operator operator() {
      return operatorAt(peek());
    }

    private static Operator operatorAt(Token t) {
      if (t.isWord("or")) {
        return Operator.bool(Operator.Kind.OR, 1);
      }
      if (t.isWord("and")) {
        return Operator.bool(Operator.Kind.AND, 1);
      }
      if (t.isWord("not")) {
        return Operator.bool(Operator.Kind.NOT, 1);
      }
      Matcher adj = t.is(Token.Kind.WORD) ? ADJ.matcher(t.text()) : null;
      if (adj != null && adj.matches()) {
        if (adj.group(1).isEmpty()) {
          return Operator.near(0, true, 1);
        }
        int n = Integer.parseInt(adj.group(1));
        return Operator.near(Math.max(0, n - 1), false, 1);
      }
      return null;
    }

    @Override
    protected int precedence(Operator op) {
      return switch (op.kind()) {
        case NEAR -> 4;
        case NOT -> 3;
        case AND -> 2;
        case OR -> 1;
      };
    }

    @Override
    protected Node operand() throws StrategySyntaxException {
      if (atEnd()) {
        throw expected("a search term");
      }
      Token first = peek();
      if (first.is(Token.Kind.LPAREN)) {
        Node inner = group();
        if (!atEnd() && peek().is(Token.Kind.WORD)) {
          Matcher m = SUFFIX.matcher(peek().text());
          Optional<Set<Field>> fields = suffixFields(peek().text());
          if (m.matches() && m.group("stem").isEmpty() && fields.isPresent()) {
            Token suffix = tokens.get(pos++);
            Span span = source.span(first.start(), suffix.end());
            return new Fielded(fields.get(), numbersAsWords(inner), span);
          }
        }
        return inner;
      }
      if (first.is(Token.Kind.RPAREN) || operator() != null) {
        throw expected("a search term");
      }
      List<Token> run = new ArrayList<>();
      while (!atEnd()) {
        Token t = peek();
        if (t.is(Token.Kind.LPAREN) || t.is(Token.Kind.RPAREN) || operatorAt(t) != null) {
          break;
        }
        run.add(t);
        pos++;
        if (t.is(Token.Kind.WORD) && suffixFields(t.text()).isPresent()) {
          break; // a field suffix ends the term
        }
        if (isHeadingEnd(run)) {
          readSubheadings(run);
          break;
        }
      }
      return term(run);
    }

    /** True when the last token closes a heading ({@code Name/} or {@code Name/dt}). */
    private static boolean isHeadingEnd(List<Token> run) {
      Token t = run.get(run.size() - 1);
      return t.is(Token.Kind.WORD) && t.text().contains("/");
    }

    /** Reads the comma-separated subheadings after {@code Heading/di,} ({@code pa, ra}). */
    private void readSubheadings(List<Token> run) {
      while (!atEnd()
          && (run.get(run.size() - 1).text().endsWith(",") || peek().text().startsWith(","))
          && peek().is(Token.Kind.WORD)
          && peek().text().matches("(?i),|,?[a-z]{2}(,[a-z]{2})*,?")) {
        run.add(tokens.get(pos++));
      }
    }

    private Node term(List<Token> run) throws StrategySyntaxException {
      Token first = run.get(0);
      Token last = run.get(run.size() - 1);
      Span span = source.span(first.start(), last.end());
      int slashToken = -1;
      for (int i = 0; i < run.size(); i++) {
        if (run.get(i).is(Token.Kind.WORD) && run.get(i).text().contains("/")) {
          slashToken = i;
          break;
        }
      }
      if (slashToken >= 0) {
        return heading(run, slashToken, span);
      }
      Set<Field> fields = null;
      List<String> pieces = new ArrayList<>();
      int quotedTokens = 0;
      boolean bareSuffix = false;
      for (int i = 0; i < run.size(); i++) {
        Token t = run.get(i);
        String text = t.text();
        if (i == run.size() - 1 && t.is(Token.Kind.WORD)) {
          Optional<Set<Field>> f = suffixFields(text);
          if (f.isPresent()) {
            fields = f.get();
            Matcher m = SUFFIX.matcher(text);
            m.matches();
            text = m.group("stem");
            bareSuffix = text.isBlank();
          }
        }
        if (t.is(Token.Kind.QUOTED)) {
          quotedTokens++;
        }
        for (String w : text.trim().split("\\s+")) {
          if (!w.isEmpty()) {
            pieces.add(w);
          }
        }
      }
      boolean quoted = quotedTokens == 1 && (run.size() == 1 || (run.size() == 2 && bareSuffix));
      if (pieces.isEmpty()) {
        throw source.error(first.start(), "field suffix without a search term");
      }
      Node node;
      if (!quoted && pieces.size() == 1 && pieces.get(0).matches("#?\\d{1,5}") && fields == null) {
        node = new LineRef(Integer.parseInt(pieces.get(0).replace("#", "")), span);
      } else {
        List<Word> words = new ArrayList<>();
        for (String p : pieces) {
          words.add(WordSyntax.OVID.parse(p));
        }
        node = new Text(words, quoted, span);
      }
      return fields == null ? node : new Fielded(fields, node, span);
    }

    private Node heading(List<Token> run, int slashToken, Span span)
        throws StrategySyntaxException {
      int from = 0;
      boolean explode = false;
      if (run.get(0).isWord("exp")) {
        explode = true;
        from = 1;
      }
      if (from >= run.size()) {
        throw source.error(run.get(0).start(), "'exp' without a heading");
      }
      Token slash = run.get(slashToken);
      int cut = slash.text().indexOf('/');
      String name =
          slashToken == from && cut == 0
              ? ""
              : source.text().substring(run.get(from).start(), slash.start() + cut);
      if (run.get(from).is(Token.Kind.QUOTED)) {
        name = run.get(from).text();
      }
      name = name.trim().replaceAll("\\s+", " "); // a heading broken over two lines
      boolean major = false;
      if (name.startsWith("*")) {
        major = true;
        name = name.substring(1).trim();
      }
      if (name.startsWith("\"") && name.endsWith("\"") && name.length() > 1) {
        name = name.substring(1, name.length() - 1);
      }
      if (name.isEmpty()) {
        throw source.error(slash.start() + cut, "'/' without a subject heading before it");
      }
      List<String> subheadings = new ArrayList<>();
      StringBuilder rest = new StringBuilder(slash.text().substring(cut + 1));
      for (int i = slashToken + 1; i < run.size(); i++) {
        rest.append(' ').append(run.get(i).text());
      }
      for (String s : rest.toString().split("[,\\s]+")) {
        if (s.isEmpty()) {
          continue;
        }
        if (!SUBHEADING.matcher(s).matches()) {
          throw source.error(
              slash.start() + cut, "'" + s + "' after '/' is not a two-letter subheading");
        }
        subheadings.add(s.toLowerCase(Locale.ROOT));
      }
      return new Heading(name, explode, major, subheadings, span);
    }
  }

  /** Inside a fielded group numbers are words to search, not line references. */
  private static Node numbersAsWords(Node node) {
    return new NodeRewriter() {
      @Override
      public Node lineRef(LineRef r) {
        return new Text(List.of(Word.of(Integer.toString(r.number()))), false, r.span());
      }
    }.rewrite(node);
  }
}
