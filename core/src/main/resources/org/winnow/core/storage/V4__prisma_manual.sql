-- Winnow project schema, version 4: PRISMA fields the data cannot know, entered by hand
-- (counts from a previous review version, automation tools used outside Winnow, ...).
CREATE TABLE prisma_manual (
  field  TEXT PRIMARY KEY,
  value  TEXT NOT NULL,
  set_by TEXT NOT NULL,
  set_at TEXT NOT NULL
);
