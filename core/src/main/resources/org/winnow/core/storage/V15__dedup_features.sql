-- What duplicate detection computes from one record alone, stored once instead of computed on every
-- run: the abstract's fingerprint (AbstractFingerprint: word count, hash of the opening and MinHash
-- of the word 3-shingles, 76 bytes, or no bytes for an abstract without words). It is written when
-- the record is imported; records stored before this migration, or with a fingerprint of another
-- print_format, get theirs from the next deduplication run. Records without an abstract have no
-- row. A record's row is derived data: deleting it only means it is computed again.
CREATE TABLE dedup_feature (
  record_id       INTEGER NOT NULL PRIMARY KEY REFERENCES record(id),
  print_format    INTEGER NOT NULL,
  abstract_print  BLOB NOT NULL
);
