"""The SDK against the real reference service (and MockTransport only for
replies our service would never send)."""

from __future__ import annotations

from datetime import timedelta

import httpx
import keyring
import pytest

from api_client import (
    MAX_SECRET_BYTES,
    AuthenticationError,
    ConfigurationError,
    IncompatibleServerError,
    KeyringTokenStore,
    MalformedResponseError,
    NetworkError,
    RateLimitedError,
    ServerError,
    SessionEndedError,
    TicketProsClient,
    TokenStoreError,
    normalize_base_url,
    secret_size,
)
from tests.support.service import free_port, start_service


@pytest.fixture
def client(service):
    with TicketProsClient(service.url, token_store=KeyringTokenStore(), max_retries=1) as c:
        yield c


def test_login_stores_only_a_short_refresh_token_in_the_keyring(client, test_keyring, demo_password):
    me = client.login("alice@demo.example", demo_password)
    assert me.user.name == "Alice Anders" and me.customer.name == "Demo Hauling Co"
    assert not me.user.is_owner
    assert list(test_keyring.entries) == [(KeyringTokenStore.service_name(client.base_url), "alice@demo.example")]
    for secret in test_keyring.entries.values():
        assert secret.startswith("tpr_")
        assert secret_size(secret) <= MAX_SECRET_BYTES


def test_wrong_password_is_an_authentication_error(client):
    with pytest.raises(AuthenticationError) as err:
        client.login("alice@demo.example", "wrong")
    assert not isinstance(err.value, SessionEndedError)
    assert err.value.message == "Email or password is incorrect."


def test_lockout_is_rate_limited_with_retry_after(client):
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            client.login("bob@demo.example", "wrong")
    with pytest.raises(RateLimitedError) as err:
        client.login("bob@demo.example", "wrong")
    assert err.value.retry_after and err.value.retry_after > 60
    assert "Too many failed sign-in attempts" in err.value.message


def test_transparent_refresh_after_access_token_expiry(tmp_path, test_keyring, demo_password):
    svc = start_service(tmp_path / "svc", access_token_ttl=timedelta(seconds=120))
    try:
        with TicketProsClient(svc.url, token_store=KeyringTokenStore()) as c:
            c.login("owner@demo.example", demo_password)
            stored_before = dict(test_keyring.entries)
            svc.clock.advance(timedelta(seconds=121))
            assert c.me().user.email == "owner@demo.example"
            assert test_keyring.entries != stored_before  # rotated token saved
    finally:
        svc.stop()


def test_resume_from_keyring_in_a_new_client(client, service, demo_password):
    client.login("alice@demo.example", demo_password)
    with TicketProsClient(service.url, token_store=KeyringTokenStore()) as fresh:
        assert fresh.resume("alice@demo.example")
        assert fresh.me().user.email == "alice@demo.example"


def test_revoked_session_raises_session_ended_and_forgets_the_token(client, service, test_keyring, demo_password):
    client.login("alice@demo.example", demo_password)
    with service.db() as db:
        db.execute("UPDATE sessions SET revoked_at = '2000-01-01T00:00:00Z'")
    with pytest.raises(SessionEndedError):
        client.me()
    assert test_keyring.entries == {}
    assert not client.signed_in


def test_logout_revokes_on_the_service_and_clears_the_keyring(client, service, test_keyring, demo_password):
    client.login("alice@demo.example", demo_password)
    assert client.logout() is True
    assert test_keyring.entries == {}
    with service.db() as db:
        assert db.execute("SELECT revoked_reason FROM sessions").fetchone()[0] == "signed_out"


def test_locked_keyring_keeps_the_session(client, service, test_keyring, demo_password):
    client.login("alice@demo.example", demo_password)
    test_keyring.locked = True
    with TicketProsClient(service.url, token_store=KeyringTokenStore()) as fresh:
        with pytest.raises(TokenStoreError) as err:
            fresh.resume("alice@demo.example")
        assert err.value.locked
    test_keyring.locked = False
    assert len(test_keyring.entries) == 1  # nothing was deleted while locked


def test_remember_off_keeps_tokens_out_of_the_keyring(client, test_keyring, demo_password):
    client.login("alice@demo.example", demo_password, remember=False)
    assert client.me().user.email == "alice@demo.example"
    assert test_keyring.entries == {}


def test_no_keyring_backend_is_a_clear_error_not_a_file(service, demo_password, tmp_path):
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    with TicketProsClient(service.url, token_store=KeyringTokenStore()) as c:
        c.login("alice@demo.example", demo_password)  # signs in for this run only
        assert c.unsaved_token
        assert c.me().user.email == "alice@demo.example"


def test_server_down_is_a_network_error():
    with TicketProsClient(f"http://127.0.0.1:{free_port()}", max_retries=1) as c, \
            pytest.raises(NetworkError) as err:
        c.login("a@b.c", "x")
    assert "Can't reach the service" in err.value.message


def test_plain_http_refused_for_remote_hosts():
    with pytest.raises(ConfigurationError):
        TicketProsClient("http://tickets.example.com")
    TicketProsClient("http://tickets.example.com", allow_insecure_http=True).close()
    TicketProsClient("http://localhost:8000").close()


def test_base_url_normalisation():
    assert normalize_base_url("HTTPS://API.Example.com:443/") == "https://api.example.com"
    assert normalize_base_url("api.example.com") == "https://api.example.com"
    assert normalize_base_url("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    with pytest.raises(ConfigurationError):
        normalize_base_url("ftp://x")


# -- replies our service never sends: MockTransport --------------------------


def mock_client(handler, **kwargs) -> TicketProsClient:
    return TicketProsClient("http://127.0.0.1:9", transport=httpx.MockTransport(handler), **kwargs)


def test_html_error_page_and_non_json_are_clear_errors():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="<html>Bad gateway</html>")

    with mock_client(handler, max_retries=0) as c, pytest.raises(ServerError) as err:
        c.server_info()
    assert err.value.message == "The service had a problem. Try again in a moment."

    def ok_html(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>hello</html>")

    with mock_client(ok_html) as c, pytest.raises(IncompatibleServerError):
        c.server_info()


def test_wrong_types_in_a_reply_are_malformed():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/meta"):
            return httpx.Response(200, json={"service": "ticketpros", "api_version": 1, "max_upload_size": 1})
        return httpx.Response(200, json={"access_token": 5, "refresh_token": None, "expires_in": "x"})

    with mock_client(handler) as c, pytest.raises(MalformedResponseError):
        c.login("a@b.c", "pw")


def test_retries_5xx_and_honours_retry_after(monkeypatch):
    sleeps: list[float] = []
    monkeypatch.setattr("api_client._retries.time.sleep", sleeps.append)
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.headers.get("Idempotency-Key"))
        if len(calls) == 1:
            return httpx.Response(429, headers={"Retry-After": "2"}, json={"error": {"code": "x", "message": "busy"}})
        if len(calls) == 2:
            return httpx.Response(503)
        return httpx.Response(200, json={"service": "ticketpros", "api_version": 1, "max_upload_size": 1})

    with mock_client(handler, max_retries=3) as c:
        assert c.server_info().api_version == 1
    assert len(calls) == 3 and sleeps[0] == 2.0 and len(sleeps) == 2


def test_post_retries_reuse_one_idempotency_key(monkeypatch):
    monkeypatch.setattr("api_client._retries.time.sleep", lambda s: None)
    keys = []

    def handler(request: httpx.Request) -> httpx.Response:
        keys.append(request.headers["Idempotency-Key"])
        return httpx.Response(500 if len(keys) < 3 else 204)

    with mock_client(handler, max_retries=3) as c:
        c.request("POST", "/x", authenticated=False)
    assert len(keys) == 3 and len(set(keys)) == 1


def test_gives_up_after_max_retries_with_a_server_error(monkeypatch):
    monkeypatch.setattr("api_client._retries.time.sleep", lambda s: None)
    with mock_client(lambda r: httpx.Response(500), max_retries=2) as c, pytest.raises(ServerError) as err:
        c.request("GET", "/x", authenticated=False)
    assert err.value.status == 500 and "Try again" in err.value.message


def test_4xx_is_not_retried():
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(404, json={"error": {"code": "not_found", "message": "The ticket was not found."}})

    with mock_client(handler) as c, pytest.raises(Exception) as err:
        c.request("GET", "/x", authenticated=False)
    assert len(calls) == 1 and err.value.message == "The ticket was not found."


# -- proxies -----------------------------------------------------------------


@pytest.fixture
def recording_proxy():
    from tests.support.proxy import RecordingProxy

    proxy = RecordingProxy()
    yield proxy
    proxy.close()


def test_manual_proxy_carries_sign_in(service, recording_proxy, demo_password):
    from api_client import ProxySettings

    proxy = ProxySettings("manual", recording_proxy.url)
    with TicketProsClient(service.url, proxy=proxy) as c:
        assert c.proxy_in_use == recording_proxy.url
        c.login("alice@demo.example", demo_password, remember=False)
    assert any("/api/v1/auth/login" in line for line in recording_proxy.seen)


def test_proxy_exclusions_and_switching_back_to_direct(service, recording_proxy, demo_password):
    from api_client import ProxySettings

    excluded = ProxySettings("manual", recording_proxy.url, exclusions=("127.0.0.1",))
    with TicketProsClient(service.url, proxy=excluded) as c:
        assert c.proxy_in_use is None
        c.login("alice@demo.example", demo_password, remember=False)
        assert recording_proxy.seen == []
        c.set_proxy(ProxySettings("manual", recording_proxy.url))
        assert c.me().user.email == "alice@demo.example"  # same session, now via the proxy
        assert recording_proxy.seen == [f"GET {service.url}/api/v1/me"]
        c.set_proxy(ProxySettings("none"))
        c.me()
        assert len(recording_proxy.seen) == 1


def test_invalid_manual_proxy_is_refused():
    from api_client import ProxySettings

    with pytest.raises(ConfigurationError):
        ProxySettings("manual", "not a url at all")
