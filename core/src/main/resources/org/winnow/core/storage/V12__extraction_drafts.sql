-- Drafts of extraction forms: what a person has typed into a form in the window and not yet
-- submitted, saved as they type so that nothing is lost when the window closes. A draft is work in
-- progress, not an answer: one row per study, template version, person and kind, replaced as they
-- type and removed in the transaction that submits the answers (which are appended to extraction,
-- never overwritten). Only its author reads it (blinding).
CREATE TABLE extraction_draft (
  study_id    INTEGER NOT NULL REFERENCES study(id),
  template_id INTEGER NOT NULL REFERENCES form_template(id),
  reviewer_id INTEGER NOT NULL REFERENCES reviewer(id),
  kind        TEXT NOT NULL CHECK (kind IN ('extractor','consensus')),
  answers     TEXT NOT NULL,   -- JSON in the answers-file shape, as typed (not yet validated)
  saved_at    TEXT NOT NULL,
  PRIMARY KEY (study_id, template_id, reviewer_id, kind)
);
