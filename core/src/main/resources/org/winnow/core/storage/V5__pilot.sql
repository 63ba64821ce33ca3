-- Winnow project schema, version 5: an optional pilot (calibration) set per stage, screened by
-- every reviewer before the rest; drawn with the policy's seed.
ALTER TABLE screening_policy ADD COLUMN pilot_size INTEGER NOT NULL DEFAULT 0;
