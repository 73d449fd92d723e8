-- Migration 3 on PostgreSQL (m0003_extraction.py): 0003_extraction.sql rebuilds tickets
-- and extracted_values, SQLite's way to change a CHECK constraint; here they are altered in
-- place to the same columns and constraints (dropping tickets would drop every foreign key
-- that refers to it). The new tables are 0003_extraction.sql's, word for word.

-- tickets: a status for values that need a person's look, and who reviewed them.
ALTER TABLE tickets DROP CONSTRAINT tickets_status_check;
ALTER TABLE tickets ADD CONSTRAINT tickets_status_check
    CHECK (status IN ('uploading', 'stored', 'processing', 'extracted', 'needs_review', 'failed'));
ALTER TABLE tickets ADD COLUMN reviewed_at TEXT;
ALTER TABLE tickets ADD COLUMN reviewed_by TEXT REFERENCES users(id);
CREATE INDEX tickets_customer_status ON tickets(customer_id, status, created_at);
CREATE INDEX tickets_reviewer ON tickets(reviewed_by);

-- extracted_values: each value with where it was read, how sure, and from what (a value
-- kept from before is the uploader's: a person's, certain; the stand-in's pages and
-- document_type go).
DELETE FROM extracted_values WHERE name IN ('pages', 'document_type');
ALTER TABLE extracted_values ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0
    CHECK (confidence >= 0 AND confidence <= 1);
ALTER TABLE extracted_values ALTER COLUMN confidence DROP DEFAULT;
ALTER TABLE extracted_values ADD COLUMN source TEXT NOT NULL DEFAULT 'person'
    CHECK (source IN ('pdf_text', 'ocr', 'person'));
ALTER TABLE extracted_values ALTER COLUMN source DROP DEFAULT;
ALTER TABLE extracted_values ADD COLUMN page INTEGER;
ALTER TABLE extracted_values ADD COLUMN box_left REAL;
ALTER TABLE extracted_values ADD COLUMN box_top REAL;
ALTER TABLE extracted_values ADD COLUMN box_right REAL;
ALTER TABLE extracted_values ADD COLUMN box_bottom REAL;
ALTER TABLE extracted_values ADD COLUMN raw TEXT;

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
