-- Customer Data. Owners see their organisation's tickets, members their own.
CREATE TABLE IF NOT EXISTS tickets (
    id              TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL REFERENCES customers(id),
    uploader_id     TEXT REFERENCES users(id),   -- NULL: uploader erased (anonymised)
    ticket_number   TEXT,
    job             TEXT,
    ticket_date     TEXT,
    notes           TEXT,
    status          TEXT NOT NULL CHECK (status IN ('uploading', 'stored', 'processing', 'extracted', 'failed')),
    -- A ticket is created once per key, however often an upload is retried.
    idempotency_key TEXT,
    created_at      TEXT NOT NULL,
    UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX IF NOT EXISTS tickets_customer ON tickets(customer_id, created_at);
CREATE INDEX IF NOT EXISTS tickets_uploader ON tickets(uploader_id);
-- A member's list (their own tickets, newest first) and its count read this
-- index alone; without it the count read each of their tickets' rows.
CREATE INDEX IF NOT EXISTS tickets_customer_uploader ON tickets(customer_id, uploader_id, created_at);

CREATE TABLE IF NOT EXISTS ticket_files (
    id            TEXT PRIMARY KEY,
    ticket_id     TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    page          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    size          INTEGER NOT NULL,
    mime          TEXT NOT NULL,
    original_name TEXT NOT NULL,                 -- for display only, never a path
    storage_key   TEXT NOT NULL,                 -- content-addressed name under files/
    thumbnail_key TEXT,
    created_at    TEXT NOT NULL,
    UNIQUE (ticket_id, page)
);
CREATE INDEX IF NOT EXISTS ticket_files_sha ON ticket_files(sha256);

CREATE TABLE IF NOT EXISTS extracted_values (
    ticket_id   TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (ticket_id, name)
);
