-- Migration 1, baseline: the service's tables when versioning began.
-- Read by m0001_baseline.py; see its docstring for what earlier releases lacked.

-- ======== auth ========

CREATE TABLE IF NOT EXISTS customers (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active',
    created_at  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS users (
    id            TEXT PRIMARY KEY,
    customer_id   TEXT NOT NULL REFERENCES customers(id),
    email         TEXT NOT NULL UNIQUE,      -- stored lower-cased
    name          TEXT NOT NULL,
    phone         TEXT,
    role          TEXT NOT NULL CHECK (role IN ('owner', 'member')),
    password_hash TEXT NOT NULL,             -- scrypt$N$r$p$salt$hash, never the password
    status        TEXT NOT NULL DEFAULT 'active',
    created_at    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS users_customer ON users(customer_id);

-- One row per signed-in device; revoking it ends every token of the family.
CREATE TABLE IF NOT EXISTS sessions (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    created_at  TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    revoked_at  TEXT,
    revoked_reason TEXT,
    ip          TEXT,
    user_agent  TEXT
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user_id);

-- Tokens are stored as SHA-256 hashes only.
CREATE TABLE IF NOT EXISTS access_tokens (
    token_hash  TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES sessions(id),
    expires_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS access_tokens_session ON access_tokens(session_id);

CREATE TABLE IF NOT EXISTS refresh_tokens (
    token_hash  TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES sessions(id),
    issued_at   TEXT NOT NULL,
    used_at     TEXT,
    -- hash of the Idempotency-Key of the refresh that used it, and what it was
    -- rotated into: lets a retried refresh whose reply was lost succeed.
    used_key_hash TEXT,
    successor_hash TEXT
);
CREATE INDEX IF NOT EXISTS refresh_tokens_session ON refresh_tokens(session_id);

-- Failed sign-ins per email (known or not, so both behave the same), keyed by
-- a hash of the address so no typed email is stored.
CREATE TABLE IF NOT EXISTS login_failures (
    email_key     TEXT PRIMARY KEY,
    failures      INTEGER NOT NULL,
    first_failure_at TEXT NOT NULL,
    locked_until  TEXT
);

-- Every sign-in attempt, successful or not (policy 3.2: security information).
CREATE TABLE IF NOT EXISTS security_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT REFERENCES users(id),
    customer_id TEXT REFERENCES customers(id),
    kind        TEXT NOT NULL,
    at          TEXT NOT NULL,
    ip          TEXT,
    user_agent  TEXT,
    success     INTEGER NOT NULL,
    detail      TEXT
);
CREATE INDEX IF NOT EXISTS security_events_user ON security_events(user_id, at);

-- Recorded outcomes of restriction / objection requests; the service honours
-- them (no usage analytics, no value extraction while restricted) and the
-- privacy dashboard shows them.
CREATE TABLE IF NOT EXISTS user_flags (
    user_id     TEXT NOT NULL REFERENCES users(id),
    flag        TEXT NOT NULL CHECK (flag IN ('restriction', 'objection')),
    set_at      TEXT NOT NULL,
    request_id  TEXT,
    note        TEXT,
    PRIMARY KEY (user_id, flag)
);

-- Support and communications (policy 3.1): messages a user sent to Ticket Pros.
CREATE TABLE IF NOT EXISTS support_messages (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    user_id     TEXT REFERENCES users(id),   -- NULL once the author is erased
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS support_messages_user ON support_messages(user_id);

-- ======== tickets ========

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

-- ======== uploads ========

-- Resumable uploads (tus). A row lives while its file is on its way and for a
-- day after it completed (so a retry after a lost reply finds the ticket).
CREATE TABLE IF NOT EXISTS uploads (
    id              TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    user_id         TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    length          INTEGER NOT NULL,
    offset          INTEGER NOT NULL DEFAULT 0,  -- bytes durably in the partial file
    metadata        TEXT NOT NULL,               -- JSON: the validated Upload-Metadata
    idempotency_key TEXT,                        -- Idempotency-Key of the creating POST
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    completed_at    TEXT,
    ticket_id       TEXT REFERENCES tickets(id) ON DELETE CASCADE,
    status          TEXT NOT NULL DEFAULT 'receiving'
                    CHECK (status IN ('receiving', 'completed', 'rejected')),
    -- Why a rejected upload was refused, answered again to a retry.
    error_status    INTEGER,
    error_code      TEXT,
    error_message   TEXT,
    UNIQUE (user_id, idempotency_key)
);
CREATE INDEX IF NOT EXISTS uploads_expiry ON uploads(expires_at);
CREATE INDEX IF NOT EXISTS uploads_ticket ON uploads(ticket_id);

-- The SHA-256 of a stored page's bytes as they arrived. The service cleans
-- every upload again, so what it stores may differ from what the client sent
-- and hashed; the duplicate lookup matches either.
CREATE TABLE IF NOT EXISTS ticket_file_received (
    file_id     TEXT PRIMARY KEY REFERENCES ticket_files(id) ON DELETE CASCADE,
    sha256      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ticket_file_received_sha ON ticket_file_received(sha256);

-- ======== requests ========

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

-- ======== privacy ========

-- Privacy dashboard: policy versions, acknowledgements, subprocessors,
-- billing summaries and usage events.

-- Published versions of the privacy policy. ``text`` NULL means the text
-- shipped with the service package (policy-<version>.txt).
CREATE TABLE IF NOT EXISTS policy_versions (
    version         TEXT PRIMARY KEY,
    effective_date  TEXT NOT NULL,            -- YYYY-MM-DD
    summary         TEXT NOT NULL,            -- summary of changes
    text            TEXT,
    published_at    TEXT NOT NULL
);
INSERT INTO policy_versions (version, effective_date, summary, text, published_at)
VALUES ('2025-01', '2025-01-01', 'First published version of the Ticket Pros privacy policy.', NULL,
        '2025-01-01T00:00:00.000000Z')
ON CONFLICT (version) DO NOTHING;

CREATE TABLE IF NOT EXISTS policy_acknowledgements (
    user_id     TEXT NOT NULL REFERENCES users(id),
    version     TEXT NOT NULL REFERENCES policy_versions(version),
    at          TEXT NOT NULL,
    ip          TEXT,
    PRIMARY KEY (user_id, version)
);

-- Policy 5.2. A replaced provider keeps its row with removed_at set.
CREATE TABLE IF NOT EXISTS subprocessors (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    purpose       TEXT NOT NULL,
    data_involved TEXT NOT NULL,
    location      TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    removed_at    TEXT
);
INSERT INTO subprocessors (id, name, purpose, data_involved, location, added_at) VALUES
    ('sub_digitalocean', 'DigitalOcean', 'Hosting and infrastructure (compute, storage, networking)',
     'Customer Data stored/processed within the Service; logs and operational data', 'United States',
     '2025-01-01T00:00:00.000000Z'),
    ('sub_stripe', 'Stripe', 'Payment processing and subscription billing',
     'Billing and transaction data; limited payment method details; payment status', 'United States',
     '2025-01-01T00:00:00.000000Z')
ON CONFLICT (id) DO NOTHING;

-- Announced changes to the list: what, when it takes effect, until when to object.
CREATE TABLE IF NOT EXISTS subprocessor_changes (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    subprocessor_id     TEXT NOT NULL REFERENCES subprocessors(id),
    kind                TEXT NOT NULL CHECK (kind IN ('added', 'removed', 'changed')),
    summary             TEXT NOT NULL,
    announced_at        TEXT NOT NULL,
    effective_date      TEXT NOT NULL,        -- YYYY-MM-DD
    objection_deadline  TEXT NOT NULL         -- YYYY-MM-DD
);

-- Payment summary as received from the payment processor: never a full card number.
CREATE TABLE IF NOT EXISTS billing (
    customer_id      TEXT PRIMARY KEY REFERENCES customers(id),
    payment_status   TEXT NOT NULL DEFAULT 'none',
    subscription_id  TEXT,
    card_last4       TEXT CHECK (card_last4 IS NULL OR (length(card_last4) = 4 AND card_last4 NOT GLOB '*[^0-9]*')),
    card_brand       TEXT,
    updated_at       TEXT NOT NULL
);

-- Usage Data (policy 3.2): one row per authenticated request. Never written
-- for a user with a restriction or objection flag.
CREATE TABLE IF NOT EXISTS usage_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT NOT NULL REFERENCES users(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,               -- "GET /privacy/inventory" (route template)
    user_agent  TEXT
);
CREATE INDEX IF NOT EXISTS usage_events_user ON usage_events(user_id, at);
