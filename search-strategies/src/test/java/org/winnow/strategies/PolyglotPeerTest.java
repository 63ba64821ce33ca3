package org.winnow.strategies;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.winnow.fixtures.Fixtures;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.Fielded;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Near;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.NodeRewriter;
import org.winnow.strategies.ast.SearchLine;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Trees;
import org.winnow.strategies.ast.Word;
import org.winnow.strategies.ast.WordPart;
import org.winnow.strategies.syntax.StrategySyntaxException;

/**
 * The SR-Accelerator Polyglot translator's expected translations as a peer suite: for each
 * assertion whose target is one of Winnow's dialects, Winnow translates the input and both texts
 * are read back by the target's parser; they agree when the trees search the same (fields moved
 * onto terms, quoting ignored). Prints agreement per engine and the classes of disagreement; the
 * expected outputs are that tool's opinion, so the floor is low and the classes are what matters
 * (docs/strategies.md explains each).
 */
class PolyglotPeerTest {
  static final Map<String, Dialect> ENGINES =
      Map.of(
          "PubMed abbreviation", Dialect.PUBMED,
          "Ovid MEDLINE", Dialect.OVID,
          "PsycInfo (Ovid)", Dialect.OVID,
          "CINAHL (Ebsco)", Dialect.EBSCO,
          "PsycInfo (Ebsco)", Dialect.EBSCO,
          "Business Source Ultimate", Dialect.EBSCO,
          "Web of Science", Dialect.WOS,
          "WoS Advanced", Dialect.WOS,
          "Scopus (advanced search)", Dialect.SCOPUS);

  /** Polyglot reads Ovid or PubMed and guesses which: so do we, from Ovid's marks. */
  private static final Pattern OVID =
      Pattern.compile(
          "(?im)(/\\s*$|/\\s+(or|and|not)\\b|\\.[a-z]{2}(,[a-z]{2})*\\.?(\\s|$|\\))|\\bexp\\s|\\badj\\d*\\b|\\w[$#?])");

  static Dialect source(String input) {
    return OVID.matcher(input).find() ? Dialect.OVID : Dialect.PUBMED;
  }

  /**
   * What the tree searches, ignoring how it was written: fields on terms and one field per term, no
   * quote marks, lower case, operands of AND and OR flattened and sorted.
   */
  static Strategy canonical(Strategy s) {
    List<SearchLine> lines = new ArrayList<>();
    for (SearchLine l : Trees.withoutSpans(s).lines()) {
      Node q = CANONICAL.rewrite(Trees.fieldsOnTerms(l.query()));
      lines.add(new SearchLine(l.number(), null, q, l.span()));
    }
    return new Strategy(lines);
  }

  private static final NodeRewriter CANONICAL =
      new NodeRewriter() {
        @Override
        public Node text(Text t) {
          List<Word> words = new ArrayList<>();
          for (Word w : t.words()) {
            List<WordPart> parts = new ArrayList<>();
            for (WordPart p : w.parts()) {
              parts.add(
                  p instanceof WordPart.Chars c
                      ? new WordPart.Chars(c.text().toLowerCase(Locale.ROOT))
                      : p);
            }
            words.add(new Word(parts));
          }
          return new Text(words, false, Span.NONE);
        }

        @Override
        public Node heading(Heading h) {
          return new Heading(
              h.name().toLowerCase(Locale.ROOT),
              h.explode(),
              h.major(),
              h.subheadings(),
              Span.NONE);
        }

        @Override
        public Node fielded(Fielded f) {
          Node inner = rewrite(f.inner());
          if (f.fields().size() == 1) {
            return new Fielded(f.fields(), inner, Span.NONE);
          }
          List<Node> each = new ArrayList<>();
          f.fields().forEach(field -> each.add(Fielded.of(inner, field)));
          return sorted(Bool.Op.OR, each);
        }

        @Override
        public Node bool(Bool b) {
          List<Node> operands = rewriteAll(b.operands());
          if (b.op() == Bool.Op.NOT) {
            return new Bool(b.op(), operands, Span.NONE);
          }
          return sorted(b.op(), operands);
        }
      };

  private static Node sorted(Bool.Op op, List<Node> operands) {
    Node flat = Trees.combine(op, operands, Span.NONE);
    if (!(flat instanceof Bool b)) {
      return flat;
    }
    List<Node> sorted = new ArrayList<>(b.operands());
    sorted.sort(Comparator.comparing(Node::toString));
    return new Bool(op, sorted, Span.NONE);
  }

  record Outcome(boolean agree, String why) {}

  static Outcome compare(String input, Dialect to, String expected) {
    Dialect from = source(input);
    Translator.Translation ours;
    try {
      ours = Translator.translate(input, from, to);
    } catch (StrategySyntaxException e) {
      return new Outcome(false, "input is not valid " + from.id() + " syntax");
    }
    Strategy theirs;
    try {
      theirs = StrategySyntaxes.of(to).parse(expected.replace("<br/>", "\n")).strategy();
    } catch (StrategySyntaxException e) {
      return new Outcome(false, "expected output is not valid " + to.id() + " syntax");
    }
    Strategy mine;
    try {
      mine = StrategySyntaxes.of(to).parse(ours.text()).strategy();
    } catch (StrategySyntaxException e) {
      return new Outcome(false, "Winnow output does not parse: " + e.getMessage());
    }
    Strategy a = canonical(mine);
    Strategy b = canonical(theirs);
    if (a.equals(b)) {
      return new Outcome(true, "agree");
    }
    return new Outcome(false, classify(a, b));
  }

  /** The first kind of difference found, from the most to the least specific. */
  static String classify(Strategy ours, Strategy theirs) {
    List<Node> a = all(ours);
    List<Node> b = all(theirs);
    if (a.stream().anyMatch(n -> n instanceof LineRef)
            != b.stream().anyMatch(n -> n instanceof LineRef)
        || ours.lines().size() != theirs.lines().size()) {
      return "line layout (history references, line grouping)";
    }
    long headingsA = a.stream().filter(n -> n instanceof Heading).count();
    long headingsB = b.stream().filter(n -> n instanceof Heading).count();
    if (headingsA != headingsB) {
      return "subject heading kept or dropped";
    }
    if (!a.stream()
        .filter(n -> n instanceof Heading)
        .toList()
        .equals(b.stream().filter(n -> n instanceof Heading).toList())) {
      return "heading explode/major/subheading";
    }
    List<Integer> gapsA =
        a.stream().filter(n -> n instanceof Near).map(n -> ((Near) n).maxGap()).toList();
    List<Integer> gapsB =
        b.stream().filter(n -> n instanceof Near).map(n -> ((Near) n).maxGap()).toList();
    if (!gapsA.equals(gapsB)) {
      return gapsA.size() == gapsB.size()
          ? "proximity distance counted differently"
          : "proximity kept or dropped";
    }
    boolean fieldsA = a.stream().anyMatch(n -> n instanceof Fielded);
    boolean fieldsB = b.stream().anyMatch(n -> n instanceof Fielded);
    if (fieldsA != fieldsB) {
      return "field tags kept or dropped";
    }
    if (!a.stream()
        .filter(n -> n instanceof Fielded)
        .map(n -> ((Fielded) n).fields())
        .toList()
        .equals(
            b.stream()
                .filter(n -> n instanceof Fielded)
                .map(n -> ((Fielded) n).fields())
                .toList())) {
      return "different field sets";
    }
    if (!a.stream()
        .filter(n -> n instanceof Text)
        .toList()
        .equals(b.stream().filter(n -> n instanceof Text).toList())) {
      return "words or wildcards differ";
    }
    return "operators or grouping";
  }

  private static List<Node> all(Strategy s) {
    List<Node> out = new ArrayList<>();
    s.lines().forEach(l -> out.addAll(Trees.nodes(l.query())));
    return out;
  }

  @Test
  void agreementPerEngine() throws IOException {
    Optional<Path> shared = Fixtures.shared();
    Assumptions.assumeTrue(shared.isPresent(), "shared fixtures absent");
    Path cases = shared.get().resolve("strategies/polyglot-expected/translation_cases.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(cases), "no Polyglot cases");
    ObjectMapper json = new ObjectMapper();
    Map<String, int[]> engines = new TreeMap<>();
    Map<String, Integer> classes = new TreeMap<>();
    List<String> detail = new ArrayList<>();
    int compared = 0;
    int agreed = 0;
    for (String line : Files.readAllLines(cases)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = json.readTree(line);
      String engine = c.get("engine").asText();
      Dialect to = ENGINES.get(engine);
      if (to == null || !c.get("expected").isTextual()) {
        continue;
      }
      int[] row = engines.computeIfAbsent(engine, k -> new int[4]);
      row[0]++;
      if (c.get("skipped").asBoolean()) {
        row[1]++;
        continue;
      }
      String input = c.get("input").asText();
      Outcome o = compare(input, to, c.get("expected").asText());
      row[2]++;
      compared++;
      if (o.agree()) {
        row[3]++;
        agreed++;
      } else {
        classes.merge(o.why(), 1, Integer::sum);
        detail.add(
            "case "
                + c.get("case").asInt()
                + " "
                + engine
                + " ["
                + o.why()
                + "]: "
                + oneLine(input)
                + " => "
                + oneLine(c.get("expected").asText()));
      }
    }
    System.out.printf(
        "%-26s %6s %8s %9s %6s %7s%n", "engine", "cases", "skipped", "compared", "agree", "rate");
    engines.forEach(
        (e, r) ->
            System.out.printf(
                "%-26s %6d %8d %9d %6d %6.1f%%%n",
                e, r[0], r[1], r[2], r[3], r[2] == 0 ? 0 : 100.0 * r[3] / r[2]));
    System.out.printf(
        "all: %d of %d compared agree (%.1f%%)%n", agreed, compared, 100.0 * agreed / compared);
    classes.forEach((k, v) -> System.out.printf("  %3d  %s%n", v, k));
    Path out = Path.of("target", "polyglot-disagreements.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, detail);
    assertTrue(compared > 200, "compared cases");
    assertTrue(agreed >= compared * 0.35, "agreement floor");
  }

  private static String oneLine(String s) {
    String t = s.replace("\n", "\\n");
    return t.length() > 140 ? t.substring(0, 137) + "..." : t;
  }
}
