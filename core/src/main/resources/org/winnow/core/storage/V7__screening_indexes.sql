-- Winnow project schema, version 7: indexes for the reads every outcome, progress and PRISMA count
-- makes. "Each reviewer's latest decision on an item": without decision_latest SQLite answered that
-- subquery through decision_reviewer, scanning every decision of the reviewer for every decision
-- read (quadratic: minutes for a dashboard at 100,000 citations). "Which citations come from
-- databases or registers": record_citation_batch lets it read a small index instead of every
-- record row with its raw fields.
CREATE INDEX decision_latest ON decision(stage, item_id, reviewer_id, id);
CREATE INDEX record_citation_batch ON record(citation_id, batch_id);
