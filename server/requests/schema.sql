-- Privacy requests (policy §8). Routed to the requester's Account Owner, or to
-- Ticket Pros itself when the requester is the owner.
CREATE TABLE IF NOT EXISTS privacy_requests (
    id               TEXT PRIMARY KEY,
    customer_id      TEXT NOT NULL REFERENCES customers(id),
    requester_id     TEXT NOT NULL REFERENCES users(id),
    type             TEXT NOT NULL CHECK (type IN ('access', 'correction', 'deletion', 'restriction', 'objection')),
    state            TEXT NOT NULL CHECK (state IN ('pending_owner', 'approved', 'denied', 'in_progress', 'completed', 'cancelled')),
    routed_to        TEXT NOT NULL CHECK (routed_to IN ('owner', 'service')),
    note             TEXT,                  -- the requester's words; erased with the person
    correction_field TEXT CHECK (correction_field IN ('name', 'phone', 'email')),
    correction_value TEXT,                  -- erased with the person
    delete_tickets   INTEGER NOT NULL DEFAULT 0,
    decision_reason  TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    due_at           TEXT NOT NULL,
    extension_reason TEXT,
    extended_at      TEXT,
    completed_at     TEXT,
    export_key       TEXT,                  -- file name under data_dir/exports/
    export_size      INTEGER,
    idempotency_key  TEXT,
    UNIQUE (requester_id, idempotency_key)
);
CREATE INDEX IF NOT EXISTS privacy_requests_customer ON privacy_requests(customer_id, created_at);
CREATE INDEX IF NOT EXISTS privacy_requests_requester ON privacy_requests(requester_id, created_at);

-- The audit trail: one row per transition. Ids only, never names or emails,
-- so erasing a person leaves nothing of them here.
CREATE TABLE IF NOT EXISTS privacy_request_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  TEXT NOT NULL REFERENCES privacy_requests(id),
    at          TEXT NOT NULL,
    actor_id    TEXT,                       -- NULL: Ticket Pros (the service)
    actor_kind  TEXT NOT NULL CHECK (actor_kind IN ('requester', 'owner', 'service')),
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    note        TEXT
);
CREATE INDEX IF NOT EXISTS privacy_request_events_request ON privacy_request_events(request_id, id);

-- Short-lived download links for access exports; the token is stored hashed.
CREATE TABLE IF NOT EXISTS export_links (
    token_hash  TEXT PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES privacy_requests(id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS export_links_request ON export_links(request_id);
