-- Prioritised screening: the order each item was served in, and the team's decisions to stop.
-- served_item: one row each time an item is served to a reviewer as their next item, with the
-- order it was chosen by (prioritised, random or file), the seed of the random order and of ties,
-- and how many labelled items the ranking model had learnt from (0 unless prioritised). The
-- stopping rule is valid only for items served in prioritised or random order.
CREATE TABLE served_item (
  id               INTEGER PRIMARY KEY,
  stage            TEXT NOT NULL,
  reviewer_id      INTEGER NOT NULL REFERENCES reviewer(id),
  item_id          INTEGER NOT NULL,
  screening_order  TEXT NOT NULL,
  seed             INTEGER NOT NULL,
  trained_on       INTEGER NOT NULL,
  served_at        TEXT NOT NULL
);
CREATE INDEX served_item_stage ON served_item(stage, item_id);

-- screening_stop: appended rows; the latest per stage holds. action 'stop' removes the items nobody
-- has screened yet (as records marked ineligible by automation tools, see prescreening_exclusion,
-- whose reason names the stop) and 'undo' puts them back. explanation holds the stopping rule's
-- estimate at the time, as text.
CREATE TABLE screening_stop (
  id           INTEGER PRIMARY KEY,
  stage        TEXT NOT NULL,
  action       TEXT NOT NULL,
  by_name      TEXT NOT NULL,
  reason       TEXT NOT NULL,
  explanation  TEXT NOT NULL,
  at           TEXT NOT NULL
);
