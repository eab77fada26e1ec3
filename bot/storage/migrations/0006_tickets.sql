-- Questions to the safeguarding advisers (bot/tickets.py): one row per ticket; times are ISO-8601 UTC text,
-- "" for not yet, as the TinyDB engine keeps them.
CREATE TABLE tickets (
    id text PRIMARY KEY,
    token text NOT NULL UNIQUE,
    asker text NOT NULL,
    question text NOT NULL,
    created text NOT NULL,
    status text NOT NULL,
    claimed_by text NOT NULL DEFAULT '',
    claimed_at text NOT NULL DEFAULT '',
    answer text NOT NULL DEFAULT '',
    answered_by text NOT NULL DEFAULT '',
    answered_at text NOT NULL DEFAULT '',
    closed_by text NOT NULL DEFAULT '',
    closed_at text NOT NULL DEFAULT '',
    posts integer NOT NULL DEFAULT 0,
    posted_at text NOT NULL DEFAULT '',
    post_ref text NOT NULL DEFAULT ''  -- channel:message of each post to the adviser channel, space-separated
);
