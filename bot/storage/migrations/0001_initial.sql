-- The first schema of the PostgreSQL engine: one table per group of the storage port (bot/storage/port.py).
-- Times that the core keeps as ISO-8601 text stay text, so a value read back is the value written.

CREATE TABLE learners (
    id text PRIMARY KEY,
    name text NOT NULL DEFAULT '',
    team text NOT NULL DEFAULT '',
    agency text NOT NULL DEFAULT '',
    seq bigserial
);

CREATE TABLE roles (
    learner text NOT NULL,
    role text NOT NULL,
    PRIMARY KEY (learner, role)
);

CREATE TABLE cohorts (
    id text PRIMARY KEY,
    quiz text NOT NULL,
    learners jsonb NOT NULL,
    due date NOT NULL,
    name text NOT NULL DEFAULT '',
    seq bigserial
);

CREATE TABLE settings (
    key text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE gaps (
    question text PRIMARY KEY,
    count integer NOT NULL,
    first_asked text NOT NULL,
    last_asked text NOT NULL
);

CREATE TABLE vote_counts (
    source text PRIMARY KEY,
    helpful integer NOT NULL DEFAULT 0,
    not_helpful integer NOT NULL DEFAULT 0
);

CREATE TABLE urgency_feedback (
    verdict text NOT NULL,
    cls text NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (verdict, cls)
);

CREATE TABLE conversations (
    id text PRIMARY KEY,
    reference jsonb NOT NULL,
    seq bigserial
);

CREATE TABLE schedules (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    seq bigserial
);

CREATE TABLE deliveries (
    schedule text NOT NULL,
    period text NOT NULL,
    status text NOT NULL,
    platform text NOT NULL,
    channel text NOT NULL,
    item text NOT NULL DEFAULT '',
    note text NOT NULL DEFAULT '',
    at text NOT NULL,
    seq bigserial,
    PRIMARY KEY (schedule, period)
);

CREATE TABLE rotation (
    channel text NOT NULL,  -- platform:channel
    item text NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (channel, item)
);

CREATE TABLE nudge_events (
    schedule text NOT NULL,
    period text NOT NULL,
    kind text NOT NULL,
    "user" text NOT NULL,
    seq bigserial,
    PRIMARY KEY (schedule, period, kind, "user")
);

CREATE TABLE review_learners (
    learner text PRIMARY KEY,
    active boolean NOT NULL,
    seq bigserial
);

CREATE TABLE review_cards (
    learner text NOT NULL,
    key text NOT NULL,
    card jsonb NOT NULL,
    PRIMARY KEY (learner, key)
);

CREATE TABLE attempts (
    id text PRIMARY KEY,
    quiz text NOT NULL,
    learner text NOT NULL,
    started_at text NOT NULL,
    status text NOT NULL,
    ratings jsonb NOT NULL DEFAULT '{}',
    finished_at text,
    score integer,
    passed boolean,
    seq bigserial
);
-- At most one attempt in progress per learner and quiz, whichever instance starts it.
CREATE UNIQUE INDEX attempts_one_open ON attempts (quiz, learner) WHERE status = 'in_progress';
CREATE INDEX attempts_by_quiz ON attempts (quiz, seq);
CREATE INDEX attempts_by_learner ON attempts (learner);

CREATE TABLE answers (
    attempt text NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    question text NOT NULL,
    option integer NOT NULL,
    correct boolean NOT NULL,
    at text NOT NULL,
    seq bigserial,
    PRIMARY KEY (attempt, question)
);

CREATE TABLE request_ids (
    id text PRIMARY KEY,
    seen_at timestamptz NOT NULL
);
CREATE INDEX request_ids_by_time ON request_ids (seen_at);
