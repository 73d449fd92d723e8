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
