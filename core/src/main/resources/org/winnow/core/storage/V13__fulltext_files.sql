-- The full-text PDFs of a team project on a server, in the database so that every member reads the
-- same files (a folder project keeps them in its fulltexts folder and leaves this table empty).
-- One row per stored file, named by the path relative to the project that report.pdf_path holds
-- (fulltexts/report-12.pdf, and an earlier version kept beside it); each client keeps a copy in
-- its cache folder, fetched from here when missing.
CREATE TABLE fulltext_file (
  path      TEXT PRIMARY KEY,
  content   BLOB NOT NULL,
  stored_at TEXT NOT NULL
);
