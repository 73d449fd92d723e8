"""The versioned service database: every schema the service ever shipped
(tests/server/fixtures/schemas, taken from git history) filled with pending
work, opened by today's service, and that work carried to the end over HTTP;
a database of a newer service refused untouched; backups before migrating.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from PIL import Image

from api_client import verify_export
from server import migrations
from server.auth.passwords import hash_password
from server.db import initialise
from tests.server.tus_raw import TusClient
from tests.support.service import free_port, start_service

# The data dirs and schemas of earlier releases are SQLite files; a PostgreSQL database starts
# at migration 1 (tests/server/test_postgres.py).
pytestmark = pytest.mark.sqlite_only(reason="opens the SQLite files of earlier releases")

FIXTURES = Path(__file__).parent / "fixtures" / "schemas"
COMMITS = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
#: From ef14f9e on, login_failures is keyed by a SHA-256 of the address (see the fixtures' README).
HASHED_THROTTLE = {"ef14f9e", "3ef84db", "4df40e2", "7e1b4ad"}
#: Test-only password of the accounts made below.
PASSWORD = "legacy-test-password"
LEGACY_REFRESH = "tpr_legacy-refresh-token-of-alice"
DB_NAME = "ticketpros.sqlite3"


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def jpeg(shade: int, size: tuple[int, int] = (64, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (shade, 120, 200 - shade)).save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def legacy_database(commit: str, data_dir: Path) -> Path:
    """A database as the service of ``commit`` made it (every domain's schema.sql in its order)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    for script in sorted((FIXTURES / commit).glob("*.sql")):
        conn.executescript(script.read_text("utf-8"))
    conn.close()
    return path


@dataclass
class Pending:
    """What a legacy data dir holds that is not finished yet."""

    tables: set[str]
    ticket_file: bytes = b""
    upload_id: str = ""
    upload_data: bytes = b""
    upload_offset: int = 0
    uploading_ticket: str = ""
    access_request: str = ""
    objection_request: str = ""


def fill(commit: str, data_dir: Path) -> Pending:
    """Accounts, a session, a lockout and, as far as the schema allows, tickets,
    a half-received upload, privacy requests and privacy-dashboard records."""
    now = datetime.now(UTC)
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("PRAGMA foreign_keys = ON")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    pending = Pending(tables)
    hashed = hash_password(PASSWORD, n=2**12)
    with conn:
        conn.execute("INSERT INTO customers (id, name, created_at) VALUES ('cus_legacy', 'Legacy Hauling', ?)",
                     (iso(now),))
        for user_id, email, name, role in (("usr_owner", "owner@legacy.example", "Olive Owner", "owner"),
                                           ("usr_alice", "alice@legacy.example", "Alice Legacy", "member"),
                                           ("usr_bob", "bob@legacy.example", "Bob Legacy", "member")):
            conn.execute(
                "INSERT INTO users (id, customer_id, email, name, role, password_hash, created_at)"
                " VALUES (?, 'cus_legacy', ?, ?, ?, ?, ?)", (user_id, email, name, role, hashed, iso(now)))
        conn.execute(
            "INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip, user_agent)"
            " VALUES ('ses_alice', 'usr_alice', ?, ?, ?, '127.0.0.1', 'TicketProsDesktop/0.1')",
            (iso(now - timedelta(days=1)), iso(now - timedelta(hours=1)), iso(now + timedelta(days=20))))
        conn.execute("INSERT INTO refresh_tokens (token_hash, session_id, issued_at) VALUES (?, 'ses_alice', ?)",
                     (sha(LEGACY_REFRESH.encode()), iso(now - timedelta(hours=1))))
        conn.execute(
            "INSERT INTO security_events (user_id, customer_id, kind, at, ip, user_agent, success)"
            " VALUES ('usr_alice', 'cus_legacy', 'sign_in', ?, '127.0.0.1', 'TicketProsDesktop/0.1', 1)",
            (iso(now - timedelta(days=1)),))
        # Bob typed a wrong password too often: locked for another hour, counted under the
        # address as typed; a file that lived through ef14f9e counted it under the hash as well.
        lockout = (iso(now - timedelta(minutes=2)), iso(now + timedelta(hours=1)))
        keys = ["bob@legacy.example"] + ([sha(b"login:bob@legacy.example")] if commit in HASHED_THROTTLE else [])
        conn.executemany("INSERT INTO login_failures (email_key, failures, first_failure_at, locked_until)"
                         " VALUES (?, 0, ?, ?)", [(key, *lockout) for key in keys])
        if "tickets" in tables:
            _fill_tickets(conn, data_dir, now, pending)
        if "uploads" in tables:
            _fill_uploads(conn, data_dir, now, pending)
        if "privacy_requests" in tables:
            _fill_requests(conn, now, pending)
        if "usage_events" in tables:
            conn.execute("INSERT INTO billing (customer_id, payment_status, card_last4, card_brand, updated_at)"
                         " VALUES ('cus_legacy', 'active', '4242', 'Visa', ?)", (iso(now),))
            conn.execute("INSERT INTO policy_acknowledgements (user_id, version, at, ip)"
                         " VALUES ('usr_alice', '2025-01', ?, '127.0.0.1')", (iso(now - timedelta(days=3)),))
            conn.executemany(
                "INSERT INTO usage_events (user_id, customer_id, at, action, user_agent)"
                " VALUES ('usr_alice', 'cus_legacy', ?, 'GET /tickets', 'TicketProsDesktop/0.1')",
                [(iso(now - timedelta(hours=h)),) for h in (1, 2, 3)])
    conn.close()
    return pending


def _store(data_dir: Path, data: bytes) -> str:
    key = f"{sha(data)[:2]}/{sha(data)}"
    path = data_dir / "files" / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return key


def _fill_tickets(conn: sqlite3.Connection, data_dir: Path, now: datetime, pending: Pending) -> None:
    pending.ticket_file = jpeg(10)
    conn.execute(
        "INSERT INTO tickets (id, customer_id, uploader_id, ticket_number, job, notes, status, created_at)"
        " VALUES ('tkt_stored', 'cus_legacy', 'usr_alice', 'L-1', 'Quarry', 'Kept since the old release',"
        " 'extracted', ?)", (iso(now - timedelta(days=2)),))
    conn.execute(
        "INSERT INTO ticket_files (id, ticket_id, page, sha256, size, mime, original_name, storage_key,"
        " created_at) VALUES ('fil_stored', 'tkt_stored', 1, ?, ?, 'image/jpeg', 'old.jpg', ?, ?)",
        (sha(pending.ticket_file), len(pending.ticket_file), _store(data_dir, pending.ticket_file),
         iso(now - timedelta(days=2))))
    conn.execute("INSERT INTO extracted_values (ticket_id, name, value) VALUES ('tkt_stored', 'pages', '1')")
    conn.execute(
        "INSERT INTO support_messages (id, customer_id, user_id, subject, body, created_at)"
        " VALUES ('msg_1', 'cus_legacy', 'usr_alice', 'Scanner', 'The scanner jams.', ?)", (iso(now),))


def _fill_uploads(conn: sqlite3.Connection, data_dir: Path, now: datetime, pending: Pending) -> None:
    """Page 2 of a two-page ticket half received (page 1 is stored), and a refused upload."""
    first = jpeg(40)
    pending.uploading_ticket = "tkt_uploading"
    conn.execute(
        "INSERT INTO tickets (id, customer_id, uploader_id, ticket_number, status, idempotency_key,"
        " created_at) VALUES ('tkt_uploading', 'cus_legacy', 'usr_alice', 'L-2', 'uploading', 'legacy-2p', ?)",
        (iso(now - timedelta(minutes=30)),))
    conn.execute(
        "INSERT INTO ticket_files (id, ticket_id, page, sha256, size, mime, original_name, storage_key,"
        " created_at) VALUES ('fil_page1', 'tkt_uploading', 1, ?, ?, 'image/jpeg', 'front.jpg', ?, ?)",
        (sha(first), len(first), _store(data_dir, first), iso(now - timedelta(minutes=30))))
    pending.upload_data = jpeg(80, (640, 480))
    pending.upload_offset = len(pending.upload_data) // 2
    pending.upload_id = "upl_halfway"
    metadata = {"filename": "back.jpg", "filetype": "image/jpeg", "sha256": sha(pending.upload_data),
                "ticket_key": "legacy-2p", "page": 2, "page_count": 2, "ticket_number": "L-2",
                "job": None, "ticket_date": None, "notes": None}
    conn.execute(
        "INSERT INTO uploads (id, customer_id, user_id, length, offset, metadata, idempotency_key, created_at,"
        " expires_at, status) VALUES (?, 'cus_legacy', 'usr_alice', ?, ?, ?, 'legacy-upload-key', ?, ?,"
        " 'receiving')",
        (pending.upload_id, len(pending.upload_data), pending.upload_offset, json.dumps(metadata, sort_keys=True),
         iso(now - timedelta(minutes=20)), iso(now + timedelta(hours=20))))
    part = data_dir / "uploads" / f"{pending.upload_id}.part"
    part.parent.mkdir(parents=True, exist_ok=True)
    part.write_bytes(pending.upload_data[:pending.upload_offset])
    conn.execute(
        "INSERT INTO uploads (id, customer_id, user_id, length, offset, metadata, created_at, expires_at,"
        " status, error_status, error_code, error_message) VALUES ('upl_refused', 'cus_legacy', 'usr_alice',"
        " 10, 10, ?, ?, ?, 'rejected', 415, 'unsupported_type', 'This file is not a photo or PDF the service"
        " accepts.')", (json.dumps({**metadata, "sha256": None, "ticket_key": None, "page": 1, "page_count": 1}),
                        iso(now - timedelta(minutes=20)), iso(now + timedelta(hours=20))))


def _fill_requests(conn: sqlite3.Connection, now: datetime, pending: Pending) -> None:
    """Alice's access request waits for the owner; Bob's objection was approved
    but the old service stopped before it carried it out."""
    filed = now - timedelta(days=2)
    for request_id, user, kind, state in (("prq_access", "usr_alice", "access", "pending_owner"),
                                          ("prq_objection", "usr_bob", "objection", "approved")):
        conn.execute(
            "INSERT INTO privacy_requests (id, customer_id, requester_id, type, state, routed_to, note,"
            " created_at, updated_at, due_at) VALUES (?, 'cus_legacy', ?, ?, ?, 'owner', 'Filed before the"
            " upgrade.', ?, ?, ?)", (request_id, user, kind, state, iso(filed), iso(filed),
                                     iso(filed + timedelta(days=30))))
        conn.execute(
            "INSERT INTO privacy_request_events (request_id, at, actor_id, actor_kind, from_state, to_state)"
            " VALUES (?, ?, ?, 'requester', NULL, 'pending_owner')", (request_id, iso(filed), user))
    conn.execute(
        "INSERT INTO privacy_request_events (request_id, at, actor_id, actor_kind, from_state, to_state)"
        " VALUES ('prq_objection', ?, 'usr_owner', 'owner', 'pending_owner', 'approved')", (iso(now),))
    pending.access_request, pending.objection_request = "prq_access", "prq_objection"


def layout(db_path: Path) -> dict[tuple[str, str], str]:
    """Every table and index with its definition (whitespace and comments aside)."""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    finally:
        conn.close()
    return {(kind, name): " ".join(re.sub(r"--[^\n]*", "", sql or "").split()) for kind, name, sql in rows}


def fresh_layout(tmp_path: Path) -> dict[tuple[str, str], str]:
    path = tmp_path / "fresh" / DB_NAME
    initialise(path)
    return layout(path)


# --- every historical schema, carried to the end ------------------------------------------------


def login(url: str, email: str) -> httpx.Response:
    return httpx.post(url + "/api/v1/auth/login", json={"email": email, "password": PASSWORD})


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("commit", COMMITS)
@pytest.mark.disk_storage  # a release's data dir holds its files in itself
def test_a_data_dir_of_every_release_opens_and_its_pending_work_finishes(commit, tmp_path):
    data_dir = tmp_path / "service"
    legacy_database(commit, data_dir)
    pending = fill(commit, data_dir)
    before = sqlite3.connect(data_dir / DB_NAME)
    users_before = before.execute("SELECT * FROM users ORDER BY id").fetchall()
    before.close()

    service = start_service(data_dir, seed=False)
    try:
        url = service.url
        # The file now has today's layout and says so; a copy of what it was is kept beside it.
        assert layout(data_dir / DB_NAME) == fresh_layout(tmp_path)
        conn = service.db()
        assert [tuple(r) for r in conn.execute("SELECT version, name FROM schema_migrations ORDER BY version")] \
            == [(m.version, m.name) for m in migrations.MIGRATIONS]
        assert not conn.execute("SELECT 1 FROM login_failures WHERE email_key LIKE '%@%'").fetchone()
        conn.close()
        copy = data_dir / "ticketpros.schema-0.backup.sqlite3"
        assert oct(copy.stat().st_mode & 0o777) == "0o600"
        saved = sqlite3.connect(copy)
        assert saved.execute("SELECT * FROM users ORDER BY id").fetchall() == users_before
        assert not saved.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").fetchone()
        saved.close()

        # Sign-in works; the old session still refreshes; Bob's lockout still holds.
        owner = login(url, "owner@legacy.example")
        assert owner.status_code == 200, owner.text
        owner_token = owner.json()["access_token"]
        rotated = httpx.post(url + "/api/v1/auth/refresh", json={"refresh_token": LEGACY_REFRESH})
        assert rotated.status_code == 200, rotated.text
        alice_token = rotated.json()["access_token"]
        me = httpx.get(url + "/api/v1/me", headers=bearer(alice_token)).json()
        assert me["user"]["email"] == "alice@legacy.example" and me["customer"]["name"] == "Legacy Hauling"
        locked = login(url, "bob@legacy.example")
        assert locked.status_code == 429 and locked.json()["error"]["code"] == "too_many_attempts"

        if "tickets" in pending.tables:
            listed = httpx.get(url + "/api/v1/tickets", headers=bearer(alice_token)).json()
            assert "tkt_stored" in {t["id"] for t in listed["items"]}
            got = httpx.get(url + "/api/v1/tickets/tkt_stored/files/fil_stored", headers=bearer(alice_token))
            assert got.status_code == 200 and got.content == pending.ticket_file
            # The old stand-in never read it: it waits to be read now, its made-up "pages" value gone.
            old = httpx.get(url + "/api/v1/tickets/tkt_stored", headers=bearer(alice_token)).json()
            assert old["status"] == "stored" and old["extracted_values"] == {}
            with service.db() as db:
                assert db.execute("SELECT state FROM extraction_jobs WHERE ticket_id = 'tkt_stored'").fetchone()[0] \
                    == "queued"

        if "uploads" in pending.tables:
            tus = TusClient(url, alice_token)
            location = f"{url}/api/v1/uploads/{pending.upload_id}"
            state = tus.head(location)
            assert state.status_code == 200, state.text
            assert int(state.headers["Upload-Offset"]) == pending.upload_offset
            rest = tus.patch(location, pending.upload_offset, pending.upload_data[pending.upload_offset:])
            assert rest.status_code == 204, rest.text
            assert rest.headers["Ticket-Id"] == pending.uploading_ticket
            ticket = tus.get(f"/tickets/{pending.uploading_ticket}").json()
            assert ticket["status"] == "stored" and [f["page"] for f in ticket["files"]] == [1, 2]
            with service.db() as db:  # complete: queued for reading
                assert db.execute("SELECT state FROM extraction_jobs WHERE ticket_id = ?",
                                  (pending.uploading_ticket,)).fetchone()[0] == "queued"
            assert not (data_dir / "uploads" / f"{pending.upload_id}.part").exists()
            refused = tus.patch(f"{url}/api/v1/uploads/upl_refused", 10, b"")  # a retry learns why
            assert refused.status_code == 410 and refused.json()["error"]["code"] == "unsupported_type"

        if "privacy_requests" in pending.tables:
            # The approved objection the old service never carried out was finished at start-up.
            objection = httpx.get(f"{url}/api/v1/privacy-requests/{pending.objection_request}",
                                  headers=bearer(owner_token)).json()
            assert objection["state"] == "completed", objection
            approved = httpx.post(f"{url}/api/v1/privacy-requests/{pending.access_request}/approve",
                                  json={}, headers=bearer(owner_token))
            assert approved.status_code == 200 and approved.json()["state"] == "completed", approved.text
            link = httpx.post(f"{url}/api/v1/privacy-requests/{pending.access_request}/export-link",
                              headers=bearer(alice_token)).json()
            export = httpx.get(url + link["url"], headers=bearer(alice_token))
            assert export.status_code == 200
            (tmp_path / "export.zip").write_bytes(export.content)
            verify_export(tmp_path / "export.zip")
            with zipfile.ZipFile(tmp_path / "export.zip") as archive:
                assert json.loads(archive.read("profile.json"))["email"] == "alice@legacy.example"
                exported = {t["id"] for t in json.loads(archive.read("tickets.json"))}
            assert ("tkt_stored" in exported) == ("tickets" in pending.tables)

        if "usage_events" in pending.tables:
            inventory = httpx.get(url + "/api/v1/privacy/inventory", headers=bearer(alice_token)).json()
            assert inventory["policy"]["acknowledged"] is True
            assert inventory["usage"]["events"] >= 3
            billing = httpx.get(url + "/api/v1/privacy/billing", headers=bearer(owner_token)).json()
            assert billing["card_last4"] == "4242"
    finally:
        service.stop()



# --- newer databases, strangers, failures and backups --------------------------------------------


def newer_database(data_dir: Path) -> Path:
    path = data_dir / DB_NAME
    initialise(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO schema_migrations (version, name, applied_at)"
                     " VALUES (99, 'from_a_future_release', '2099-01-01T00:00:00.000000Z')")
    conn.close()
    return path


def files_of(folder: Path) -> dict[str, str]:
    return {p.name: sha(p.read_bytes()) for p in folder.iterdir() if p.is_file()}


def run_server(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "server", *args], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2], check=False)


def test_a_database_of_a_newer_service_is_refused_in_one_sentence_and_never_touched(tmp_path):
    data_dir = tmp_path / "service"
    newer_database(data_dir)
    before = files_of(data_dir)
    expected = "This database was written by a newer Ticket Pros service (schema 99); update the service.\n"

    served = run_server("--data-dir", str(data_dir), "--port", str(free_port()))
    assert (served.returncode, served.stderr) == (1, expected)
    operator = run_server("publish-policy", "--data-dir", str(data_dir), "--version", "2099-01",
                          "--effective", "2099-01-01", "--summary", "Later", "--text", __file__)
    assert (operator.returncode, operator.stderr) == (1, expected)
    assert files_of(data_dir) == before  # the same files, byte for byte: no backup, no WAL left behind


def test_a_file_that_is_not_a_service_database_is_refused_untouched(tmp_path):
    stranger = tmp_path / "stranger" / DB_NAME
    stranger.parent.mkdir()
    conn = sqlite3.connect(stranger)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    before = files_of(stranger.parent)
    with pytest.raises(migrations.UnknownDatabaseError, match="not a Ticket Pros service database"):
        initialise(stranger)
    assert files_of(stranger.parent) == before

    changed = legacy_database("7e1b4ad", tmp_path / "changed")
    conn = sqlite3.connect(changed)
    conn.execute("ALTER TABLE users ADD COLUMN nickname TEXT")
    conn.close()
    with pytest.raises(migrations.MigrationFailedError, match="its users is not as any Ticket Pros release"):
        initialise(changed)
    conn = sqlite3.connect(changed)
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").fetchone()
    conn.close()


def test_a_migration_recorded_under_another_name_is_refused(tmp_path):
    path = tmp_path / DB_NAME
    initialise(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE schema_migrations SET name = 'something_else' WHERE version = 1")
    conn.close()
    with pytest.raises(migrations.UnknownDatabaseError, match="migration 1 as “something_else”"):
        initialise(path)


def _adds_table(version: int) -> migrations.Migration:
    return migrations.Migration(version, f"table_{version}",
                                lambda conn: conn.execute(f"CREATE TABLE extra_{version} (id TEXT)"))


def test_migrations_run_in_one_transaction_after_a_backup_and_old_backups_rotate(tmp_path):
    path = tmp_path / DB_NAME
    base = list(migrations.MIGRATIONS)
    latest = migrations.latest_version()
    assert migrations.migrate(path, base) == [m.version for m in base]
    assert migrations.backups(path) == []  # a new database has nothing to back up
    assert migrations.migrate(path, base) == []  # opening it again changes nothing

    def failing(conn):
        raise sqlite3.OperationalError("disk I/O error")

    broken = [*base, _adds_table(latest + 1), migrations.Migration(latest + 2, "breaks", failing)]
    with pytest.raises(migrations.MigrationFailedError, match=rf"Migration {latest + 2} \(breaks\) failed"):
        migrations.migrate(path, broken)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == latest
    assert not conn.execute(f"SELECT 1 FROM sqlite_master WHERE name = 'extra_{latest + 1}'").fetchone()
    conn.close()
    assert migrations.backups(path) == [migrations.backup_path(path, latest)]

    chain = list(base)
    for step in range(1, 4):
        chain.append(_adds_table(latest + step))
        assert migrations.migrate(path, chain) == [latest + step]
    # Copies of the states before each step; only the newest BACKUPS_KEPT remain.
    assert migrations.backups(path) == [migrations.backup_path(path, latest + 2),
                                        migrations.backup_path(path, latest + 1)]
    kept = sqlite3.connect(migrations.backup_path(path, latest + 2))
    assert kept.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == latest + 2
    kept.close()

    month_ago = time.time() - (migrations.BACKUP_MAX_AGE_DAYS + 1) * 86400
    os.utime(migrations.backup_path(path, latest + 1), (month_ago, month_ago))
    migrations.migrate(path, chain)
    assert migrations.backups(path) == [migrations.backup_path(path, latest + 2)]



def test_the_database_accepts_exactly_the_request_states_of_the_service(tmp_path):
    """The CHECK constraint is the one other spelling of RequestState; they must agree."""
    from server.requests.service import RequestState

    path = tmp_path / DB_NAME
    initialise(path)
    conn = sqlite3.connect(path)
    try:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'privacy_requests'").fetchone()[0]
    finally:
        conn.close()
    listed = re.search(r"CHECK \(state IN \(([^)]*)\)\)", sql).group(1)
    assert [s.strip(" '") for s in listed.split(",")] == [s.value for s in RequestState]


# --- schema 2 (the release before real extraction) to today ------------------------------------

VERSIONED = Path(__file__).parent / "fixtures" / "versioned"


@pytest.mark.disk_storage
def test_a_schema_2_database_keeps_its_tickets_and_queues_the_ones_the_stand_in_never_read(tmp_path):
    """Migration 3: the stand-in's made-up values go, a typed ticket number stays as the
    uploader's, tickets it marked extracted are queued for a real reading (not a
    restricted uploader's), and the service then reads them."""
    data_dir = tmp_path / "service"
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.executescript((VERSIONED / "0002" / "schema.sql").read_text("utf-8"))
    now = datetime.now(UTC)
    hashed = hash_password(PASSWORD, n=2**12)
    picture = jpeg(90, (320, 200))
    with conn:
        conn.execute("INSERT INTO customers (id, name, created_at) VALUES ('cus_v2', 'Version Two', ?)", (iso(now),))
        for user_id, email, role in (("usr_amy", "amy@v2.example", "member"), ("usr_rita", "rita@v2.example",
                                                                              "member")):
            conn.execute("INSERT INTO users (id, customer_id, email, name, role, password_hash, created_at)"
                         " VALUES (?, 'cus_v2', ?, ?, ?, ?, ?)", (user_id, email, email.title(), role, hashed,
                                                                 iso(now)))
        conn.execute("INSERT INTO user_flags (user_id, flag, set_at) VALUES ('usr_rita', 'restriction', ?)",
                     (iso(now),))
        key = _store(data_dir, picture)
        for ticket_id, user, number, status in (("tkt_read", "usr_amy", "A-1", "extracted"),
                                                ("tkt_midway", "usr_amy", None, "processing"),
                                                ("tkt_waiting", "usr_amy", "A-3", "stored"),
                                                ("tkt_failed", "usr_amy", "A-4", "failed"),
                                                ("tkt_restricted", "usr_rita", "R-1", "extracted")):
            conn.execute("INSERT INTO tickets (id, customer_id, uploader_id, ticket_number, status, created_at)"
                         " VALUES (?, 'cus_v2', ?, ?, ?, ?)", (ticket_id, user, number, status, iso(now)))
            conn.execute("INSERT INTO ticket_files (id, ticket_id, page, sha256, size, mime, original_name,"
                         " storage_key, created_at) VALUES (?, ?, 1, ?, ?, 'image/jpeg', 'p.jpg', ?, ?)",
                         (f"fil_{ticket_id}", ticket_id, sha(picture), len(picture), key, iso(now)))
            if status == "extracted":
                values = {"pages": "1", "document_type": "photo", **({"ticket_number": number} if number else {})}
                conn.executemany("INSERT INTO extracted_values (ticket_id, name, value) VALUES (?, ?, ?)",
                                 [(ticket_id, n, v) for n, v in values.items()])
    conn.close()

    service = start_service(data_dir, seed=False)
    try:
        assert layout(data_dir / DB_NAME) == fresh_layout(tmp_path)
        assert (data_dir / "ticketpros.schema-2.backup.sqlite3").is_file()
        db = service.db()
        assert [r[0] for r in db.execute("SELECT version FROM schema_migrations ORDER BY version")] == [
            m.version for m in migrations.MIGRATIONS]
        status = dict(db.execute("SELECT id, status FROM tickets").fetchall())
        assert status == {"tkt_read": "stored", "tkt_midway": "stored", "tkt_waiting": "stored",
                          "tkt_failed": "failed", "tkt_restricted": "extracted"}
        jobs = dict(db.execute("SELECT ticket_id, state FROM extraction_jobs").fetchall())
        assert jobs == {"tkt_read": "queued", "tkt_midway": "queued"}
        values = [tuple(r) for r in db.execute(
            "SELECT ticket_id, name, value, confidence, source FROM extracted_values ORDER BY ticket_id")]
        assert values == [("tkt_read", "ticket_number", "A-1", 1.0, "person"),
                          ("tkt_restricted", "ticket_number", "R-1", 1.0, "person")]
        db.close()

        assert service.read_tickets() == 2
        db = service.db()
        read = dict(db.execute("SELECT id, status FROM tickets WHERE id IN ('tkt_read', 'tkt_midway')").fetchall())
        # A picture with nothing printed: the typed number is all there is; without one, nothing was read.
        assert read == {"tkt_read": "extracted", "tkt_midway": "needs_review"}
        assert db.execute("SELECT count(*) FROM extraction_jobs WHERE state != 'done'").fetchone()[0] == 0
        db.close()
        token = login(service.url, "amy@v2.example").json()["access_token"]
        body = httpx.get(service.url + "/api/v1/tickets/tkt_read", headers=bearer(token)).json()
        assert body["extracted_values"] == {"ticket_number": "A-1"} and body["fields"][0]["source"] == "person"
    finally:
        service.stop()


def test_a_schema_4_database_gets_quality_warnings_and_merges_and_keeps_its_tickets(tmp_path):
    """Migration 5: tickets made before the photo check have no warning; merges are recorded."""
    db_path = tmp_path / DB_NAME
    assert migrations.migrate(db_path, migrations.MIGRATIONS[:4]) == [1, 2, 3, 4]
    conn = sqlite3.connect(db_path)
    now = iso(datetime.now(UTC))
    with conn:
        conn.execute("INSERT INTO customers (id, name, created_at) VALUES ('cus_v4', 'Version Four', ?)", (now,))
        conn.execute("INSERT INTO users (id, customer_id, email, name, role, password_hash, created_at)"
                     " VALUES ('usr_v4', 'cus_v4', 'v4@example.test', 'Vera', 'owner', 'x', ?)", (now,))
        conn.execute("INSERT INTO tickets (id, customer_id, uploader_id, ticket_number, status, created_at)"
                     " VALUES ('tkt_v4', 'cus_v4', 'usr_v4', 'V-4', 'extracted', ?)", (now,))
    assert "quality_warning" not in {r[1] for r in conn.execute("PRAGMA table_info(tickets)")}
    conn.close()

    assert migrations.migrate(db_path, migrations.MIGRATIONS[:5]) == [5]
    assert (tmp_path / "ticketpros.schema-4.backup.sqlite3").is_file()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT id, ticket_number, status, quality_warning FROM tickets").fetchall() == [
            ("tkt_v4", "V-4", "extracted", None)]
        assert conn.execute("SELECT count(*) FROM ticket_merges").fetchone()[0] == 0
        columns = {r[1] for r in conn.execute("PRAGMA table_info(ticket_merges)")}
        assert columns == {"id", "ticket_id", "merged_ids", "pages", "merged_by", "merged_at"}
    finally:
        conn.close()


def test_a_schema_5_database_keeps_its_request_notes_in_english_and_codes_the_new_ones(tmp_path):
    """Migration 6: notes the service wrote before have no code (their English stays, sent as it is);
    notes written after carry their code and params, through the service's reply."""
    data_dir = tmp_path / "service-data"
    data_dir.mkdir()
    db_path = data_dir / DB_NAME
    assert migrations.migrate(db_path, migrations.MIGRATIONS[:5]) == [1, 2, 3, 4, 5]
    conn = sqlite3.connect(db_path)
    now = iso(datetime.now(UTC))
    due = iso(datetime.now(UTC) + timedelta(days=30))
    with conn:
        conn.execute("INSERT INTO customers (id, name, created_at) VALUES ('cus_v5', 'Version Five', ?)", (now,))
        conn.execute("INSERT INTO users (id, customer_id, email, name, role, password_hash, created_at)"
                     " VALUES ('usr_v5', 'cus_v5', 'v5@example.test', 'Vic', 'owner', ?, ?)",
                     (hash_password(PASSWORD, n=2**12), now))
        conn.execute("INSERT INTO privacy_requests (id, customer_id, requester_id, type, state, routed_to,"
                     " created_at, updated_at, due_at) VALUES ('prq_v5', 'cus_v5', 'usr_v5', 'objection',"
                     " 'pending_owner', 'service', ?, ?, ?)", (now, now, due))
        conn.execute("INSERT INTO privacy_request_events (request_id, at, actor_id, actor_kind, from_state,"
                     " to_state, note) VALUES ('prq_v5', ?, 'usr_v5', 'requester', NULL, 'pending_owner',"
                     " 'Requests of the Account Owner go to Ticket Pros directly.')", (now,))
    assert "note_code" not in {r[1] for r in conn.execute("PRAGMA table_info(privacy_request_events)")}
    conn.close()

    handle = start_service(data_dir, seed=False)  # opens the schema-5 file, migrates it to 6
    try:
        assert (data_dir / "ticketpros.schema-5.backup.sqlite3").is_file()
        with httpx.Client(base_url=handle.url + "/api/v1") as http:
            token = http.post("/auth/login", json={"email": "v5@example.test", "password": PASSWORD}).json()
            auth = {"Authorization": f"Bearer {token['access_token']}"}
            assert http.post("/privacy-requests/prq_v5/cancel", headers=auth).status_code == 200
            events = http.get("/privacy-requests/prq_v5", headers=auth).json()["events"]
    finally:
        handle.stop()
    old, new = events
    assert old["note"] == "Requests of the Account Owner go to Ticket Pros directly."
    assert old["note_code"] is None and old["note_params"] is None
    assert (new["note"], new["note_code"], new["note_params"]) == ("Cancelled by the requester.", "note.cancelled", {})


def test_a_schema_6_database_keeps_its_refused_uploads_and_a_retry_gets_the_reasons_code_where_it_is_certain(
        tmp_path):
    """Migration 7: a refused upload keeps the code and params of its reason for every retry.
    One refused before has none: its English is sent as it was, with the code of the sentence
    it is exactly when that sentence takes no params (a reason with params stays English only)."""
    data_dir = tmp_path / "service-data"
    data_dir.mkdir()
    db_path = data_dir / DB_NAME
    assert migrations.migrate(db_path, migrations.MIGRATIONS[:6]) == [1, 2, 3, 4, 5, 6]
    conn = sqlite3.connect(db_path)
    now = datetime.now(UTC)
    metadata = json.dumps({"filename": "t.jpg", "filetype": None, "sha256": None, "ticket_key": "k", "page": 2,
                           "page_count": 2, "ticket_number": None, "job": None, "ticket_date": None,
                           "notes": None}, sort_keys=True)
    reasons = {
        "upl_v6type": ("unsupported_type", "This file is not a photo or PDF the service accepts."),
        "upl_v6page": ("page_taken", "Page 2 of this ticket has already been uploaded with other content."),
    }
    with conn:
        conn.execute("INSERT INTO customers (id, name, created_at) VALUES ('cus_v6', 'Version Six', ?)",
                     (iso(now),))
        conn.execute("INSERT INTO users (id, customer_id, email, name, role, password_hash, created_at)"
                     " VALUES ('usr_v6', 'cus_v6', 'v6@example.test', 'Val', 'owner', ?, ?)",
                     (hash_password(PASSWORD, n=2**12), iso(now)))
        for upload_id, (code, message) in reasons.items():
            conn.execute("INSERT INTO uploads (id, customer_id, user_id, length, offset, metadata, created_at,"
                         " expires_at, status, error_code, error_message) VALUES (?, 'cus_v6', 'usr_v6', 10, 0,"
                         " ?, ?, ?, 'rejected', ?, ?)",
                         (upload_id, metadata, iso(now), iso(now + timedelta(hours=24)), code, message))
    assert "error_message_code" not in {r[1] for r in conn.execute("PRAGMA table_info(uploads)")}
    conn.close()

    handle = start_service(data_dir, seed=False)  # opens the schema-6 file, migrates it to 7
    try:
        assert (data_dir / "ticketpros.schema-6.backup.sqlite3").is_file()
        with httpx.Client(base_url=handle.url + "/api/v1") as http:
            token = http.post("/auth/login", json={"email": "v6@example.test", "password": PASSWORD}).json()
            headers = {"Authorization": f"Bearer {token['access_token']}", "Tus-Resumable": "1.0.0",
                       "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0"}
            replies = {upload_id: http.patch(f"/uploads/{upload_id}", headers=headers, content=b"x")
                       for upload_id in reasons}
    finally:
        handle.stop()
    assert {upload_id: reply.status_code for upload_id, reply in replies.items()} == {
        "upl_v6type": 410, "upl_v6page": 410}
    kept_type, kept_page = replies["upl_v6type"].json()["error"], replies["upl_v6page"].json()["error"]
    assert kept_type == {"code": "unsupported_type", "message": reasons["upl_v6type"][1],
                         "message_code": "uploads.unsupported_type", "params": {}}
    assert kept_page == {"code": "page_taken", "message": reasons["upl_v6page"][1]}  # its page is not kept


def test_a_schema_7_database_keeps_an_upload_in_progress_on_disk_and_finishes_it(tmp_path):
    """Migration 8: uploads get their multipart state (empty on the disk store) and the parts
    table; an upload half received before goes on from its offset and becomes a ticket."""
    from tests import media_samples as samples

    data_dir = tmp_path / "service-data"
    data_dir.mkdir()
    db_path = data_dir / DB_NAME
    assert migrations.migrate(db_path, migrations.MIGRATIONS[:7]) == [1, 2, 3, 4, 5, 6, 7]
    photo = samples.jpeg_with_gps(tmp_path / "p.jpg").read_bytes()
    conn = sqlite3.connect(db_path)
    now = datetime.now(UTC)
    metadata = json.dumps({"filename": "p.jpg", "filetype": None, "sha256": hashlib.sha256(photo).hexdigest(),
                           "ticket_key": None, "page": 1, "page_count": 1, "ticket_number": None, "job": None,
                           "ticket_date": None, "notes": None}, sort_keys=True)
    with conn:
        conn.execute("INSERT INTO customers (id, name, created_at) VALUES ('cus_v7', 'Version Seven', ?)",
                     (iso(now),))
        conn.execute("INSERT INTO users (id, customer_id, email, name, role, password_hash, created_at)"
                     " VALUES ('usr_v7', 'cus_v7', 'v7@example.test', 'Val', 'owner', ?, ?)",
                     (hash_password(PASSWORD, n=2**12), iso(now)))
        conn.execute("INSERT INTO uploads (id, customer_id, user_id, length, offset, metadata, created_at,"
                     " expires_at, status) VALUES ('upl_v7half', 'cus_v7', 'usr_v7', ?, 100, ?, ?, ?, 'receiving')",
                     (len(photo), metadata, iso(now), iso(now + timedelta(hours=24))))
    conn.close()
    (data_dir / "uploads").mkdir()
    (data_dir / "uploads" / "upl_v7half.part").write_bytes(photo[:100])

    handle = start_service(data_dir, seed=False, storage_url=None)  # opens the schema-7 file, migrates it to 8
    try:
        with handle.db() as db:
            row = db.execute("SELECT multipart_id, incomplete_size FROM uploads WHERE id = 'upl_v7half'").fetchone()
            assert tuple(row) == (None, 0)
            assert db.execute("SELECT count(*) FROM upload_parts").fetchone()[0] == 0
        token = httpx.post(handle.url + "/api/v1/auth/login",
                           json={"email": "v7@example.test", "password": PASSWORD}).json()["access_token"]
        tus = TusClient(handle.url, token)
        location = handle.url + "/api/v1/uploads/upl_v7half"
        assert tus.head(location).headers["Upload-Offset"] == "100"
        done = tus.patch(location, 100, photo[100:])
        assert done.status_code == 204 and done.headers["Ticket-Id"].startswith("tkt"), done.text
    finally:
        handle.stop()


def test_a_schema_8_database_keeps_an_upload_in_progress_unclaimed_and_finishes_it(tmp_path):
    """Migration 9: uploads get their claim (token, holder, lease) in the database, every one
    unclaimed; an upload half received before goes on from its offset, is claimed while its
    PATCH runs and let go after, and becomes a ticket."""
    from tests import media_samples as samples

    data_dir = tmp_path / "service-data"
    data_dir.mkdir()
    db_path = data_dir / DB_NAME
    assert migrations.migrate(db_path, migrations.MIGRATIONS[:8]) == [1, 2, 3, 4, 5, 6, 7, 8]
    photo = samples.jpeg_with_gps(tmp_path / "p.jpg").read_bytes()
    conn = sqlite3.connect(db_path)
    now = datetime.now(UTC)
    metadata = json.dumps({"filename": "p.jpg", "filetype": None, "sha256": hashlib.sha256(photo).hexdigest(),
                           "ticket_key": None, "page": 1, "page_count": 1, "ticket_number": None, "job": None,
                           "ticket_date": None, "notes": None}, sort_keys=True)
    with conn:
        conn.execute("INSERT INTO customers (id, name, created_at) VALUES ('cus_v8', 'Version Eight', ?)",
                     (iso(now),))
        conn.execute("INSERT INTO users (id, customer_id, email, name, role, password_hash, created_at)"
                     " VALUES ('usr_v8', 'cus_v8', 'v8@example.test', 'Val', 'owner', ?, ?)",
                     (hash_password(PASSWORD, n=2**12), iso(now)))
        conn.execute("INSERT INTO uploads (id, customer_id, user_id, length, offset, metadata, created_at,"
                     " expires_at, status) VALUES ('upl_v8half', 'cus_v8', 'usr_v8', ?, 100, ?, ?, ?, 'receiving')",
                     (len(photo), metadata, iso(now), iso(now + timedelta(hours=24))))
    assert "claim_token" not in {r[1] for r in conn.execute("PRAGMA table_info(uploads)")}
    conn.close()
    (data_dir / "uploads").mkdir()
    (data_dir / "uploads" / "upl_v8half.part").write_bytes(photo[:100])

    handle = start_service(data_dir, seed=False, storage_url=None)  # opens the schema-8 file, migrates it to 9
    try:
        assert (data_dir / "ticketpros.schema-8.backup.sqlite3").is_file()
        with handle.db() as db:
            row = db.execute("SELECT claim_token, claim_holder, claimed_until FROM uploads"
                             " WHERE id = 'upl_v8half'").fetchone()
            assert tuple(row) == (None, None, None)
        token = httpx.post(handle.url + "/api/v1/auth/login",
                           json={"email": "v8@example.test", "password": PASSWORD}).json()["access_token"]
        tus = TusClient(handle.url, token)
        location = handle.url + "/api/v1/uploads/upl_v8half"
        assert tus.head(location).headers["Upload-Offset"] == "100"
        done = tus.patch(location, 100, photo[100:])
        assert done.status_code == 204 and done.headers["Ticket-Id"].startswith("tkt"), done.text
        with handle.db() as db:
            row = db.execute("SELECT status, claim_token FROM uploads WHERE id = 'upl_v8half'").fetchone()
            assert tuple(row) == ("completed", None)
    finally:
        handle.stop()
