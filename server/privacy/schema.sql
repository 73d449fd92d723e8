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
INSERT OR IGNORE INTO policy_versions (version, effective_date, summary, text, published_at)
VALUES ('2025-01', '2025-01-01', 'First published version of the Ticket Pros privacy policy.', NULL,
        '2025-01-01T00:00:00.000000Z');

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
INSERT OR IGNORE INTO subprocessors (id, name, purpose, data_involved, location, added_at) VALUES
    ('sub_digitalocean', 'DigitalOcean', 'Hosting and infrastructure (compute, storage, networking)',
     'Customer Data stored/processed within the Service; logs and operational data', 'United States',
     '2025-01-01T00:00:00.000000Z'),
    ('sub_stripe', 'Stripe', 'Payment processing and subscription billing',
     'Billing and transaction data; limited payment method details; payment status', 'United States',
     '2025-01-01T00:00:00.000000Z');

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
