-- PostgreSQL only: the items of a stage that already hold as many reviewers' decisions as the
-- stage needs (two; one where it is single screened; no policy stored means double), as V16's
-- winnow_item_unblinded counts them. A reviewer's queue leaves them out: without it, row-level
-- security hides the decisions of others and such an item would be served again for a third
-- decision. Security definer: it counts decisions the caller cannot read, and reveals only that an
-- item needs no more decisions, never who decided it nor what.
CREATE FUNCTION winnow_items_decided_enough(p_stage TEXT) RETURNS SETOF BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT item_id FROM decision WHERE stage = p_stage GROUP BY item_id
  HAVING count(DISTINCT reviewer_id)
         >= coalesce((SELECT CASE WHEN mode = 'single' THEN 1 ELSE 2 END
                      FROM screening_policy WHERE stage = p_stage), 2)
$$;

-- The same for one item, as a screening session reaches it: whether reviewers other than the one
-- screening already gave every decision the item needs (a session's queue was taken when it
-- began; others may have decided the item since). A member's own reviewer is taken from the login
-- (p_reviewer is used only by the owner, who reads every row anyway), so a member learns nothing
-- about who decided.
CREATE FUNCTION winnow_item_decided_enough(p_stage TEXT, p_item BIGINT, p_reviewer BIGINT)
RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT (SELECT count(DISTINCT d.reviewer_id) FROM decision d
          WHERE d.stage = p_stage AND d.item_id = p_item
            AND d.reviewer_id <> coalesce((SELECT reviewer_id FROM member
                                           WHERE login = session_user AND removed_at IS NULL),
                                          p_reviewer))
         >= coalesce((SELECT CASE WHEN mode = 'single' THEN 1 ELSE 2 END
                      FROM screening_policy WHERE stage = p_stage), 2)
$$;
