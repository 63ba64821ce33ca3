package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.prisma.PrismaCounts;
import org.winnow.core.prisma.PrismaCsv;
import org.winnow.core.prisma.PrismaField;
import org.winnow.core.prisma.PrismaJson;

class PrismaExportTest {
  @TempDir Path tmp;

  private static final PrismaCounts COUNTS =
      PrismaCounts.builder()
          .derived(PrismaField.DATABASE_RESULTS, 120)
          .derived(PrismaField.DUPLICATES, 20)
          .derived(PrismaField.RECORDS_SCREENED, 100)
          .derived(PrismaField.RECORDS_EXCLUDED, 90)
          .build();

  @Test
  void everyFormatWritesWhatItsReaderReadsBack() throws Exception {
    for (PrismaExport f : PrismaExport.values()) {
      Path file = tmp.resolve("prisma." + f.extension());
      f.write(COUNTS, 72, file);
      assertTrue(Files.size(file) > 100, f + " is written");
      assertEquals(f, PrismaExport.ofFile(file));
    }
    String csv = Files.readString(tmp.resolve("prisma.csv"));
    assertEquals(
        100L, PrismaCsv.read("prisma.csv", new StringReader(csv)).n(PrismaField.RECORDS_SCREENED));
    String json = Files.readString(tmp.resolve("prisma.json"));
    assertEquals(20L, PrismaJson.read("prisma.json", json).n(PrismaField.DUPLICATES));
    assertTrue(Files.readString(tmp.resolve("prisma.svg")).contains("<svg"));
    try (var files = Files.list(tmp)) {
      assertEquals(5, files.count(), "no temporary file is left beside the exports");
    }
  }

  @Test
  void textFormatsGoToAStream() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrismaExport.JSON.write(COUNTS, 72, out);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("records_screened"));
    assertTrue(
        PrismaExport.PNG.binary() && PrismaExport.PDF.binary() && !PrismaExport.SVG.binary());
  }

  @Test
  void formatsAreNamedByTheirExtension() {
    assertEquals(PrismaExport.PDF, PrismaExport.parse(" PDF "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PrismaExport.parse("docx"));
    assertTrue(e.getMessage().contains("svg, png, pdf, csv, json"), e.getMessage());
  }

  @Test
  void diagramKeysNameTheFieldsBehindThem() {
    assertEquals(List.of("database_results"), PrismaService.sourcesOf("database_specific_results"));
    assertEquals(
        List.of("screening_awaiting", "screening_conflicts"),
        PrismaService.sourcesOf("records_awaiting_screening"));
    assertEquals(List.of("dbr_excluded"), PrismaService.sourcesOf("dbr_excluded"));
  }
}
