-- Each learner's first attempt started and first completed per quiz, by (started_at, id), kept by a trigger on
-- every insert and status change of an attempt (the server's writes, restores, a bulk COPY alike), so a report
-- reads one row per learner instead of sorting every retake. Compared in the "C" collation (the order of the
-- characters' codes, the embedded engine's order, whatever the database's locale); stored in the default one,
-- so joins to attempts.id use its index.

CREATE TABLE first_attempts (
    quiz text NOT NULL,
    learner text NOT NULL,
    started_at text NOT NULL,
    started_id text NOT NULL,
    done_at text,
    done_id text,
    PRIMARY KEY (quiz, learner)
);

CREATE FUNCTION note_first_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO first_attempts AS f (quiz, learner, started_at, started_id)
    VALUES (NEW.quiz, NEW.learner, NEW.started_at, NEW.id)
    ON CONFLICT (quiz, learner) DO UPDATE SET started_at = excluded.started_at, started_id = excluded.started_id
        WHERE (excluded.started_at COLLATE "C", excluded.started_id COLLATE "C") < (f.started_at, f.started_id);
    IF NEW.status = 'completed' THEN
        UPDATE first_attempts f SET done_at = NEW.started_at, done_id = NEW.id
        WHERE f.quiz = NEW.quiz AND f.learner = NEW.learner
            AND (f.done_id IS NULL OR (NEW.started_at COLLATE "C", NEW.id COLLATE "C") < (f.done_at, f.done_id));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER attempts_first_attempts AFTER INSERT OR UPDATE OF status ON attempts
    FOR EACH ROW EXECUTE FUNCTION note_first_attempt();

INSERT INTO first_attempts (quiz, learner, started_at, started_id, done_at, done_id)
SELECT s.quiz, s.learner, s.started_at, s.id, d.started_at, d.id
FROM (SELECT DISTINCT ON (quiz, learner) quiz, learner, started_at, id FROM attempts
      ORDER BY quiz, learner, started_at COLLATE "C", id COLLATE "C") s
LEFT JOIN (SELECT DISTINCT ON (quiz, learner) quiz, learner, started_at, id FROM attempts WHERE status = 'completed'
           ORDER BY quiz, learner, started_at COLLATE "C", id COLLATE "C") d USING (quiz, learner);
