"""The service's database layer on a real PostgreSQL (tests/support/postgres.py starts one).

The migrations give PostgreSQL the columns SQLite gets, a database of a newer
service is refused untouched, rows read as sqlite3's do, writers take turns,
and the service's command line takes ``--database-url``. (The PostgreSQL run,
``./dev test --backend postgres``, runs the whole service suite on it besides.)
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from server import db, migrations
from tests.support import postgres

# Part of the bounded PostgreSQL run CI makes (./dev test --backend postgres --bounded).
pytestmark = pytest.mark.postgres_ci

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cluster():
    try:
        return postgres.cluster()
    except RuntimeError as exc:
        if postgres.enabled():
            raise
        pytest.skip(f"no PostgreSQL here ({exc}); ./dev test --backend postgres installs it")


@pytest.fixture
def url(cluster):
    """A new, empty database, dropped after the test."""
    name = postgres._new_name("empty")
    cluster.admin(f'CREATE DATABASE "{name}"')
    yield cluster.url(name)
    cluster.drop(name)


def _columns_sqlite(path: Path) -> dict[str, set[str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                             " AND name NOT LIKE 'sqlite_%'")]
        return {t: {r[1] for r in conn.execute(f"PRAGMA table_info({t})")} for t in tables}
    finally:
        conn.close()


def _columns_postgres(url: str) -> dict[str, set[str]]:
    conn = db.connect(url)
    try:
        found: dict[str, set[str]] = {}
        for table, column in conn.execute(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema()"):
            found.setdefault(table, set()).add(column)
        return found
    finally:
        conn.close()


def test_the_migrations_give_postgresql_the_tables_and_columns_sqlite_gets(url, tmp_path):
    assert migrations.migrate(url) == [m.version for m in migrations.MIGRATIONS]
    assert migrations.migrate(url) == []  # opening it again changes nothing
    migrations.migrate(tmp_path / "ticketpros.sqlite3")
    assert _columns_postgres(url) == _columns_sqlite(tmp_path / "ticketpros.sqlite3")
    conn = db.connect(url)
    try:
        held = [(r["version"], r["name"]) for r in conn.execute(
            "SELECT version, name FROM schema_migrations ORDER BY version")]
        assert held == [(m.version, m.name) for m in migrations.MIGRATIONS]
        # The rows the migrations insert are there too (the policy, the desktop app's client).
        assert conn.execute("SELECT version FROM policy_versions").fetchall() == [("2025-01",)]
        assert conn.execute("SELECT id FROM oauth_clients").fetchone()["id"] == "ticketpros-desktop"
        # uploads.offset, a keyword there, and a 64-bit integer as on SQLite.
        conn.execute("INSERT INTO customers (id, name, created_at) VALUES ('c', 'C', 'now')")
        conn.execute("INSERT INTO users (id, customer_id, email, name, role, password_hash, created_at)"
                     " VALUES ('u', 'c', 'u@x', 'U', 'owner', 'h', 'now')")
        conn.execute('INSERT INTO uploads (id, customer_id, user_id, length, "offset", metadata, created_at,'
                     " expires_at) VALUES ('up', 'c', 'u', ?, ?, '{}', 'now', 'later')", (2**40, 2**33))
        assert conn.execute('SELECT "offset" FROM uploads').fetchone()[0] == 2**33
        # The billing CHECK (digits only) holds there too.
        with pytest.raises(db.IntegrityError):
            conn.execute("INSERT INTO billing (customer_id, card_last4, updated_at) VALUES ('c', '12a4', 'now')")
    finally:
        conn.close()


def test_a_database_of_a_newer_service_is_refused_untouched(url):
    migrations.migrate(url)
    conn = db.connect(url)
    try:
        conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')")
        before = conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
        with pytest.raises(migrations.DatabaseTooNewError, match="newer Ticket Pros service"):
            migrations.migrate(url, [*migrations.MIGRATIONS, migrations.Migration(
                migrations.latest_version() + 1, "next", lambda c: c.execute("CREATE TABLE x (a TEXT)"))])
        assert conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == before
        assert conn.execute("SELECT to_regclass('x')").fetchone()[0] is None
    finally:
        conn.close()


def test_a_failing_migration_rolls_every_one_of_that_attempt_back(url):
    def breaks(conn: db.Connection) -> None:
        conn.execute("CREATE TABLE half_made (a TEXT)")
        conn.execute("SELECT no_such_column FROM customers")

    broken = [*migrations.MIGRATIONS, migrations.Migration(migrations.latest_version() + 1, "breaks", breaks)]
    with pytest.raises(migrations.MigrationFailedError, match=r"\(breaks\) failed"):
        migrations.migrate(url, broken)
    conn = db.connect(url)
    try:  # nothing at all was made: PostgreSQL's DDL is transactional
        assert conn.execute("SELECT count(*) FROM information_schema.tables"
                            " WHERE table_schema = current_schema()").fetchone()[0] == 0
    finally:
        conn.close()


def test_rows_read_as_sqlite_rows_and_values_keep_sqlite_shapes(url):
    conn = db.connect(url)
    try:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, flag INTEGER, note TEXT, score REAL)")
        conn.executemany("INSERT INTO t (flag, note, score) VALUES (?, ?, ?)",
                         [(True, "100% sure?", 0.5), (False, "it's", 1.5)])
        row = conn.execute("SELECT id, flag, note FROM t WHERE note LIKE ? ORDER BY id", ("100%",)).fetchone()
        assert (row[0], row["flag"], row["note"]) == (1, 1, "100% sure?")
        assert dict(row) == {"id": 1, "flag": 1, "note": "100% sure?"} and list(row.keys()) == ["id", "flag", "note"]
        total = conn.execute("SELECT SUM(flag), SUM(score), AVG(flag) FROM t").fetchone()
        assert total == (1, 2.0, 0.5) and isinstance(total[0], int)
        # LIKE ignores case, as SQLite's does; a question mark in a literal is not a placeholder.
        assert conn.execute("SELECT count(*) FROM t WHERE note LIKE 'IT''S' AND '?' = '?'").fetchone()[0] == 1
        new_id = conn.execute("INSERT INTO t (flag) VALUES (?) RETURNING id", (0,)).fetchone()["id"]
        assert new_id == 3
    finally:
        conn.close()


def test_text_with_a_nul_is_refused_before_it_is_sent_and_the_transaction_rolls_back(url):
    """PostgreSQL's text cannot hold a NUL (SQLite's can): a typed error the service answers as a
    value that is not valid, not psycopg's DataError (a 500); the connection stays usable."""
    migrations.migrate(url)
    conn = db.connect(url)
    try:
        with pytest.raises(db.TextWithNulError) as looked_up:
            conn.execute("SELECT id FROM users WHERE email = ?", ("a\x00@b",))
        assert looked_up.value.lookup  # what it names is not there
        with pytest.raises(db.TextWithNulError) as kept, db.transaction(conn):
            conn.execute("INSERT INTO customers (id, name, created_at) VALUES ('c', 'C', 'now')")
            conn.executemany("INSERT INTO customers (id, name, created_at) VALUES (?, ?, 'now')",
                             [("d", "D"), ("e", "E\x00")])
        assert not kept.value.lookup and not conn.in_transaction
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 0  # all of it rolled back
        assert conn.execute("SELECT ?::text", ("no nul",)).fetchone()[0] == "no nul"
    finally:
        conn.close()


def test_writers_take_turns_as_on_sqlite(url):
    """transaction() holds the writers' lock: a second writer waits for the first to commit."""
    migrations.migrate(url)
    first, second = db.connect(url), db.connect(url)
    order: list[str] = []
    try:
        with db.transaction(first):
            waiting = threading.Thread(target=lambda: (db.transaction(second).__enter__(), order.append("second")))
            waiting.start()
            time.sleep(0.3)
            order.append("first")
        waiting.join(10)
        assert order == ["first", "second"]
        second.execute("ROLLBACK")
    finally:
        first.close()
        second.close()


def test_migrate_command_and_clear_sentences_for_a_wrong_database(url, tmp_path):
    def server(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "server", *args], cwd=ROOT, capture_output=True,
                              text=True, timeout=60, check=False)

    done = server("migrate", "--data-dir", str(tmp_path), "--database-url", url)
    assert done.returncode == 0, done.stderr
    assert f"schema {migrations.latest_version()}" in done.stderr and "postgres@" in done.stderr
    assert not (tmp_path / "ticketpros.sqlite3").exists()  # the data dir holds no database then
    wrong = server("migrate", "--data-dir", str(tmp_path), "--database-url", "mysql://x/y")
    assert wrong.returncode != 0 and "must be a postgresql:// URL" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    gone = server("--data-dir", str(tmp_path), "--database-url", url.rsplit("/", 1)[0] + "/no_such_db")
    assert gone.returncode == 1 and "cannot reach its PostgreSQL database" in gone.stderr
    assert "Traceback" not in gone.stderr
