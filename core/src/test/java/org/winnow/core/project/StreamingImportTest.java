package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportLimits;
import org.winnow.core.model.SourceType;

/**
 * Every streaming format imports a file far larger than the text an import may hold in memory
 * ({@link ImportLimits#maxTextChars()}, set small here): its records are read one at a time from
 * the file, never from its whole text. BibTeX, which is read whole, refuses such a file with an
 * error naming it and the limit, and stores nothing.
 */
class StreamingImportTest {
  /** The in-memory limit for these tests: a few records' worth of text. */
  private static final int LIMIT = 2048;

  private static final int RECORDS = 600;

  @TempDir Path tmp;

  private static String file(String head, IntFunction<String> record, String tail) {
    StringBuilder s = new StringBuilder(head);
    for (int i = 1; i <= RECORDS; i++) {
      s.append(record.apply(i));
    }
    return s.append(tail).toString();
  }

  private static String content(String format) {
    return switch (format) {
      case "ris" ->
          file("", i -> "TY  - JOUR\r\nTI  - Stroke unit care number " + i + "\r\nER  - \r\n", "");
      case "medline" ->
          file(
              "", i -> "PMID- " + (1000 + i) + "\nTI  - Stroke unit care number " + i + "\n\n", "");
      case "ovid" ->
          file(
              "",
              i ->
                  "<"
                      + i
                      + ". >\nDB  - Ovid MEDLINE(R) ALL\nUI  - "
                      + (1000 + i)
                      + "\nTI  - Stroke unit care number "
                      + i
                      + "\n\n",
              "");
      case "wos" ->
          file(
              "FN Clarivate Analytics Web of Science\nVR 1.0\n",
              i -> "PT J\nTI Stroke unit care number " + i + "\nPY 2001\nER\n\n",
              "EF\n");
      case "csv" -> file("Title,Year\n", i -> "\"Stroke unit care, number " + i + "\",2001\n", "");
      case "pubmed-xml" ->
          file(
              "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n",
              i ->
                  "<PubmedArticle><MedlineCitation><PMID>"
                      + (1000 + i)
                      + "</PMID><Article><ArticleTitle>Stroke unit care number "
                      + i
                      + "</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n",
              "</PubmedArticleSet>\n");
      case "endnote-xml" ->
          file(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml><records>\n",
              i ->
                  "<record><ref-type name=\"Journal Article\">17</ref-type><titles><title>"
                      + "Stroke unit care number "
                      + i
                      + "</title></titles></record>\n",
              "</records></xml>\n");
      case "bibtex" ->
          file(
              "",
              i -> "@article{k" + i + ",\n  title = {Stroke unit care number " + i + "}\n}\n",
              "");
      default -> throw new IllegalArgumentException(format);
    };
  }

  private ImportOutcome importFile(ReviewProject p, String name, String format) throws Exception {
    String text = content(format);
    assertTrue(text.length() > 8 * LIMIT, "the file is far larger than the limit");
    Path file = Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    return new ImportService(
            p, FormatRegistry.standard(), ImportLimits.STANDARD.withMaxTextChars(LIMIT))
        .importFiles(
            new ImportRequest(
                List.of(file), "MEDLINE", SourceType.DATABASE, null, null, null, false, "tester"),
            Progress.NONE);
  }

  @ParameterizedTest
  @CsvSource({
    "big.ris, ris",
    "big.nbib, medline",
    "big.txt, ovid",
    "big-wos.txt, wos",
    "big.csv, csv",
    "pubmed.xml, pubmed-xml",
    "endnote.xml, endnote-xml"
  })
  void aStreamingFormatImportsAFileLargerThanTheTextLimit(String name, String format)
      throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      ImportOutcome outcome = importFile(p, name, format);
      assertEquals(format, outcome.batches().get(0).format());
      assertEquals(RECORDS, outcome.recordCount());
      assertEquals(RECORDS, p.summary().records());
    }
  }

  @ParameterizedTest
  @CsvSource({"big.bib, bibtex"})
  void aFormatReadWholeRefusesAFileLargerThanTheTextLimit(String name, String format)
      throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("r"), null, "tester")) {
      ImportException e = assertThrows(ImportException.class, () -> importFile(p, name, format));
      assertTrue(e.getMessage().contains(name), e.getMessage());
      assertTrue(e.getMessage().contains(String.valueOf(LIMIT)), e.getMessage());
      assertEquals(0, p.summary().records(), "nothing stored");
    }
  }
}
