-- Reports ask for each learner's first attempts per quiz (SELECT DISTINCT ON (learner) ... ORDER BY learner,
-- started_at, id): this index serves that order without sorting every attempt of the quiz.
CREATE INDEX attempts_firsts ON attempts (quiz, learner, started_at, id);
