-- Winnow project schema, version 2: deduplication.
-- The citation a record had when it was imported, so a merge can be undone.
ALTER TABLE record ADD COLUMN origin_citation_id INTEGER;
UPDATE record SET origin_citation_id = citation_id;

-- Pairs of records a run found possibly the same, waiting for a reviewer (status 'open'),
-- and pairs a reviewer decided ('same' / 'different'); decisions persist across runs.
CREATE TABLE dedup_pair (
  id          INTEGER PRIMARY KEY,
  record_a    INTEGER NOT NULL REFERENCES record(id),
  record_b    INTEGER NOT NULL REFERENCES record(id),
  score       REAL NOT NULL,
  reason      TEXT NOT NULL,
  evidence    TEXT NOT NULL,   -- JSON [{"field","agreement","similarity","a","b"}]
  status      TEXT NOT NULL CHECK (status IN ('open','same','different','superseded')),
  created_at  TEXT NOT NULL,
  decided_by  TEXT,
  decided_at  TEXT,
  CHECK (record_a < record_b),
  UNIQUE (record_a, record_b)
);
CREATE INDEX dedup_pair_status ON dedup_pair(status);

-- Every merge and split: which records moved from which citation to which, and why.
CREATE TABLE citation_change (
  id            INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  actor         TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('merge','split')),
  record_id     INTEGER NOT NULL REFERENCES record(id),
  from_citation INTEGER NOT NULL,
  to_citation   INTEGER NOT NULL,
  reason        TEXT
);
