-- Winnow project schema: records removed before screening (PRISMA 2020 "excluded_automatic":
-- marked ineligible by automation tools, and "excluded_other": removed for other reasons), one row
-- per citation and change, appended never overwritten: the latest row of a citation says whether
-- it is removed ('exclude') or back in screening ('undo'), with who, why and when.
CREATE TABLE prescreening_exclusion (
  id          INTEGER PRIMARY KEY,
  citation_id INTEGER NOT NULL REFERENCES citation(id),
  kind        TEXT NOT NULL CHECK (kind IN ('automatic','other')),
  action      TEXT NOT NULL CHECK (action IN ('exclude','undo')),
  reason      TEXT NOT NULL,
  by_name     TEXT NOT NULL,
  at          TEXT NOT NULL
);
CREATE INDEX prescreening_exclusion_citation ON prescreening_exclusion(citation_id, id);
