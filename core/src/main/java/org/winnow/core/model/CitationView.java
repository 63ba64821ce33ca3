package org.winnow.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A citation as reviewers see it: the display fields chosen field by field from its best record,
 * with the record each field came from (provenance), and every record (every source that found it).
 *
 * @param provenance field name → id of the record that supplied it
 */
public record CitationView(
    long citationId, List<Record> records, Bibliographic fields, Map<String, Long> provenance) {

  public CitationView {
    records = List.copyOf(records);
    provenance = Map.copyOf(provenance);
  }

  /** The IDs the files gave the records of this citation. */
  public List<String> recordIds() {
    return records.stream().map(Record::displayId).toList();
  }

  /**
   * Chooses each display field from the most complete record that has it (the one with an abstract
   * and a DOI first; ties go to the first imported).
   */
  public static CitationView of(long citationId, List<Record> records) {
    List<Record> ranked = new ArrayList<>(records);
    ranked.sort(
        Comparator.comparingInt(CitationView::completeness)
            .reversed()
            .thenComparingLong(Record::id));
    Map<String, Long> provenance = new LinkedHashMap<>();
    Bibliographic f =
        new Bibliographic(
            pick(ranked, "type", Bibliographic::type, provenance),
            pick(ranked, "title", Bibliographic::title, provenance),
            pick(ranked, "abstract", Bibliographic::abstractText, provenance),
            pickList(ranked, "authors", Bibliographic::authors, provenance),
            pick(ranked, "year", Bibliographic::year, provenance),
            pick(ranked, "journal", Bibliographic::journal, provenance),
            pick(ranked, "journalAbbrev", Bibliographic::journalAbbrev, provenance),
            pick(ranked, "volume", Bibliographic::volume, provenance),
            pick(ranked, "issue", Bibliographic::issue, provenance),
            pick(ranked, "pages", Bibliographic::pages, provenance),
            pick(ranked, "doi", Bibliographic::doi, provenance),
            pick(ranked, "pmid", Bibliographic::pmid, provenance),
            pick(ranked, "pmcid", Bibliographic::pmcid, provenance),
            pick(ranked, "issn", Bibliographic::issn, provenance),
            pick(ranked, "isbn", Bibliographic::isbn, provenance),
            pickList(ranked, "keywords", Bibliographic::keywords, provenance),
            pickList(ranked, "mesh", Bibliographic::mesh, provenance),
            pick(ranked, "language", Bibliographic::language, provenance),
            pick(ranked, "url", Bibliographic::url, provenance),
            pick(ranked, "publisher", Bibliographic::publisher, provenance));
    return new CitationView(citationId, records, f, provenance);
  }

  private static int completeness(Record r) {
    Bibliographic f = r.fields();
    int score = 0;
    score += f.abstractText() != null ? 4 : 0;
    score += f.doi() != null ? 2 : 0;
    for (Object v :
        new Object[] {
          f.title(), f.year(), f.journal(), f.volume(), f.issue(), f.pages(), f.pmid()
        }) {
      score += v != null ? 1 : 0;
    }
    return score + (f.authors().isEmpty() ? 0 : 1);
  }

  private static <T> T pick(
      List<Record> ranked,
      String field,
      Function<Bibliographic, T> get,
      Map<String, Long> provenance) {
    for (Record r : ranked) {
      T v = get.apply(r.fields());
      if (v != null) {
        provenance.put(field, r.id());
        return v;
      }
    }
    return null;
  }

  private static <T> List<T> pickList(
      List<Record> ranked,
      String field,
      Function<Bibliographic, List<T>> get,
      Map<String, Long> provenance) {
    for (Record r : ranked) {
      List<T> v = get.apply(r.fields());
      if (!v.isEmpty()) {
        provenance.put(field, r.id());
        return v;
      }
    }
    return List.of();
  }
}
