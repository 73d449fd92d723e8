-- Migration 3, extraction: values read from the pictures, the job that reads them,
-- corrections people make, and review. Read by m0003_extraction.py.

-- tickets: a status for values that need a person's look, and who reviewed them.
CREATE TABLE tickets_new (
    id              TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL REFERENCES customers(id),
    uploader_id     TEXT REFERENCES users(id),   -- NULL: uploader erased (anonymised)
    ticket_number   TEXT,
    job             TEXT,
    ticket_date     TEXT,
    notes           TEXT,
    status          TEXT NOT NULL CHECK (status IN ('uploading', 'stored', 'processing', 'extracted',
                                                    'needs_review', 'failed')),
    idempotency_key TEXT,
    created_at      TEXT NOT NULL,
    reviewed_at     TEXT,
    reviewed_by     TEXT REFERENCES users(id),   -- NULL once that person is erased
    UNIQUE (customer_id, idempotency_key)
);
INSERT INTO tickets_new (id, customer_id, uploader_id, ticket_number, job, ticket_date, notes, status,
                         idempotency_key, created_at)
SELECT id, customer_id, uploader_id, ticket_number, job, ticket_date, notes, status, idempotency_key, created_at
FROM tickets;
DROP TABLE tickets;
ALTER TABLE tickets_new RENAME TO tickets;
CREATE INDEX tickets_customer ON tickets(customer_id, created_at);
CREATE INDEX tickets_uploader ON tickets(uploader_id);
CREATE INDEX tickets_customer_uploader ON tickets(customer_id, uploader_id, created_at);
CREATE INDEX tickets_customer_status ON tickets(customer_id, status, created_at);  -- To review, newest first
CREATE INDEX tickets_reviewer ON tickets(reviewed_by);

-- extracted_values: each value with where it was read, how sure, and from what.
CREATE TABLE extracted_values_new (
    ticket_id   TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    value       TEXT NOT NULL,
    confidence  REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    source      TEXT NOT NULL CHECK (source IN ('pdf_text', 'ocr', 'person')),
    page        INTEGER,                     -- 1-based, NULL: not read from a page
    box_left    REAL,                        -- the value's box, relative to its page (0..1)
    box_top     REAL,
    box_right   REAL,
    box_bottom  REAL,
    raw         TEXT,                        -- as printed (OCR), before normalising
    PRIMARY KEY (ticket_id, name)
);
-- The stand-in kept the page count and a document type, both known from the files
-- and not values of the ticket, what it kept besides (the ticket number) was typed
-- by the uploader: a person's value, certain.
INSERT INTO extracted_values_new (ticket_id, name, value, confidence, source)
SELECT ticket_id, name, value, 1.0, 'person' FROM extracted_values
WHERE name NOT IN ('pages', 'document_type');
DROP TABLE extracted_values;
ALTER TABLE extracted_values_new RENAME TO extracted_values;

-- One job per ticket to read, written in the transaction that makes the ticket
-- stored, claimed by a worker (a lease), retried up to a limit.
CREATE TABLE extraction_jobs (
    ticket_id   TEXT PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
    state       TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    lease_token TEXT,                        -- the claiming worker's, its result is kept only if it still holds it
    lease_until TEXT,
    last_error  TEXT,
    facts       TEXT,                        -- JSON: what the checks need besides values (a receipt's line sum)
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX extraction_jobs_state ON extraction_jobs(state, created_at);

-- Every correction of a value (policy: extracted values are Customer Data, and who
-- corrected them is personal information, forgotten when that person is erased).
CREATE TABLE field_corrections (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id    TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    old_value    TEXT,                       -- NULL: there was none
    new_value    TEXT,                       -- NULL: removed
    old_source   TEXT CHECK (old_source IS NULL OR old_source IN ('pdf_text', 'ocr', 'person')),
    source       TEXT NOT NULL DEFAULT 'person' CHECK (source = 'person'),
    corrected_by TEXT REFERENCES users(id),  -- NULL once that person is erased
    corrected_at TEXT NOT NULL
);
CREATE INDEX field_corrections_ticket ON field_corrections(ticket_id, id);
CREATE INDEX field_corrections_person ON field_corrections(corrected_by);
