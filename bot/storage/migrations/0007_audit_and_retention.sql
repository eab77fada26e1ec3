-- The audit log (bot/audit.py): appended in order (seq), never changed but by the retention purge and an erasure.
-- Votes and urgency feedback counts carry the time of their last change, so the retention purge can date them
-- ('' for a count last changed before this migration: kept until its next change dates it).

CREATE TABLE audit_log (
    seq bigserial PRIMARY KEY,
    at text NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    subject text NOT NULL DEFAULT '',
    detail text NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_actor ON audit_log (actor);
CREATE INDEX audit_log_by_subject ON audit_log (subject);

ALTER TABLE vote_counts ADD COLUMN last_at text NOT NULL DEFAULT '';
ALTER TABLE urgency_feedback ADD COLUMN last_at text NOT NULL DEFAULT '';
