package org.winnow.core.model;

import java.util.List;

/**
 * One imported entry, kept exactly as imported (all raw tags) plus its normalised fields.
 *
 * @param id the project's own id (0 before storing)
 * @param fileRecordId the ID the file gave it (RIS ID, PMID, BibTeX key, CSV ID), or null
 * @param citationId the citation (deduplicated work) this record belongs to, 0 before storing
 * @param position 1-based position of the record within its file
 * @param line 1-based line where the record starts in its file
 */
public record Record(
    long id,
    long batchId,
    long citationId,
    int position,
    int line,
    String fileRecordId,
    List<RawField> raw,
    Bibliographic fields) {

  public Record {
    raw = List.copyOf(raw);
  }

  /** The ID to show for this record: the file's own ID, else "#" + the project's id. */
  public String displayId() {
    return fileRecordId != null ? fileRecordId : "#" + id;
  }
}
