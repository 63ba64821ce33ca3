-- Winnow project schema: screening decisions survive deduplication merges. Decisions stay keyed by
-- the citation they were made on; the screening service finds which merged citations a surviving
-- citation holds (records whose origin citation is now empty) and when they joined it, from
-- citation_change on every read of outcomes. These indexes keep that lookup proportional to the
-- merged records instead of a scan of the record or citation_change table: a partial index of the
-- records that moved, and the moves of one record.
CREATE INDEX record_merged ON record(citation_id, origin_citation_id)
  WHERE origin_citation_id <> citation_id;
CREATE INDEX citation_change_record ON citation_change(record_id, to_citation);
