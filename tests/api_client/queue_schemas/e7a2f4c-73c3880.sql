-- The upload queue's schema from e7a2f4c (one owner per file) to 73c3880, the last unversioned
-- release: every commit between them that touched queue.py left SCHEMA as it is here.
-- Copied from git show 73c3880:api_client/uploads/queue.py (SCHEMA).
CREATE TABLE IF NOT EXISTS items (
    id              INTEGER PRIMARY KEY,
    owner           TEXT NOT NULL DEFAULT '',   -- whose files: "<server> <user id>"
    batch_id        TEXT NOT NULL,
    grouping        TEXT NOT NULL,
    source_path     TEXT NOT NULL,
    name            TEXT NOT NULL,
    state           TEXT NOT NULL,
    error           TEXT,
    next_attempt_at REAL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    staged_path     TEXT,
    size            INTEGER,
    mime            TEXT,
    sha256          TEXT,
    removed         TEXT NOT NULL DEFAULT '[]',
    checked         INTEGER NOT NULL DEFAULT 0,
    allow_duplicate INTEGER NOT NULL DEFAULT 0,
    duplicates      TEXT NOT NULL DEFAULT '[]',
    ticket_key      TEXT NOT NULL,
    page            INTEGER,
    page_count      INTEGER,
    ticket_number   TEXT,
    job             TEXT,
    ticket_date     TEXT,
    notes           TEXT,
    upload_key      TEXT NOT NULL,
    upload_url      TEXT,
    offset          INTEGER NOT NULL DEFAULT 0,
    ticket_id       TEXT,
    created_at      REAL NOT NULL,
    updated_at      REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS items_state ON items(owner, state);
CREATE INDEX IF NOT EXISTS items_batch ON items(batch_id);
