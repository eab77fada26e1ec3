-- Content kept current: the version of each content item an attempt's questions cite, recorded as it starts
-- ({} for attempts stored before, which reports count as version 1), and each item's texts as first seen (an
-- item's history when the content folder is not in a git repository).
ALTER TABLE attempts ADD COLUMN item_versions jsonb NOT NULL DEFAULT '{}';

CREATE TABLE item_texts (
    item text NOT NULL,
    version integer NOT NULL,
    hash text NOT NULL,
    text text NOT NULL,
    first_seen text NOT NULL,
    seq bigserial,
    PRIMARY KEY (item, version, hash)
);
