package org.winnow.core.io;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.winnow.core.io.bibtex.BibtexExporter;
import org.winnow.core.io.bibtex.BibtexImporter;
import org.winnow.core.io.csv.CsvExporter;
import org.winnow.core.io.csv.DelimitedImporter;
import org.winnow.core.io.endnote.EndnoteXmlImporter;
import org.winnow.core.io.medline.MedlineImporter;
import org.winnow.core.io.ovid.OvidTaggedImporter;
import org.winnow.core.io.pubmedxml.PubmedXmlImporter;
import org.winnow.core.io.ris.RisExporter;
import org.winnow.core.io.ris.RisImporter;
import org.winnow.core.io.wos.WosTaggedImporter;

/** The one list of citation formats Winnow reads and writes, and content-based detection. */
public final class FormatRegistry {
  /** How many characters of a file detection looks at. */
  public static final int DETECTION_SAMPLE_CHARS = 64 * 1024;

  /** Below this confidence no importer claims a file. */
  static final int MIN_DETECT_CONFIDENCE = 20;

  private final List<CitationImporter> importers;
  private final List<CitationExporter> exporters;

  public FormatRegistry(List<CitationImporter> importers, List<CitationExporter> exporters) {
    this.importers = List.copyOf(importers);
    this.exporters = List.copyOf(exporters);
  }

  /** Every format Winnow ships. */
  public static FormatRegistry standard() {
    return new FormatRegistry(
        List.of(
            new RisImporter(),
            new BibtexImporter(),
            new EndnoteXmlImporter(),
            new WosTaggedImporter(),
            new DelimitedImporter(),
            new MedlineImporter(),
            new OvidTaggedImporter(),
            new PubmedXmlImporter()),
        List.of(new RisExporter(), new CsvExporter(), new BibtexExporter()));
  }

  public List<CitationImporter> importers() {
    return importers;
  }

  public List<CitationExporter> exporters() {
    return exporters;
  }

  public Optional<CitationImporter> importer(String id) {
    String key = id.toLowerCase(Locale.ROOT);
    return importers.stream().filter(i -> i.id().equals(key)).findFirst();
  }

  public Optional<CitationExporter> exporter(String id) {
    String key = id.toLowerCase(Locale.ROOT);
    return exporters.stream().filter(e -> e.id().equals(key)).findFirst();
  }

  /** The importer most confident about this content; the file name's extension only breaks ties. */
  public Optional<CitationImporter> detect(ImportText input) {
    String sample = input.sample();
    String name = input.fileName() == null ? "" : input.fileName().toLowerCase(Locale.ROOT);
    return importers.stream()
        .map(i -> new Scored(i, i.detect(sample), extensionMatches(i, name)))
        .filter(s -> s.score >= MIN_DETECT_CONFIDENCE)
        .max(Comparator.comparingInt((Scored s) -> s.score).thenComparing(s -> s.extensionMatches))
        .map(s -> s.importer);
  }

  public String importerIds() {
    return importers.stream().map(CitationImporter::id).collect(Collectors.joining(", "));
  }

  public String exporterIds() {
    return exporters.stream().map(CitationExporter::id).collect(Collectors.joining(", "));
  }

  private static boolean extensionMatches(CitationImporter importer, String fileName) {
    return importer.extensions().stream().anyMatch(ext -> fileName.endsWith("." + ext));
  }

  private record Scored(CitationImporter importer, int score, boolean extensionMatches) {}
}
