-- PostgreSQL only (SQLite skips this step, see Database.MIGRATIONS and ADR 0013): what the server
-- enforces for a team project's members. Row-level security hides another reviewer's decisions,
-- answers and appraisals until the item is unblinded, and makes every row a member inserts carry
-- the login's reviewer; the audit trail refuses every UPDATE and DELETE and stamps the member's
-- name on the rows they add. The table owner (who ran 'winnow init') bypasses row-level security
-- as PostgreSQL's owner does; the grants that give members their rights are made by
-- 'winnow member add' (core.storage.TeamRoles), which needs CREATEROLE.

-- The reviewer the connected login acts as (null: the login is no active member).
CREATE FUNCTION winnow_login_reviewer() RETURNS BIGINT LANGUAGE sql STABLE AS $$
  SELECT reviewer_id FROM member WHERE login = current_user AND removed_at IS NULL
$$;

-- Whether the connected login sees everything: an active lead or statistician.
CREATE FUNCTION winnow_login_sees_all() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM member
                 WHERE login = current_user AND removed_at IS NULL
                   AND role IN ('lead', 'statistician'))
$$;

-- Whether the connected login may see everyone's decisions on an item: it decided the item itself,
-- and every required reviewer has decided it (two reviewers; one where the stage is single
-- screened; no policy stored means the default, double). A sampled item outside the sample needs one decision but stays hidden from others
-- until a second person decides it: fail closed. Security definer: it counts decisions the
-- caller's row-level security hides (a policy may not read its own table); it reveals nothing but
-- the answer for the caller's own login.
CREATE FUNCTION winnow_item_unblinded(p_stage TEXT, p_item BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT EXISTS (SELECT 1 FROM decision d JOIN member m ON m.reviewer_id = d.reviewer_id
                 WHERE d.stage = p_stage AND d.item_id = p_item
                   AND m.login = session_user AND m.removed_at IS NULL)
     AND (SELECT count(DISTINCT reviewer_id) FROM decision
          WHERE stage = p_stage AND item_id = p_item)
         >= coalesce((SELECT CASE WHEN mode = 'single' THEN 1 ELSE 2 END
                      FROM screening_policy WHERE stage = p_stage), 2)
$$;

-- Whether the connected login may see every extraction of a study on a form: it submitted its own
-- and at least two extractors have.
CREATE FUNCTION winnow_extraction_unblinded(p_study BIGINT, p_template BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT EXISTS (SELECT 1 FROM extraction x JOIN member m ON m.reviewer_id = x.reviewer_id
                 WHERE x.study_id = p_study AND x.template_id = p_template AND x.kind = 'extractor'
                   AND m.login = session_user AND m.removed_at IS NULL)
     AND (SELECT count(DISTINCT reviewer_id) FROM extraction
          WHERE study_id = p_study AND template_id = p_template AND kind = 'extractor') >= 2
$$;

-- The same for the appraisals of a study with one tool.
CREATE FUNCTION winnow_appraisal_unblinded(p_study BIGINT, p_tool TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT EXISTS (SELECT 1 FROM appraisal a JOIN member m ON m.reviewer_id = a.reviewer_id
                 WHERE a.study_id = p_study AND a.tool = p_tool AND a.kind = 'appraiser'
                   AND m.login = session_user AND m.removed_at IS NULL)
     AND (SELECT count(DISTINCT reviewer_id) FROM appraisal
          WHERE study_id = p_study AND tool = p_tool AND kind = 'appraiser') >= 2
$$;

ALTER TABLE decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY decision_read ON decision FOR SELECT USING (
  winnow_login_sees_all() OR reviewer_id = winnow_login_reviewer()
  OR winnow_item_unblinded(stage, item_id));
CREATE POLICY decision_write ON decision FOR INSERT
  WITH CHECK (reviewer_id = winnow_login_reviewer());

-- A resolution is the item's outcome: hidden as its decisions are.
ALTER TABLE resolution ENABLE ROW LEVEL SECURITY;
CREATE POLICY resolution_read ON resolution FOR SELECT USING (
  winnow_login_sees_all() OR resolved_by = winnow_login_reviewer()
  OR winnow_item_unblinded(stage, item_id));
CREATE POLICY resolution_write ON resolution FOR INSERT
  WITH CHECK (resolved_by = winnow_login_reviewer());

ALTER TABLE extraction ENABLE ROW LEVEL SECURITY;
CREATE POLICY extraction_read ON extraction FOR SELECT USING (
  winnow_login_sees_all() OR reviewer_id = winnow_login_reviewer()
  OR winnow_extraction_unblinded(study_id, template_id));
CREATE POLICY extraction_write ON extraction FOR INSERT
  WITH CHECK (reviewer_id = winnow_login_reviewer());

ALTER TABLE appraisal ENABLE ROW LEVEL SECURITY;
CREATE POLICY appraisal_read ON appraisal FOR SELECT USING (
  winnow_login_sees_all() OR reviewer_id = winnow_login_reviewer()
  OR winnow_appraisal_unblinded(study_id, tool));
CREATE POLICY appraisal_write ON appraisal FOR INSERT
  WITH CHECK (reviewer_id = winnow_login_reviewer());

-- Drafts are their author's alone (replaced as they type, removed when submitted).
ALTER TABLE extraction_draft ENABLE ROW LEVEL SECURITY;
CREATE POLICY extraction_draft_own ON extraction_draft FOR ALL
  USING (reviewer_id = winnow_login_reviewer())
  WITH CHECK (reviewer_id = winnow_login_reviewer());

-- The audit trail names what each decision was: a reviewer reads only their own rows.
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON audit FOR SELECT USING (
  winnow_login_sees_all()
  OR actor = (SELECT name FROM reviewer WHERE id = winnow_login_reviewer()));
CREATE POLICY audit_write ON audit FOR INSERT WITH CHECK (true);

-- Append-only for everyone, the owner included; a member's row names the member's reviewer,
-- whatever the client wrote.
CREATE FUNCTION winnow_audit_row() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'the audit trail is append-only: % of audit rows is refused', TG_OP;
  END IF;
  NEW.actor := coalesce((SELECT name FROM reviewer WHERE id = winnow_login_reviewer()), NEW.actor);
  RETURN NEW;
END
$$;
CREATE TRIGGER audit_append_only BEFORE INSERT OR UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION winnow_audit_row();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION winnow_audit_row();
