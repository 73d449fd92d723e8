-- Migration 4, browser sign-in and two-step verification (issue 15).
-- Read by m0004_browser_sign_in.py.

-- ======== the organisation's sign-in rules (set by its Account Owner) ========

-- Every member must use two-step verification; those without it enrol at their next sign-in.
ALTER TABLE customers ADD COLUMN require_two_step INTEGER NOT NULL DEFAULT 0;
-- Password sign-in inside the app (POST /auth/login); off: through the browser only.
ALTER TABLE customers ADD COLUMN allow_app_password INTEGER NOT NULL DEFAULT 1;

-- ======== sign-in history: how each sign-in was made ========

-- method: password (in the app), browser, device; factor: password, password+totp,
-- password+recovery_code. NULL for the events of earlier releases.
ALTER TABLE security_events ADD COLUMN method TEXT;
ALTER TABLE security_events ADD COLUMN factor TEXT;

-- ======== OAuth 2.0 for native apps (RFC 8252) ========

-- Public clients (no secret: a desktop app cannot keep one). redirect_uris is a JSON
-- list; a loopback one (http://127.0.0.1/..., http://[::1]/...) matches on any port.
CREATE TABLE IF NOT EXISTS oauth_clients (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    redirect_uris TEXT NOT NULL,
    device_grant  INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);

-- Authorization codes: single use, a minute long, stored as SHA-256 hashes only.
-- code_challenge is the PKCE S256 challenge; session_id the session the code
-- started (ended again if the code is presented twice).
CREATE TABLE IF NOT EXISTS oauth_codes (
    code_hash      TEXT PRIMARY KEY,
    client_id      TEXT NOT NULL REFERENCES oauth_clients(id),
    user_id        TEXT NOT NULL REFERENCES users(id),
    redirect_uri   TEXT NOT NULL,
    code_challenge TEXT NOT NULL,
    factor         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    expires_at     TEXT NOT NULL,
    used_at        TEXT,
    used_key_hash  TEXT,
    session_id     TEXT REFERENCES sessions(id)
);
CREATE INDEX IF NOT EXISTS oauth_codes_user ON oauth_codes(user_id);
CREATE INDEX IF NOT EXISTS oauth_codes_expiry ON oauth_codes(expires_at);

-- Device authorization grant (RFC 8628): the device polls with device_code (hashed);
-- the person types user_code on the sign-in page of another device.
CREATE TABLE IF NOT EXISTS device_codes (
    device_code_hash TEXT PRIMARY KEY,
    user_code      TEXT NOT NULL UNIQUE,
    client_id      TEXT NOT NULL REFERENCES oauth_clients(id),
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'denied')),
    user_id        TEXT REFERENCES users(id),
    factor         TEXT,
    interval_s     INTEGER NOT NULL,
    last_poll_at   TEXT,
    created_at     TEXT NOT NULL,
    expires_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS device_codes_expiry ON device_codes(expires_at);
CREATE INDEX IF NOT EXISTS device_codes_user ON device_codes(user_id);

-- The short sign-in state of the browser page, found by the hash of its cookie:
-- which request it answers, how far the person got, who they proved to be.
CREATE TABLE IF NOT EXISTS signin_states (
    id_hash     TEXT PRIMARY KEY,
    flow        TEXT NOT NULL CHECK (flow IN ('authorize', 'device')),
    request     TEXT NOT NULL,
    stage       TEXT NOT NULL,
    user_id     TEXT REFERENCES users(id),
    factor      TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS signin_states_expiry ON signin_states(expires_at);
CREATE INDEX IF NOT EXISTS signin_states_user ON signin_states(user_id);

-- ======== two-step verification (TOTP, RFC 6238) ========

-- secret: AES-GCM ciphertext under the service's two-step key, bound to user_id;
-- enrolled_at NULL while enrolment waits for its first code; last_step: the
-- newest 30-second step accepted (a code is never accepted twice).
CREATE TABLE IF NOT EXISTS two_step (
    user_id     TEXT PRIMARY KEY REFERENCES users(id),
    secret      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    enrolled_at TEXT,
    last_step   INTEGER NOT NULL DEFAULT 0
);

-- One-time recovery codes, stored as SHA-256 hashes only.
CREATE TABLE IF NOT EXISTS recovery_codes (
    user_id     TEXT NOT NULL REFERENCES users(id),
    code_hash   TEXT NOT NULL,
    used_at     TEXT,
    PRIMARY KEY (user_id, code_hash)
);
