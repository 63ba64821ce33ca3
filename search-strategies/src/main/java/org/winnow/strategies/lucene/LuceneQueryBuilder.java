package org.winnow.strategies.lucene;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.DateRange;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Fielded;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.Limit;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Near;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.NodeVisitor;
import org.winnow.strategies.ast.SearchLine;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Word;
import org.winnow.strategies.report.TranslationReport;

/**
 * Builds Lucene queries from a strategy's tree over the project's index. What the index cannot
 * answer is reported: explosion without a thesaurus, fields it does not hold, limits it cannot
 * apply. A line reference is the referenced line's query, or whatever the {@link LineResolver}
 * gives (the runner passes each line's result set, so long histories stay cheap).
 */
public final class LuceneQueryBuilder {
  /** The query standing for an earlier line. */
  @FunctionalInterface
  public interface LineResolver {
    Query line(int number);
  }

  /** Language limits name languages; MEDLINE records carry three-letter codes. */
  private static final Map<String, String> LANGUAGE_CODES =
      Map.ofEntries(
          Map.entry("english", "eng"),
          Map.entry("french", "fre"),
          Map.entry("german", "ger"),
          Map.entry("spanish", "spa"),
          Map.entry("italian", "ita"),
          Map.entry("portuguese", "por"),
          Map.entry("dutch", "dut"),
          Map.entry("chinese", "chi"),
          Map.entry("japanese", "jpn"),
          Map.entry("russian", "rus"));

  private final IndexSchema schema;
  private final TranslationReport report;
  private final WordPositions positions;

  public LuceneQueryBuilder(IndexSchema schema, TranslationReport report) {
    this.schema = schema;
    this.report = report;
    this.positions = new WordPositions(schema.analyzer());
  }

  /** The query of one line, earlier lines built in place. */
  public Query build(Strategy strategy, int lineNumber) {
    return build(strategy, lineNumber, n -> build(strategy, n));
  }

  public Query build(Strategy strategy, int lineNumber, LineResolver resolver) {
    SearchLine line =
        strategy
            .line(lineNumber)
            .orElseThrow(() -> new IllegalArgumentException("no line " + lineNumber));
    return line.query().accept(new Visitor(strategy, lineNumber, resolver, null));
  }

  private final class Visitor implements NodeVisitor<Query> {
    private final Strategy strategy;
    private final int line;
    private final LineResolver resolver;

    /** The searched fields in force (from an enclosing field tag); null for the default fields. */
    private final Set<Field> fields;

    Visitor(Strategy strategy, int line, LineResolver resolver, Set<Field> fields) {
      this.strategy = strategy;
      this.line = line;
      this.resolver = resolver;
      this.fields = fields;
    }

    /** The index fields to search, reporting searched fields the index does not hold. */
    private List<String> indexFields() {
      if (fields == null) {
        return schema.defaultFields();
      }
      Set<String> out = new LinkedHashSet<>();
      List<String> missing = new ArrayList<>();
      for (Field f : fields) {
        List<String> mapped = schema.fieldsOf(f);
        if (mapped.isEmpty() && !schema.keywordFields().containsKey(f) && !f.isDate()) {
          missing.add(f.label());
        }
        out.addAll(mapped);
      }
      if (!missing.isEmpty()) {
        report.approximate(
            line,
            "the project index has no "
                + String.join(", ", missing)
                + (out.isEmpty()
                    ? ": nothing can match there"
                    : ": searched in " + String.join(", ", out)));
      }
      return List.copyOf(out);
    }

    @Override
    public Query text(Text node) {
      List<Query> alternatives = new ArrayList<>();
      if (fields != null) {
        for (Field f : fields) {
          String keyword = schema.keywordFields().get(f);
          if (keyword != null) {
            alternatives.add(
                new TermQuery(new Term(keyword, literal(node).toLowerCase(Locale.ROOT))));
          }
          if (f == Field.PUBLICATION_DATE) {
            alternatives.add(yearWords(node));
          } else if (f.isDate()) {
            report.lossy(
                line, "the project index has no " + f.label() + ": " + node + " not applied");
            alternatives.add(new MatchAllDocsQuery());
          }
        }
      }
      for (String field : indexFields()) {
        Query q = textIn(field, node.words());
        if (q != null) {
          alternatives.add(q);
        }
      }
      return anyOf(alternatives);
    }

    private Query yearWords(Text node) {
      String s = literal(node);
      if (s.matches("\\d{4}") && !node.hasWildcards()) {
        return IntPoint.newExactQuery(schema.yearField(), Integer.parseInt(s));
      }
      report.lossy(line, "year search " + node + " is not a year: not applied");
      return new MatchAllDocsQuery();
    }

    @Override
    public Query bool(Bool node) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (int i = 0; i < node.operands().size(); i++) {
        BooleanClause.Occur occur =
            switch (node.op()) {
              case AND -> BooleanClause.Occur.MUST;
              case OR -> BooleanClause.Occur.SHOULD;
              case NOT -> i == 0 ? BooleanClause.Occur.MUST : BooleanClause.Occur.MUST_NOT;
            };
        b.add(node.operands().get(i).accept(this), occur);
      }
      return b.build();
    }

    @Override
    public Query near(Near node) {
      Set<Field> nearFields = fields != null ? fields : commonFields(node);
      Visitor inner = new Visitor(strategy, line, resolver, nearFields);
      List<Query> perField = new ArrayList<>();
      for (String field : inner.indexFields()) {
        IntervalsSource source = inner.intervals(field, node);
        if (source != null) {
          perField.add(new IntervalQuery(field, source));
        }
      }
      return anyOf(perField);
    }

    /**
     * The field of a proximity whose operands all carry the same one (after fields were pushed
     * down).
     */
    private Set<Field> commonFields(Near node) {
      Set<Field> common = null;
      for (Node o : node.operands()) {
        if (!(o instanceof Fielded f) || (common != null && !common.equals(f.fields()))) {
          return null;
        }
        common = f.fields();
      }
      return common;
    }

    private IntervalsSource intervals(String field, Node node) {
      if (node instanceof Text t) {
        List<IntervalsSource> sources = new ArrayList<>();
        for (WordPositions.Position p : positions.of(field, t.words())) {
          sources.add(source(p));
        }
        if (sources.isEmpty()) {
          return null;
        }
        return sources.size() == 1
            ? sources.get(0)
            : Intervals.phrase(sources.toArray(new IntervalsSource[0]));
      }
      if (node instanceof Fielded f) {
        return intervals(field, f.inner());
      }
      if (node instanceof Near n) {
        List<IntervalsSource> parts = new ArrayList<>();
        for (Node o : n.operands()) {
          IntervalsSource s = intervals(field, o);
          if (s == null) {
            return null;
          }
          parts.add(s);
        }
        IntervalsSource[] array = parts.toArray(new IntervalsSource[0]);
        return Intervals.maxgaps(
            n.maxGap(), n.ordered() ? Intervals.ordered(array) : Intervals.unordered(array));
      }
      if (node instanceof Bool b) {
        List<IntervalsSource> parts = new ArrayList<>();
        for (Node o : b.operands()) {
          IntervalsSource s = intervals(field, o);
          if (s != null) {
            parts.add(s);
          }
        }
        if (parts.isEmpty()) {
          return null;
        }
        if (b.op() == Bool.Op.OR) {
          return parts.size() == 1 ? parts.get(0) : Intervals.or(parts);
        }
        report.approximate(
            line,
            "a " + b.op() + " inside proximity is searched as all of its words near each other");
        if (b.op() == Bool.Op.NOT) {
          return parts.get(0);
        }
        return Intervals.unordered(parts.toArray(new IntervalsSource[0]));
      }
      report.lossy(line, node + " cannot take part in proximity: left out of it");
      return null;
    }

    private IntervalsSource source(WordPositions.Position p) {
      if (p instanceof WordPositions.Plain plain) {
        return Intervals.term(plain.term());
      }
      WordPositions.Pattern pattern = (WordPositions.Pattern) p;
      BytesRef bytes = new BytesRef(pattern.pattern());
      return switch (pattern.kind()) {
        case PREFIX -> Intervals.prefix(bytes, schema.maxExpansions());
        case WILDCARD -> Intervals.wildcard(bytes, schema.maxExpansions());
        case REGEXP -> Intervals.regexp(bytes, schema.maxExpansions());
      };
    }

    @Override
    public Query fielded(Fielded node) {
      return node.inner().accept(new Visitor(strategy, line, resolver, node.fields()));
    }

    @Override
    public Query heading(Heading node) {
      if (schema.headingField() == null) {
        report.lossy(
            line, "the project index has no subject headings: " + node.name() + " cannot match");
        return new MatchNoDocsQuery();
      }
      List<String> terms = positions.tokens(schema.headingField(), node.name());
      if (node.explode()) {
        report.approximate(
            line,
            "exp "
                + node.name()
                + ": no thesaurus, so narrower headings are not included (the heading and headings containing its words in order match)");
      }
      if (node.major()) {
        report.approximate(
            line, node.name() + ": major topic is not indexed; any indexing with it matches");
      }
      if (!node.subheadings().isEmpty()) {
        report.approximate(
            line,
            node.name() + ": subheadings are not indexed; the heading with any subheading matches");
      }
      if (terms.isEmpty()) {
        return new MatchNoDocsQuery();
      }
      return terms.size() == 1
          ? new TermQuery(new Term(schema.headingField(), terms.get(0)))
          : new PhraseQuery(schema.headingField(), terms.toArray(new String[0]));
    }

    @Override
    public Query lineRef(LineRef node) {
      if (node.number() >= line || strategy.line(node.number()).isEmpty()) {
        report.lossy(
            line,
            "reference to line " + node.number() + " has no earlier line: nothing matches it");
        return new MatchNoDocsQuery();
      }
      return resolver.line(node.number());
    }

    @Override
    public Query limit(Limit node) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(node.target().accept(this), BooleanClause.Occur.MUST);
      for (Limit.Restriction r : node.restrictions()) {
        Query q = restriction(r);
        if (q != null) {
          b.add(q, BooleanClause.Occur.FILTER);
        }
      }
      return b.build();
    }

    private Query restriction(Limit.Restriction r) {
      if (r instanceof Limit.Language l) {
        return language(l.language());
      }
      if (r instanceof Limit.Years y) {
        return years(y.from(), y.to());
      }
      if (r instanceof Limit.Dates d) {
        return dateRange(new DateRange(d.field(), d.from(), d.to(), Span.NONE));
      }
      String name = ((Limit.Named) r).name();
      if (name.equals("humans")) {
        report.approximate(line, "limit to humans applied as the subject heading Humans");
        return heading(Heading.of("Humans", false));
      }
      report.lossy(
          line, "limit to '" + name + "' cannot be applied to the project index: not applied");
      return null;
    }

    private Query language(String language) {
      List<String> field = schema.fieldsOf(Field.LANGUAGE);
      if (field.isEmpty()) {
        report.lossy(line, "the project index has no language: language limit not applied");
        return new MatchAllDocsQuery();
      }
      String l = language.toLowerCase(Locale.ROOT);
      List<Query> any = new ArrayList<>();
      for (String f : field) {
        any.add(new TermQuery(new Term(f, l)));
        String code = LANGUAGE_CODES.get(l);
        if (code != null) {
          any.add(new TermQuery(new Term(f, code)));
        }
      }
      return anyOf(any);
    }

    private Query years(Integer from, Integer to) {
      if (schema.yearField() == null) {
        report.lossy(line, "the project index has no publication years: year limit not applied");
        return new MatchAllDocsQuery();
      }
      return IntPoint.newRangeQuery(
          schema.yearField(),
          from == null ? Integer.MIN_VALUE : from,
          to == null ? Integer.MAX_VALUE : to);
    }

    @Override
    public Query dateRange(DateRange node) {
      if (node.field() != Field.PUBLICATION_DATE) {
        report.lossy(
            line,
            "the project index has no " + node.field().label() + ": " + node + " not applied");
        return new MatchAllDocsQuery();
      }
      if ((node.from() != null && node.from().length() > 4)
          || (node.to() != null && node.to().length() > 4)) {
        report.approximate(
            line, "the project index holds years only: " + node + " applied to whole years");
      }
      return years(DateRange.year(node.from()), DateRange.year(node.to()));
    }

    /** A phrase or word in one field: term, phrase, truncation or a phrase with truncation. */
    private Query textIn(String field, List<Word> words) {
      List<WordPositions.Position> ps = positions.of(field, words);
      if (ps.isEmpty()) {
        return null;
      }
      if (ps.size() == 1) {
        return single(field, ps.get(0));
      }
      if (ps.stream().allMatch(p -> p instanceof WordPositions.Plain)) {
        return new PhraseQuery(
            field, ps.stream().map(p -> ((WordPositions.Plain) p).term()).toArray(String[]::new));
      }
      return new IntervalQuery(
          field, Intervals.phrase(ps.stream().map(this::source).toArray(IntervalsSource[]::new)));
    }

    private Query single(String field, WordPositions.Position p) {
      if (p instanceof WordPositions.Plain plain) {
        return new TermQuery(new Term(field, plain.term()));
      }
      WordPositions.Pattern pattern = (WordPositions.Pattern) p;
      Term t = new Term(field, pattern.pattern());
      return switch (pattern.kind()) {
        case PREFIX -> new PrefixQuery(t);
        case WILDCARD -> new WildcardQuery(t);
        case REGEXP -> new RegexpQuery(t);
      };
    }
  }

  private static String literal(Text t) {
    return t.words().stream().map(Word::literal).collect(Collectors.joining(" "));
  }

  /** One query, or an OR of several; no query at all matches nothing. */
  static Query anyOf(List<Query> queries) {
    if (queries.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    queries.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
    return b.build();
  }
}
