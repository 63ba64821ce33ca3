package org.winnow.core.project;

import java.util.List;
import org.winnow.core.model.ImportBatch;
import org.winnow.core.model.Source;

/** Counts per source and batch, for {@code winnow info} and the dashboard. */
public record ProjectSummary(
    String name,
    String folder,
    int schemaVersion,
    long records,
    long citations,
    List<SourceCount> sources,
    List<ImportBatch> batches) {

  /** A source and how many records and batches came from it. */
  public record SourceCount(Source source, long records, long batches) {}
}
