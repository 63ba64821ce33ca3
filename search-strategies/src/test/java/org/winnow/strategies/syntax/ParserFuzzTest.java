package org.winnow.strategies.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.winnow.strategies.Dialect;
import org.winnow.strategies.StrategySyntax;
import org.winnow.strategies.StrategySyntaxes;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.report.TranslationReport;

/**
 * Any input ends in a tree or a syntax error with a position, for every dialect, and whatever
 * parses can be written in every dialect without an exception.
 */
class ParserFuzzTest {
  @Provide
  Arbitrary<String> strategies() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "a",
            "b",
            "1",
            "#2",
            "S1",
            " ",
            "\n",
            "(",
            ")",
            "\"",
            "\u201C",
            "[",
            "]",
            "[tiab]",
            "[mh]",
            "[Majr:noexp]",
            ".ti,ab.",
            ".tw",
            "/",
            "exp ",
            "*",
            "$",
            "$2",
            "?",
            "#",
            " or ",
            " AND ",
            " NOT ",
            " adj3 ",
            " N2 ",
            " W/4 ",
            " NEAR/3 ",
            " PRE/2 ",
            "TS=",
            "TITLE-ABS-KEY(",
            "PY=",
            "2020:2024[dp]",
            "PUBYEAR > ",
            "MH ",
            "+",
            "or/1-3",
            "limit 1 to ",
            "english language",
            "yr=\"2005 -Current\"",
            ",",
            ":",
            "=",
            "~",
            "{",
            "}",
            "\\\"",
            "AND NOT ",
            "DT ",
            "TI ");
    Arbitrary<String> built = pieces.list().ofMaxSize(25).map(l -> String.join("", l));
    return Arbitraries.oneOf(built, Arbitraries.strings().ofMaxLength(60));
  }

  @Property(tries = 1000)
  void anyInputIsATreeOrAPositionedError(@ForAll("strategies") String text) {
    for (Dialect d : Dialect.values()) {
      StrategySyntax syntax = StrategySyntaxes.of(d);
      Strategy parsed;
      try {
        parsed = syntax.parse(text).strategy();
      } catch (StrategySyntaxException e) {
        assertTrue(e.line() >= 1 && e.column() >= 1, d + ": " + e.getMessage());
        assertTrue(!e.problem().isBlank(), d + ": empty message");
        continue;
      }
      for (Dialect to : Dialect.values()) {
        StrategySyntaxes.of(to).render(parsed, new TranslationReport(d.id(), to.id()));
      }
    }
  }
}
