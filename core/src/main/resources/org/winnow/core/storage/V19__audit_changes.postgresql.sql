-- PostgreSQL only: every login reads the ids of the changes all may know happened (V19's view). The
-- view reads the audit trail as its owner, who made the project and bypasses row-level security,
-- so a reviewer sees through it that a lead imported, never what another reviewer decided.
GRANT SELECT ON audit_change TO PUBLIC;
