-- Winnow project schema: the audited changes that every member of a team may know happened (an
-- import, a merge, a policy, a setting, a reviewer, a stop...): every audit row but the blinded
-- work of reviewers (decisions, resolutions, extraction answers, appraisals), which their own
-- tables count. On a team server a reviewer reads only their own audit rows (V16), so without this
-- view a reviewer's client could not tell that a lead imported or merged since it derived its
-- outcomes; the view shows every login each such row's id, nothing more. The partial index keeps
-- counting them cheap.
CREATE VIEW audit_change AS
  SELECT id FROM audit
  WHERE action NOT IN ('decide', 'decide-bulk', 'resolve', 'resolve-override',
                       'extract', 'extract-consensus', 'appraise', 'appraise-consensus');

CREATE INDEX audit_change_id ON audit(id)
  WHERE action NOT IN ('decide', 'decide-bulk', 'resolve', 'resolve-override',
                       'extract', 'extract-consensus', 'appraise', 'appraise-consensus');
