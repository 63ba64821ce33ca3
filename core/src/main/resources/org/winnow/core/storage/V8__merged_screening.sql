-- Winnow project schema: screening decisions survive deduplication merges. Decisions stay keyed by
-- the citation they were made on; the screening service finds which merged citations a surviving
-- citation holds (records whose origin citation is now empty) and when they joined it, from
-- citation_change. This index keeps that lookup linear in the merged records.
CREATE INDEX citation_change_record ON citation_change(record_id, to_citation);
