"""Token refresh as one httpx auth flow (requests and streamed downloads), one
refresh for many threads, no lock held while it runs, and set_proxy that
never waits for it. Against the real service; a delaying proxy makes the
refresh slow."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import httpx
import pytest

from api_client import KeyringTokenStore, ProxySettings, SessionEndedError, TicketProsClient
from tests.support.proxy import RecordingProxy
from tests.support.service import DEMO_PASSWORD, start_service

# Measures that nothing waits for a slow refresh: run alone (./dev test's second pass).
pytestmark = pytest.mark.timing

SLOW_REFRESH = 1.5


@pytest.fixture
def short_lived(tmp_path):
    """Access tokens the service accepts for 120 s; tests move its clock past that."""
    handle = start_service(tmp_path / "svc", demo_tickets=True, access_token_ttl=timedelta(seconds=120))
    yield handle
    handle.stop()


@pytest.fixture
def slow_proxy():
    proxy = RecordingProxy(delays={"/auth/refresh": SLOW_REFRESH})
    yield proxy
    proxy.close()


def rotations(service) -> int:
    with service.db() as db:
        return db.execute("SELECT count(*) FROM refresh_tokens WHERE used_at IS NOT NULL").fetchone()[0]


def revoked(service) -> list[str]:
    with service.db() as db:
        return [r[0] for r in db.execute("SELECT revoked_reason FROM sessions WHERE revoked_at IS NOT NULL")]


def test_a_streamed_download_refreshes_once_on_401_and_is_sent_again(short_lived, tmp_path):
    with TicketProsClient(short_lived.url, token_store=KeyringTokenStore()) as c:
        c.login("owner@demo.example", DEMO_PASSWORD)
        ticket = next(t for t in c.tickets.list(limit=50).items if t.first_file_id)
        short_lived.clock.advance(timedelta(seconds=121))  # the client still thinks its token is fresh
        path = c.tickets.download(ticket.id, ticket.first_file_id, tmp_path / "page.bin")
        assert path.stat().st_size > 0
    assert rotations(short_lived) == 1 and revoked(short_lived) == []


def test_threads_that_find_the_token_expired_share_one_refresh(short_lived):
    with TicketProsClient(short_lived.url, token_store=KeyringTokenStore()) as c:
        c.login("alice@demo.example", DEMO_PASSWORD)
        short_lived.clock.advance(timedelta(seconds=121))
        start, errors, emails = threading.Barrier(8), [], []

        def call() -> None:
            start.wait()
            try:
                emails.append(c.me().user.email)
            except Exception as exc:  # noqa: BLE001 - the assertion below names it
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert errors == [] and emails == ["alice@demo.example"] * 8
    # Two refreshes with the same token would have ended the session (reuse detection).
    assert rotations(short_lived) == 1 and revoked(short_lived) == []


def test_no_lock_is_held_while_a_slow_refresh_runs(short_lived, slow_proxy):
    """The refresh goes through a proxy that holds it SLOW_REFRESH seconds;
    meanwhile reading the session and changing the proxy return at once, and
    the refresh still finishes on the connection it started on."""
    with TicketProsClient(short_lived.url, proxy=ProxySettings("manual", slow_proxy.url)) as c:
        c.login("alice@demo.example", DEMO_PASSWORD, remember=False)
        short_lived.clock.advance(timedelta(seconds=121))
        outcome: list[object] = []
        worker = threading.Thread(target=lambda: outcome.append(c.me().user.email))
        worker.start()
        deadline = time.monotonic() + 10
        while not any("/auth/refresh" in line for line in slow_proxy.seen):
            assert time.monotonic() < deadline, "the refresh never reached the proxy"
            time.sleep(0.01)

        started = time.perf_counter()
        assert c.signed_in and c.account == "alice@demo.example"
        c.set_proxy(ProxySettings("none"))
        took = time.perf_counter() - started
        assert not any("/auth/refresh" in line for line in slow_proxy.answered), "the refresh was not slow"
        worker.join(30)
        assert took < 0.05, f"set_proxy waited {took * 1000:.0f} ms for the refresh"
        assert outcome == ["alice@demo.example"]
        # The request that was waiting went on through the proxy; later ones go direct.
        seen = len(slow_proxy.seen)
        assert c.me().user.email == "alice@demo.example" and len(slow_proxy.seen) == seen


def test_a_refresh_retried_after_a_lost_reply_keeps_its_idempotency_key(monkeypatch):
    """MockTransport: our service never fails a refresh with 503."""
    monkeypatch.setattr("api_client._retries.time.sleep", lambda s: None)
    refresh_keys: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/meta"):
            return httpx.Response(200, json={"service": "ticketpros", "api_version": 1, "max_upload_size": 1})
        if path.endswith("/auth/login"):
            return httpx.Response(200, json={"access_token": "a1", "refresh_token": "r1", "expires_in": 1})
        if path.endswith("/auth/refresh"):
            refresh_keys.append(request.headers["Idempotency-Key"])
            if len(refresh_keys) == 1:
                return httpx.Response(503)
            return httpx.Response(200, json={"access_token": "a2", "refresh_token": "r2", "expires_in": 900})
        assert request.headers["Authorization"] in ("Bearer a1", "Bearer a2")
        return httpx.Response(200, json={
            "user": {"id": "u", "email": "a@b.c", "name": "A", "phone": None, "role": "member"},
            "customer": {"id": "c", "name": "C"},
        })

    client = TicketProsClient("http://127.0.0.1:9", transport=httpx.MockTransport(handler), max_retries=2)
    with client:
        client.login("a@b.c", "pw", remember=False)  # expires_in 1: the token is refreshed at once
    assert len(refresh_keys) == 2 and refresh_keys[0] == refresh_keys[1]


def test_a_refresh_that_finds_the_session_ended_signs_out_every_waiting_thread(short_lived, test_keyring):
    with TicketProsClient(short_lived.url, token_store=KeyringTokenStore()) as c:
        c.login("alice@demo.example", DEMO_PASSWORD)
        with short_lived.db() as db:
            db.execute("UPDATE sessions SET revoked_at = '2000-01-01T00:00:00Z'")
        short_lived.clock.advance(timedelta(seconds=121))
        errors: list[BaseException] = []
        threads = [threading.Thread(target=lambda: _collect(c.me, errors)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert len(errors) == 4 and all(isinstance(e, SessionEndedError) for e in errors)
        assert not c.signed_in and test_keyring.entries == {}


def _collect(fn, errors: list[BaseException]) -> None:
    try:
        fn()
    except BaseException as exc:  # noqa: BLE001 - the test looks at each
        errors.append(exc)
