"""The reference service's sign-in, rotation, lockout and storage, over HTTP."""

from __future__ import annotations

import contextlib
from datetime import timedelta

import httpx
import pytest

from tests.support.service import start_service

# Part of the bounded PostgreSQL run CI makes (./dev test --backend postgres --bounded).
pytestmark = pytest.mark.postgres_ci

LOGIN = "/api/v1/auth/login"


def login(url: str, email: str, password: str, **headers: str) -> httpx.Response:
    return httpx.post(url + LOGIN, json={"email": email, "password": password}, headers=headers)


def test_login_and_me(service, demo_password):
    r = login(service.url, "Alice@Demo.Example ", demo_password, **{"User-Agent": "pytest-agent"})
    assert r.status_code == 200, r.text
    tokens = r.json()
    me = httpx.get(service.url + "/api/v1/me", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert me.json()["user"]["email"] == "alice@demo.example"
    assert me.json()["user"]["role"] == "member"
    assert me.json()["customer"]["name"] == "Demo Hauling Co"
    with service.db() as db:
        event = db.execute("SELECT * FROM security_events ORDER BY id DESC LIMIT 1").fetchone()
    assert event["success"] == 1 and event["ip"] == "127.0.0.1" and event["user_agent"] == "pytest-agent"


def test_unknown_email_and_wrong_password_answer_alike(service, demo_password):
    wrong = login(service.url, "alice@demo.example", "nope")
    unknown = login(service.url, "nobody@demo.example", demo_password)
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    with service.db() as db:
        failures = db.execute("SELECT count(*) FROM security_events WHERE success = 0").fetchone()[0]
    assert failures == 2


def test_lockout_after_repeated_failures_then_unlocks(service, demo_password):
    for _ in range(service.settings.max_failed_logins - 1):
        assert login(service.url, "bob@demo.example", "bad").status_code == 401
    locked = login(service.url, "bob@demo.example", "bad")
    assert locked.status_code == 429
    assert int(locked.headers["Retry-After"]) > 0
    assert "Too many failed sign-in attempts" in locked.json()["error"]["message"]
    # Even the right password is refused while locked, and unknown emails lock the same way.
    assert login(service.url, "bob@demo.example", demo_password).status_code == 429
    for _ in range(service.settings.max_failed_logins):
        last = login(service.url, "ghost@demo.example", "bad")
    assert last.status_code == 429
    service.clock.advance(service.settings.lockout + timedelta(seconds=1))
    assert login(service.url, "bob@demo.example", demo_password).status_code == 200


@pytest.mark.sqlite_only(reason="reads the bytes of the SQLite file and its log")
def test_password_stored_only_as_scrypt_hash(service, demo_password):
    raw = service.settings.db_path.read_bytes()
    assert demo_password.encode() not in raw
    with service.db() as db:
        hashes = [row[0] for row in db.execute("SELECT password_hash FROM users")]
    assert hashes and all(h.startswith("scrypt$") and demo_password not in h for h in hashes)


def test_production_password_cost(tmp_path, demo_password):
    # The tests' services hash at a lower scrypt cost (tests/support/service.py); a real service
    # hashes at 2**15 with r=8 (32 MiB), which a hash names, and a sign-in checks at the cost it names.
    from server.auth import passwords
    from server.config import Settings

    assert Settings(data_dir=tmp_path).scrypt_n == 2**15
    stored = passwords.hash_password(demo_password, n=Settings(data_dir=tmp_path).scrypt_n)
    assert stored.startswith("scrypt$32768$8$1$")
    assert passwords.verify_password(demo_password, stored)
    assert not passwords.verify_password(demo_password + "x", stored)


@pytest.mark.sqlite_only(reason="reads the bytes of the SQLite file and its log")
def test_tokens_stored_hashed_and_short(service, demo_password):
    tokens = login(service.url, "alice@demo.example", demo_password).json()
    raw = b""
    for path in service.settings.data_dir.glob("ticketpros.sqlite3*"):
        # -wal/-shm vanish when the service closes its last connection, maybe right now.
        with contextlib.suppress(FileNotFoundError):
            raw += path.read_bytes()
    assert tokens["access_token"].encode() not in raw
    assert tokens["refresh_token"].encode() not in raw
    assert len(tokens["refresh_token"]) < 100


def refresh(url: str, token: str, key: str | None = None) -> httpx.Response:
    headers = {"Idempotency-Key": key} if key else {}
    return httpx.post(url + "/api/v1/auth/refresh", json={"refresh_token": token}, headers=headers)


def test_refresh_rotates_and_reuse_revokes_the_session(service, demo_password):
    first = login(service.url, "alice@demo.example", demo_password).json()
    second = refresh(service.url, first["refresh_token"]).json()
    assert second["refresh_token"] != first["refresh_token"]
    # A stolen, already-used refresh token comes back: the whole family dies.
    stolen = refresh(service.url, first["refresh_token"])
    assert stolen.status_code == 401 and stolen.json()["error"]["code"] == "session_revoked"
    assert refresh(service.url, second["refresh_token"]).status_code == 401
    me = httpx.get(service.url + "/api/v1/me", headers={"Authorization": f"Bearer {second['access_token']}"})
    assert me.status_code == 401


def test_refresh_retried_after_a_lost_reply_is_not_theft(service, demo_password):
    first = login(service.url, "alice@demo.example", demo_password).json()
    lost = refresh(service.url, first["refresh_token"], key="k1").json()
    again = refresh(service.url, first["refresh_token"], key="k1")
    assert again.status_code == 200
    assert refresh(service.url, lost["refresh_token"]).status_code == 401  # superseded
    assert refresh(service.url, again.json()["refresh_token"]).status_code == 200


def test_access_token_expiry(tmp_path, demo_password):
    svc = start_service(tmp_path / "svc", access_token_ttl=timedelta(seconds=60))
    try:
        tokens = login(svc.url, "alice@demo.example", demo_password).json()
        auth = {"Authorization": f"Bearer {tokens['access_token']}"}
        assert httpx.get(svc.url + "/api/v1/me", headers=auth).status_code == 200
        svc.clock.advance(timedelta(seconds=61))
        expired = httpx.get(svc.url + "/api/v1/me", headers=auth)
        assert expired.status_code == 401 and expired.json()["error"]["code"] == "token_expired"
    finally:
        svc.stop()


def test_logout_revokes(service, demo_password):
    tokens = login(service.url, "alice@demo.example", demo_password).json()
    auth = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert httpx.post(service.url + "/api/v1/auth/logout", headers=auth).status_code == 204
    assert httpx.get(service.url + "/api/v1/me", headers=auth).status_code == 401
    assert refresh(service.url, tokens["refresh_token"]).status_code == 401


@pytest.mark.parametrize("body", [b"not json", b'{"email": 5, "password": []}', b"[]", b"{}"])
def test_malformed_login_bodies_are_422_with_a_message(service, body):
    r = httpx.post(service.url + LOGIN, content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "validation_error" and r.json()["error"]["message"]


def test_openapi_is_published(service):
    spec = httpx.get(service.url + "/openapi.json").json()
    assert "/api/v1/auth/login" in spec["paths"] and "/api/v1/me" in spec["paths"]


@pytest.mark.sqlite_only(reason="reads the bytes of the SQLite file and its log")
def test_failed_sign_ins_never_store_the_typed_email(service):
    login(service.url, "typo.of.someone@demo.example", "bad")
    raw = b"".join(p.read_bytes() for p in service.settings.data_dir.glob("ticketpros.sqlite3*"))
    assert b"typo.of.someone" not in raw
