-- Winnow project schema: links between a notice (erratum, comment, reply, retraction) and the
-- article it names, found by deduplication. Both records stay separate works (their citations are
-- not merged); the link is kept by record so that it follows later merges and splits.
CREATE TABLE citation_link (
  id             INTEGER PRIMARY KEY,
  notice_record  INTEGER NOT NULL REFERENCES record(id),
  article_record INTEGER NOT NULL REFERENCES record(id),
  kind           TEXT NOT NULL CHECK (kind IN ('erratum','comment','reply','retraction')),
  reason         TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  UNIQUE (notice_record, article_record)
);
