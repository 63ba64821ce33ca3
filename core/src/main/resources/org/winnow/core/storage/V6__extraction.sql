-- Winnow project schema, version 6: extraction form templates, extractions (each extractor's own
-- and the consensus) and MMAT 2018 appraisals. Rows are appended, never overwritten: the latest
-- row per study, form and person counts, and earlier ones stay as history.

-- Every template version answers were given with is kept here, so old answers keep their form
-- even after Winnow ships or the team imports a newer version.
CREATE TABLE form_template (
  id         INTEGER PRIMARY KEY,
  form_id    TEXT NOT NULL,
  version    INTEGER NOT NULL,
  title      TEXT NOT NULL,
  definition TEXT NOT NULL,   -- canonical template JSON (winnow-form-template/1)
  sha256     TEXT NOT NULL,   -- of definition
  origin     TEXT NOT NULL,   -- 'built-in' or 'import:<file name>'
  added_at   TEXT NOT NULL,
  added_by   TEXT NOT NULL,
  UNIQUE (form_id, version)
);

CREATE TABLE extraction (
  id          INTEGER PRIMARY KEY,
  study_id    INTEGER NOT NULL REFERENCES study(id),
  template_id INTEGER NOT NULL REFERENCES form_template(id),
  reviewer_id INTEGER NOT NULL REFERENCES reviewer(id),  -- the extractor, or who decided the consensus
  kind        TEXT NOT NULL CHECK (kind IN ('extractor','consensus')),
  answers     TEXT NOT NULL,   -- JSON: {"<section>": {..} | [{..}, ..]}
  based_on    TEXT,            -- consensus: JSON list of the extraction ids it settles
  note        TEXT,
  origin      TEXT NOT NULL,   -- 'cli', 'file:<name>', 'upgrade:<form@version>', 'window'
  created_at  TEXT NOT NULL
);
CREATE INDEX extraction_study ON extraction(study_id, template_id);

CREATE TABLE appraisal (
  id          INTEGER PRIMARY KEY,
  study_id    INTEGER NOT NULL REFERENCES study(id),
  tool        TEXT NOT NULL CHECK (tool IN ('mmat-2018')),
  reviewer_id INTEGER NOT NULL REFERENCES reviewer(id),  -- the appraiser, or who decided the consensus
  kind        TEXT NOT NULL CHECK (kind IN ('appraiser','consensus')),
  answers     TEXT NOT NULL,   -- JSON (winnow-mmat-2018/1)
  based_on    TEXT,
  note        TEXT,
  origin      TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX appraisal_study ON appraisal(study_id);
