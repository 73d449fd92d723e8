"""The SDK's browser sign-in (PKCE, loopback listener) and device sign-in
(RFC 8628) against the real service; the page is driven over HTTP here, by
Chromium in tests/browser."""

from __future__ import annotations

import threading
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from api_client import (
    KeyringTokenStore,
    MalformedResponseError,
    SignInCancelledError,
    SignInError,
    SignInTimedOutError,
    TicketProsClient,
)
from api_client._oauth import DONE_TITLE, s256_challenge
from tests.support.service import start_service
from tests.support.signin_page import PageClient

ALICE = "alice@demo.example"


@pytest.fixture
def quick_service(tmp_path):
    """Device polls every second, so a device sign-in takes a second or two."""
    handle = start_service(tmp_path / "service-data", device_poll_interval=1)
    yield handle
    handle.stop()


@pytest.fixture
def client(quick_service):
    with TicketProsClient(quick_service.url, token_store=KeyringTokenStore(), max_retries=1) as c:
        yield c


def _in_thread(target) -> tuple[threading.Thread, dict]:
    box: dict = {}

    def run() -> None:
        try:
            box["value"] = target()
        except Exception as exc:  # noqa: BLE001 - the test looks at it
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, box


def test_pkce_challenge_is_rfc_7636s_example():
    # RFC 7636 Appendix B.
    assert s256_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_browser_sign_in_comes_back_to_the_listener_and_keeps_the_session(client, quick_service, test_keyring,
                                                                         demo_password):
    flow = client.browser_sign_in()
    query = parse_qs(urlsplit(flow.url).query)
    assert flow.url.startswith(f"{quick_service.url}/oauth/authorize?")
    assert query["code_challenge_method"] == ["S256"] and len(query["state"][0]) >= 32
    assert urlsplit(flow.redirect_uri).hostname == "127.0.0.1" and urlsplit(flow.redirect_uri).port
    waiting, box = _in_thread(flow.wait)
    with PageClient(quick_service.url) as page:
        back = page.sign_in(flow.url, ALICE, demo_password)
        assert back.status_code == 303
        location = back.headers["location"]
        assert location.startswith(flow.redirect_uri + "?")
        landing = httpx.get(location, timeout=10)
    waiting.join(10)
    assert "error" not in box, box.get("error")
    assert box["value"].user.email == ALICE
    assert landing.status_code == 200 and DONE_TITLE in landing.text
    assert "script" not in landing.text and landing.headers["content-security-policy"].startswith("default-src 'none'")
    assert client.signed_in and client.account == ALICE and client.me().user.email == ALICE
    assert list(test_keyring.entries) == [(KeyringTokenStore.service_name(client.base_url), ALICE)]
    with pytest.raises(httpx.ConnectError):
        httpx.get(flow.redirect_uri, timeout=2)  # the listener is closed once it is done


def test_an_answer_with_another_state_is_refused_and_the_real_one_still_counts(client, quick_service,
                                                                             demo_password):
    flow = client.browser_sign_in()
    waiting, box = _in_thread(flow.wait)
    with PageClient(quick_service.url) as page:
        location = page.sign_in(flow.url, ALICE, demo_password).headers["location"]
    code = parse_qs(urlsplit(location).query)["code"][0]
    forged = httpx.get(flow.redirect_uri, params={"code": code, "state": "someone-elses"}, timeout=10)
    assert forged.status_code == 400 and "not for the sign-in" in forged.text
    assert waiting.is_alive()
    assert httpx.get(location, timeout=10).status_code == 200
    waiting.join(10)
    assert box["value"].user.email == ALICE


def test_a_refusal_sent_back_by_the_service_ends_the_wait_with_its_sentence(client, quick_service):
    flow = client.browser_sign_in()
    waiting, box = _in_thread(flow.wait)
    with PageClient(quick_service.url) as page:
        page.open(flow.url)
        back = page.post("cancel")
    assert back.status_code == 303
    httpx.get(back.headers["location"], timeout=10)
    waiting.join(10)
    assert isinstance(box["error"], SignInError) and box["error"].code == "access_denied"
    assert not client.signed_in


def test_cancel_and_time_out_end_the_wait_with_one_sentence(client):
    flow = client.browser_sign_in()
    waiting, box = _in_thread(flow.wait)
    time.sleep(0.3)
    flow.cancel()
    waiting.join(5)
    assert isinstance(box["error"], SignInCancelledError)
    assert box["error"].message == "The sign-in was cancelled."
    with client.browser_sign_in() as flow, pytest.raises(SignInTimedOutError) as err:
        flow.wait(timeout=0.5)
    assert err.value.message == "The sign-in in the browser was not finished in time; start it again."


def test_device_sign_in_polls_until_approved_on_the_page(client, quick_service, test_keyring, demo_password):
    flow = client.device_sign_in()
    assert flow.verification_uri == f"{quick_service.url}/oauth/device"
    assert flow.verification_uri_complete.endswith(flow.user_code)
    waiting, box = _in_thread(flow.wait)
    with PageClient(quick_service.url) as page:
        page.open("/oauth/device")
        page.post("device_code", user_code=flow.user_code.lower().replace("-", " "))
        page.post("sign_in", email=ALICE, password=demo_password)
        assert flow.user_code in page.page.text  # the codes to compare, before allowing
        done = page.post("approve")
        assert done.status_code == 200
    waiting.join(15)
    assert "error" not in box, box.get("error")
    assert box["value"].user.email == ALICE and client.me().user.email == ALICE
    assert list(test_keyring.entries) == [(KeyringTokenStore.service_name(client.base_url), ALICE)]


def test_device_sign_in_declined_on_the_page_says_so(client, quick_service, demo_password):
    flow = client.device_sign_in()
    waiting, box = _in_thread(flow.wait)
    with PageClient(quick_service.url) as page:
        page.open(flow.verification_uri_complete)
        page.post("device_code", user_code=flow.user_code)
        page.post("sign_in", email=ALICE, password=demo_password)
        page.post("cancel")
    waiting.join(15)
    assert isinstance(box["error"], SignInError) and box["error"].code == "access_denied"
    assert box["error"].message == "The sign-in was declined on the other device."
    assert box["error"].sentence is not None and box["error"].sentence.code == "oauth.device_declined"
    assert not client.signed_in


@pytest.mark.parametrize("change", [
    {"authorization_endpoint": "https://evil.example/oauth/authorize"},
    {"token_endpoint": "http://127.0.0.1:1/api/v1/oauth/token"},
    {"code_challenge_methods_supported": ["plain"]},
])
def test_sign_in_settings_pointing_elsewhere_are_refused_before_anything_opens(change):
    # A reply our service never sends (MockTransport): metadata that would send the code or the browser away.
    base = "https://tickets.example.com"
    metadata = {"issuer": base, "authorization_endpoint": f"{base}/oauth/authorize",
                "token_endpoint": f"{base}:443/api/v1/oauth/token",
                "device_authorization_endpoint": f"{base}/api/v1/oauth/device-authorization",
                "code_challenge_methods_supported": ["S256"]}

    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/meta":
            return httpx.Response(200, json={"service": "ticketpros", "api_version": 1, "max_upload_size": 1})
        return httpx.Response(200, json=metadata)

    with TicketProsClient(base, transport=httpx.MockTransport(reply), max_retries=0) as client:
        with client.browser_sign_in() as flow:  # as the service sends them (":443" is the same origin)
            assert flow.url.startswith(f"{base}/oauth/authorize?")
        metadata.update(change)
        with pytest.raises(MalformedResponseError) as err:
            client.browser_sign_in()
    assert err.value.message == "The service's sign-in settings are not ones the app can use safely."
