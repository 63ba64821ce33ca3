-- Winnow project schema, version 17: idempotent appended writes and the index's change sequence.
--
-- Every appended row (decisions, resolutions, extractions, appraisals, audit entries) carries the
-- key its client generated for the write (a UUID), unique, so a write retried after a lost
-- connection is stored once: INSERT ... ON CONFLICT (write_key) DO NOTHING, then the row is read
-- back by its key. Rows written before this version have none (NULLs never conflict).
ALTER TABLE decision ADD COLUMN write_key TEXT;
CREATE UNIQUE INDEX decision_write_key ON decision(write_key);
ALTER TABLE resolution ADD COLUMN write_key TEXT;
CREATE UNIQUE INDEX resolution_write_key ON resolution(write_key);
ALTER TABLE extraction ADD COLUMN write_key TEXT;
CREATE UNIQUE INDEX extraction_write_key ON extraction(write_key);
ALTER TABLE appraisal ADD COLUMN write_key TEXT;
CREATE UNIQUE INDEX appraisal_write_key ON appraisal(write_key);
ALTER TABLE audit ADD COLUMN write_key TEXT;
CREATE UNIQUE INDEX audit_write_key ON audit(write_key);

-- The change sequence of the citation index: each bump of the data version (project_meta
-- 'data_version') lists the citations it created, changed or emptied, as ranges of ids (an import
-- makes one range). A client whose cached index is at version v applies only the citations of the
-- rows after v instead of rebuilding the whole index.
CREATE TABLE index_change (
  version       INTEGER NOT NULL,
  from_citation INTEGER NOT NULL,
  to_citation   INTEGER NOT NULL
);
CREATE INDEX index_change_version ON index_change(version);

-- Changes before this version were not listed: an index older than this must be rebuilt whole.
INSERT INTO project_meta(key, value)
  SELECT 'index_changes_since', coalesce((SELECT value FROM project_meta WHERE key = 'data_version'), '0');
-- How far citation_change and the citation ids have been listed in index_change.
INSERT INTO project_meta(key, value)
  SELECT 'index_changes.moves_through', CAST(coalesce(max(id), 0) AS TEXT) FROM citation_change;
INSERT INTO project_meta(key, value)
  SELECT 'index_changes.citations_through', CAST(coalesce(max(id), 0) AS TEXT) FROM citation;
