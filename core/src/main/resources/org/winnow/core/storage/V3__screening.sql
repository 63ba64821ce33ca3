-- Winnow project schema, version 3: reviewers, screening policies, decisions, resolutions,
-- exclusion reasons, reports and studies.
CREATE TABLE reviewer (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  initials   TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE screening_policy (
  stage                   TEXT PRIMARY KEY CHECK (stage IN ('title-abstract','full-text')),
  mode                    TEXT NOT NULL CHECK (mode IN ('single','double','sample')),
  fraction                REAL NOT NULL CHECK (fraction >= 0 AND fraction <= 1),
  seed                    INTEGER NOT NULL,
  maybe_counts_as_include INTEGER NOT NULL,
  set_at                  TEXT NOT NULL,
  set_by                  TEXT NOT NULL
);

-- The project's ordered list of exclusion reasons; the same list feeds PRISMA.
CREATE TABLE exclusion_reason (
  id       INTEGER PRIMARY KEY,
  label    TEXT NOT NULL UNIQUE COLLATE NOCASE,
  position INTEGER NOT NULL,
  active   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE study (
  id         INTEGER PRIMARY KEY,
  label      TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- A report is a document assessed in full text: one per citation that reaches full text.
CREATE TABLE report (
  id             INTEGER PRIMARY KEY,
  citation_id    INTEGER NOT NULL UNIQUE REFERENCES citation(id),
  study_id       INTEGER REFERENCES study(id),
  retrieval      TEXT NOT NULL CHECK (retrieval IN ('sought','retrieved','not-retrieved')),
  retrieval_note TEXT,
  pdf_path       TEXT,
  created_at     TEXT NOT NULL
);

-- Decisions are appended, never overwritten: a changed mind is a new row.
CREATE TABLE decision (
  id          INTEGER PRIMARY KEY,
  stage       TEXT NOT NULL CHECK (stage IN ('title-abstract','full-text')),
  item_id     INTEGER NOT NULL,   -- citation id at title-abstract, report id at full text
  reviewer_id INTEGER NOT NULL REFERENCES reviewer(id),
  value       TEXT NOT NULL CHECK (value IN ('include','exclude','maybe')),
  reason_id   INTEGER REFERENCES exclusion_reason(id),
  note        TEXT,
  labels      TEXT NOT NULL DEFAULT '[]',
  decided_at  TEXT NOT NULL,
  origin      TEXT NOT NULL       -- cli, bulk:<file>, window
);
CREATE INDEX decision_item ON decision(stage, item_id);
CREATE INDEX decision_reviewer ON decision(stage, reviewer_id);

CREATE TABLE resolution (
  id          INTEGER PRIMARY KEY,
  stage       TEXT NOT NULL CHECK (stage IN ('title-abstract','full-text')),
  item_id     INTEGER NOT NULL,
  value       TEXT NOT NULL CHECK (value IN ('include','exclude')),
  reason_id   INTEGER REFERENCES exclusion_reason(id),
  note        TEXT,
  resolved_by INTEGER NOT NULL REFERENCES reviewer(id),
  method      TEXT NOT NULL CHECK (method IN ('third-reviewer','consensus')),
  decided_at  TEXT NOT NULL
);
CREATE INDEX resolution_item ON resolution(stage, item_id);

-- A starting list of full-text exclusion reasons (edit it with 'winnow reasons').
INSERT INTO exclusion_reason(label, position) VALUES ('Wrong population', 1);
INSERT INTO exclusion_reason(label, position) VALUES ('Wrong intervention', 2);
INSERT INTO exclusion_reason(label, position) VALUES ('Wrong comparator', 3);
INSERT INTO exclusion_reason(label, position) VALUES ('Wrong outcomes', 4);
INSERT INTO exclusion_reason(label, position) VALUES ('Wrong study design', 5);
INSERT INTO exclusion_reason(label, position) VALUES ('Wrong setting', 6);
INSERT INTO exclusion_reason(label, position) VALUES ('Conference abstract only', 7);
INSERT INTO exclusion_reason(label, position) VALUES ('Duplicate report', 8);
