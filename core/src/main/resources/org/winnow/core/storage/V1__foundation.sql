-- Winnow project schema, version 1: sources, import batches, records, citations, audit.
CREATE TABLE project_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE source (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  type TEXT NOT NULL CHECK (type IN ('database','register','website','organisation','citation-search','other'))
);

CREATE TABLE import_batch (
  id           INTEGER PRIMARY KEY,
  source_id    INTEGER NOT NULL REFERENCES source(id),
  file_name    TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  format       TEXT NOT NULL,
  encoding     TEXT NOT NULL,
  searched_on  TEXT,
  strategy     TEXT,
  record_count INTEGER NOT NULL,
  imported_at  TEXT NOT NULL,
  imported_by  TEXT NOT NULL
);
CREATE INDEX import_batch_sha256 ON import_batch(sha256);

-- A citation is one unique work: a cluster of records. Records are never deleted.
CREATE TABLE citation (
  id         INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL
);

CREATE TABLE record (
  id             INTEGER PRIMARY KEY,
  batch_id       INTEGER NOT NULL REFERENCES import_batch(id),
  citation_id    INTEGER NOT NULL REFERENCES citation(id),
  position       INTEGER NOT NULL,
  line           INTEGER NOT NULL,
  file_record_id TEXT,
  type           TEXT,
  title          TEXT,
  abstract       TEXT,
  authors        TEXT NOT NULL,   -- JSON [{"family":..,"given":..}]
  year           INTEGER,
  journal        TEXT,
  journal_abbrev TEXT,
  volume         TEXT,
  issue          TEXT,
  pages          TEXT,
  doi            TEXT,
  pmid           TEXT,
  pmcid          TEXT,
  issn           TEXT,
  isbn           TEXT,
  keywords       TEXT NOT NULL,   -- JSON ["..."]
  mesh           TEXT NOT NULL,   -- JSON ["..."]
  language       TEXT,
  url            TEXT,
  publisher      TEXT,
  raw            TEXT NOT NULL,   -- JSON [["TAG","value"],...] exactly as imported
  UNIQUE (batch_id, position)
);
CREATE INDEX record_citation ON record(citation_id);
CREATE INDEX record_doi ON record(doi);
CREATE INDEX record_pmid ON record(pmid);
CREATE INDEX record_file_record_id ON record(file_record_id);

-- Every change: who, when, what.
CREATE TABLE audit (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER,
  detail    TEXT
);
