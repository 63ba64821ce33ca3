package org.winnow.core.project;

import java.util.List;
import org.winnow.core.model.ImportBatch;
import org.winnow.core.model.Source;

/** What one import stored: the source and one batch per file. */
public record ImportOutcome(Source source, List<ImportBatch> batches) {
  public int recordCount() {
    return batches.stream().mapToInt(ImportBatch::recordCount).sum();
  }
}
