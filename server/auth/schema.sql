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
