package org.winnow.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.winnow.fixtures.Fixtures;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.ast.Trees;
import org.winnow.strategies.report.TranslationReport;
import org.winnow.strategies.syntax.ParseResult;
import org.winnow.strategies.syntax.StrategySyntaxException;

/**
 * The project's strategies in published layouts ({@code fixtures: strategies/published}): each
 * parses and round-trips (parse, render, parse gives the same tree), or is one the database itself
 * would reject and fails with exactly the error beside it ({@code .expected-error.txt}: line,
 * column and fix). A new case is one or two files. Prints the rates per dialect.
 */
class PublishedStrategiesTest {
  private static final String EXPECTED_ERROR = ".expected-error.txt";

  @Test
  void everyPublishedStyleParsesAndRoundTripsOrNamesTheFix() throws IOException {
    List<Path> files =
        Fixtures.files("strategies/published").stream()
            .filter(p -> p.getFileName().toString().endsWith(".txt"))
            .filter(p -> !p.getFileName().toString().endsWith(EXPECTED_ERROR))
            .toList();
    Map<String, int[]> table = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      Optional<Dialect> dialect = FixtureStrategiesTest.dialectOf(file);
      if (dialect.isEmpty()) {
        problems.add(file.getFileName() + ": no dialect in the name");
        continue;
      }
      int[] row = table.computeIfAbsent(dialect.get().id(), k -> new int[4]);
      row[0]++;
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Path errorFile =
          file.resolveSibling(file.getFileName().toString().replace(".txt", EXPECTED_ERROR));
      Optional<String> expectedError =
          Files.exists(errorFile)
              ? Optional.of(Files.readString(errorFile, StandardCharsets.UTF_8).strip())
              : Optional.empty();
      StrategySyntax syntax = StrategySyntaxes.of(dialect.get());
      ParseResult parsed;
      try {
        parsed = syntax.parse(text);
      } catch (StrategySyntaxException e) {
        if (expectedError.isPresent() && expectedError.get().equals(e.getMessage())) {
          row[3]++;
        } else {
          problems.add(file.getFileName() + ": " + e.getMessage());
        }
        continue;
      }
      if (expectedError.isPresent()) {
        problems.add(file.getFileName() + ": parsed, but should fail with " + expectedError.get());
        continue;
      }
      row[1]++;
      String rendered =
          syntax.render(
              parsed.strategy(), new TranslationReport(dialect.get().id(), dialect.get().id()));
      try {
        Strategy again = syntax.parse(rendered).strategy();
        if (Trees.withoutSpans(again).equals(Trees.withoutSpans(parsed.strategy()))) {
          row[2]++;
        } else {
          problems.add(file.getFileName() + ": round trip changed the tree\n" + rendered);
        }
      } catch (StrategySyntaxException e) {
        problems.add(file.getFileName() + ": rendered text does not parse: " + e.getMessage());
      }
    }
    System.out.printf(
        "%-8s %6s %7s %11s %16s%n", "dialect", "files", "parsed", "round-trip", "error with fix");
    table.forEach(
        (d, r) -> System.out.printf("%-8s %6d %7d %11d %16d%n", d, r[0], r[1], r[2], r[3]));
    assertEquals(List.of(), problems);
    assertEquals(
        58, table.values().stream().mapToInt(r -> r[0]).sum(), "published-style strategies read");
  }
}
