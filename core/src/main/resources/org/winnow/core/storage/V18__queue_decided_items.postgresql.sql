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
