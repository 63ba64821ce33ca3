package org.winnow.core.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.winnow.fixtures.Fixtures;

class PrismaTemplateTest {
  /** The PRISMA2020 package's template in the shared fixtures, when present. */
  static Optional<Path> sharedTemplate(String version) {
    return Fixtures.shared()
        .map(p -> p.resolve("prisma").resolve(version).resolve("PRISMA.csv"))
        .filter(Files::isRegularFile);
  }

  static List<CSVRecord> parse(Reader in) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(in)
        .getRecords();
  }

  @Test
  void rowsAreTheThoseOfThePackagesTemplate() throws IOException {
    Optional<Path> file = sharedTemplate("v1.1.4");
    assumeTrue(file.isPresent(), "shared fixtures absent");
    List<CSVRecord> rows;
    try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
      rows = parse(in);
    }
    assertEquals(rows.size(), PrismaTemplate.ROWS.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i).toList(), PrismaTemplate.ROWS.get(i).cells(rows.get(i).get("n")));
      assertEquals(rows.get(i).get("n"), PrismaTemplate.ROWS.get(i).placeholder());
    }
    assertEquals(
        PrismaTemplate.COLUMNS,
        List.copyOf(
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .build()
                .parse(Files.newBufferedReader(file.get()))
                .getHeaderNames()));
  }

  @Test
  void everyFieldHasExactlyOneRow() {
    for (PrismaField f : PrismaField.values()) {
      assertEquals(
          1,
          PrismaTemplate.ROWS.stream().filter(r -> r.field().equals(Optional.of(f))).count(),
          f.key());
    }
    assertEquals(
        Arrays.asList(PrismaField.values()),
        PrismaTemplate.ROWS.stream().flatMap(r -> r.field().stream()).sorted().toList());
  }
}
