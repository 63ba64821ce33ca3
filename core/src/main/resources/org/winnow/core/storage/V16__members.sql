-- Winnow project schema: the members of a team project, one row per server login, mapped to the
-- review's reviewer the login acts as, with the role that decides what the server lets it do
-- (lead, reviewer, statistician). A folder project has no logins and leaves this table empty.
-- Removing a member keeps the row (removed_at set): the rows they wrote stay attributed to them.
CREATE TABLE member (
  login       TEXT PRIMARY KEY,
  reviewer_id INTEGER NOT NULL UNIQUE REFERENCES reviewer(id),
  role        TEXT NOT NULL CHECK (role IN ('lead','reviewer','statistician')),
  added_at    TEXT NOT NULL,
  added_by    TEXT NOT NULL,
  removed_at  TEXT,
  removed_by  TEXT
);
