package org.winnow.core.project;

import java.util.List;
import org.winnow.core.io.ImportWarning;
import org.winnow.core.model.ImportBatch;
import org.winnow.core.model.Source;

/**
 * What one import stored: the source, one batch per file, and the warnings about records imported
 * despite a problem (such as a last record the file ends inside), in file order.
 */
public record ImportOutcome(
    Source source, List<ImportBatch> batches, List<ImportWarning> warnings) {

  public ImportOutcome {
    batches = List.copyOf(batches);
    warnings = List.copyOf(warnings);
  }

  public ImportOutcome(Source source, List<ImportBatch> batches) {
    this(source, batches, List.of());
  }

  public int recordCount() {
    return batches.stream().mapToInt(ImportBatch::recordCount).sum();
  }
}
