package org.winnow.strategies.lucene;

import java.util.List;

/**
 * What a strategy retrieves from the project: hits per line (as a database's search history shows
 * them) and, for known relevant records, whether the final line finds them and where each missed
 * one drops out.
 */
public record StrategyRun(List<LineHits> lines, List<SeedCheck> seeds, List<LineRecords> records) {
  public StrategyRun {
    lines = List.copyOf(lines);
    seeds = List.copyOf(seeds);
    records = List.copyOf(records);
  }

  /** A run without the records of its lines. */
  public StrategyRun(List<LineHits> lines, List<SeedCheck> seeds) {
    this(lines, seeds, List.of());
  }

  /**
   * The citations a line retrieves, each as the record IDs its files gave it (one citation may
   * gather several records); listed only on request.
   */
  public record LineRecords(int number, List<List<String>> citations) {
    public LineRecords {
      citations = citations.stream().map(List::copyOf).toList();
    }
  }

  /** The records listed for a line, or empty when they were not asked for. */
  public java.util.Optional<LineRecords> recordsOf(int line) {
    return records.stream().filter(r -> r.number() == line).findFirst();
  }

  /** One line: its number, its label as written, its hits; {@code error} when it could not run. */
  public record LineHits(int number, String label, int hits, String error) {}

  /**
   * One seed record: whether the project has it, whether the final line retrieves it, the lines
   * that match it, and the line where it drops out (null when retrieved or absent).
   */
  public record SeedCheck(
      String recordId,
      boolean inProject,
      boolean retrieved,
      List<Integer> matchingLines,
      Integer lostAtLine) {
    public SeedCheck {
      matchingLines = List.copyOf(matchingLines);
    }
  }

  public int finalHits() {
    return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).hits();
  }

  public List<SeedCheck> missed() {
    return seeds.stream().filter(s -> s.inProject() && !s.retrieved()).toList();
  }
}
