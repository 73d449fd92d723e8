"""Sign-in in a real browser: headless Chromium signs in on the service's page
while the SDK's loopback listener waits (RFC 8252 with PKCE), with and without
two-step verification, and on another device (RFC 8628); the refusals a hostile
or broken request must meet, each seen as the browser sees it.

One Chromium for the module; a service per test. Screenshots are taken by the
browser into $TICKETPROS_BROWSER_SHOTS (a temporary folder otherwise)."""

from __future__ import annotations

import os
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pyotp
import pytest

from api_client import KeyringTokenStore, SessionEndedError, SignInError, TicketProsClient
from api_client._oauth import CLIENT_ID, DONE_TITLE, new_state, new_verifier, s256_challenge
from server.auth import page_flow
from server.auth.oauth import BAD_LINK
from tests.support.browser import Page, start_chromium
from tests.support.service import DEMO_PASSWORD, start_service

ALICE, BOB, OWNER, OTHER = "alice@demo.example", "bob@demo.example", "owner@demo.example", "owner@other.example"


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread():
    """Overrides the suite's collection after every test (there for Qt objects): none here."""
    yield


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    shots = Path(os.environ.get("TICKETPROS_BROWSER_SHOTS") or tmp_path_factory.mktemp("browser-shots"))
    shots.mkdir(parents=True, exist_ok=True)
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield Page(driver, shots)
    finally:
        driver.quit()


@pytest.fixture
def page(browser: Page):
    browser.fresh()
    browser.console_errors()  # what an earlier test left
    yield browser
    # A blocked stylesheet, a script, anything from elsewhere would show here (the CSP reports it);
    # a page answered with an error status (400 for a refused step) is logged too, and is no such thing.
    assert [m for m in browser.console_errors()
            if "Failed to load resource: the server responded with a status of" not in m] == []


@pytest.fixture
def svc(tmp_path: Path):
    handle = start_service(tmp_path / "service-data", device_poll_interval=1)
    yield handle
    handle.stop()


@pytest.fixture
def client(svc, test_keyring):
    with TicketProsClient(svc.url, token_store=KeyringTokenStore(), max_retries=1) as c:
        yield c


class Waiting:
    """``flow.wait()`` in a thread, as the app runs it on a worker."""

    def __init__(self, flow) -> None:
        self.value = self.error = None
        self.thread = threading.Thread(target=self._run, args=(flow,))
        self.thread.start()

    def _run(self, flow) -> None:
        try:
            self.value = flow.wait(timeout=30)
        except Exception as exc:  # noqa: BLE001 - the test looks at it
            self.error = exc

    def result(self):
        self.thread.join(30)
        assert not self.thread.is_alive()
        return self.value, self.error


def sign_in(page: Page, email: str, password: str) -> None:
    page.type("Email", email)
    page.type("Password", password)
    page.press("Sign in")


def enrol(svc, email: str) -> tuple[pyotp.TOTP, int, list[str]]:
    """Two-step on for ``email`` through the API: its TOTP, the step confirmed, the recovery codes."""
    with TicketProsClient(svc.url, max_retries=1) as api:
        api.login(email, DEMO_PASSWORD, remember=False)
        secret = api.post_json("/me/two-step/enrolment")["secret"]
        totp = pyotp.TOTP(secret)
        now = svc.clock.now()
        codes = api.post_json("/me/two-step/enrolment/confirm", {"code": totp.at(now)})["recovery_codes"]
    return totp, totp.timecode(now), codes


def code_at_step(totp: pyotp.TOTP, step: int) -> str:
    return totp.generate_otp(step)


def authorize_url(svc, **params: str) -> str:
    verifier = new_verifier()
    query = {"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": "http://127.0.0.1:9/callback",
             "state": new_state(), "code_challenge": s256_challenge(verifier), "code_challenge_method": "S256"}
    query.update(params)
    return f"{svc.url}/oauth/authorize?{urlencode(query)}"


class Recorder:
    """A stand-in for an app's loopback listener that only notes what came back."""

    def __init__(self) -> None:
        seen: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.startswith("/callback"):  # not the browser's /favicon.ico
                    seen.append(self.path)
                body = b"<!doctype html><title>Recorded</title><h1>Recorded</h1>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.seen = seen
        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.uri = f"http://127.0.0.1:{self.server.server_address[1]}/callback"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def answer(self) -> dict[str, str]:
        assert len(self.seen) == 1, self.seen
        return {k: v[0] for k, v in parse_qs(urlsplit(self.seen[0]).query).items()}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def recorder():
    r = Recorder()
    yield r
    r.close()


def token_reply(svc, **form: str) -> httpx.Response:
    return httpx.post(f"{svc.url}/api/v1/oauth/token", data={"client_id": CLIENT_ID, **form}, timeout=10)


# -- signing in ----------------------------------------------------------------------------------


def test_browser_sign_in_while_the_listener_waits_then_a_replayed_code_ends_that_session(page, svc, client):
    flow = client.browser_sign_in()
    waiting = Waiting(flow)
    page.open(flow.url)
    assert page.heading == "Sign in"
    assert page.text_of("main p.muted") == "Sign in to use Ticket Pros Desktop on this computer."
    page.shot("01-sign-in")
    sign_in(page, ALICE, DEMO_PASSWORD)
    assert page.heading == DONE_TITLE and page.url.startswith(flow.redirect_uri + "?")
    page.shot("02-return-to-the-app")
    me, error = waiting.result()
    assert error is None and me.user.email == ALICE
    assert client.me().user.email == ALICE and client.account == ALICE

    # The code the browser carried, presented again (RFC 6749 §4.1.2): refused, and its session ends.
    code = parse_qs(urlsplit(page.url).query)["code"][0]
    replay = token_reply(svc, grant_type="authorization_code", code=code, redirect_uri=flow.redirect_uri,
                         code_verifier=new_verifier())
    assert replay.status_code == 400 and replay.json()["error"] == "invalid_grant"
    with pytest.raises(SessionEndedError):
        client.me()


def test_browser_sign_in_with_two_step_refuses_old_reused_and_far_codes(page, svc, client):
    totp, confirmed_step, recovery = enrol(svc, ALICE)
    flow = client.browser_sign_in()
    waiting = Waiting(flow)
    page.open(flow.url)
    sign_in(page, ALICE, DEMO_PASSWORD)
    assert page.heading == "Enter your code"
    page.shot("03-two-step-code")
    for step in (confirmed_step - 2, confirmed_step + 3, confirmed_step):  # outside the window; used already
        page.type("Code from your authenticator app", code_at_step(totp, step))
        page.press("Continue")
        assert page.heading == "Enter your code"
        assert page.alert.startswith("That code is not right"), page.alert
    page.shot("04-two-step-code-refused")
    page.type("Code from your authenticator app", code_at_step(totp, confirmed_step + 1))
    page.press("Continue")
    assert page.heading == DONE_TITLE
    me, error = waiting.result()
    assert error is None and me.user.email == ALICE

    # A recovery code works once, instead of the app's code; never twice.
    for attempt in range(2):
        page.fresh()
        flow = client.browser_sign_in()
        waiting = Waiting(flow)
        page.open(flow.url)
        sign_in(page, ALICE, DEMO_PASSWORD)
        page.type("Code from your authenticator app", recovery[0])
        page.press("Continue")
        if attempt == 0:
            assert page.heading == DONE_TITLE
            assert waiting.result()[0].user.email == ALICE
        else:
            assert page.heading == "Enter your code" and page.alert.startswith("That code is not right")
            flow.cancel()
            assert waiting.result()[1].code == "cancelled"
    # Her sign-in history says how each was made.
    history = [(e["method"], e["factor"]) for e in client.get_json("/privacy/inventory")["security_events"]
               if e["kind"] == "sign_in" and e["success"]]
    assert history.count(("browser", "password+totp")) == 1 and history.count(("browser", "password+recovery_code")) == 1


def test_two_step_required_by_the_organisation_enrols_on_the_page(page, svc, client):
    with TicketProsClient(svc.url, max_retries=1) as owner:
        owner.login(OWNER, DEMO_PASSWORD, remember=False)
        owner.put_json("/organisation/sign-in-policy", {"require_two_step": True, "allow_app_password": True})
    flow = client.browser_sign_in()
    waiting = Waiting(flow)
    page.open(flow.url)
    sign_in(page, BOB, DEMO_PASSWORD)
    assert page.heading == "Set up two-step verification"
    page.shot("05-two-step-enrolment")
    assert page.driver.find_element("css selector", "figure.qr svg").size["width"] >= 100
    totp = pyotp.TOTP(page.text_of("#secret").replace(" ", ""))
    page.type("2. Code the app shows now", "000000" if totp.now() != "000000" else "111111")
    page.press("Turn on two-step verification")
    assert page.alert.startswith("That code is not right")
    page.type("2. Code the app shows now", totp.at(svc.clock.now()))
    page.press("Turn on two-step verification")
    assert page.heading == "Save your recovery codes"
    codes = page.driver.find_elements("css selector", "ol.codes li")
    assert len(codes) == 10 and len({c.text for c in codes}) == 10
    page.shot("06-recovery-codes")
    page.press("I have saved my codes — continue")
    assert page.heading == DONE_TITLE
    me, error = waiting.result()
    assert error is None and me.user.email == BOB


def test_device_sign_in_on_the_page(page, svc, client):
    flow = client.device_sign_in()
    waiting = Waiting(flow)
    page.open(flow.verification_uri)
    assert page.heading == "Sign in a device"
    page.type("Code shown on your device", flow.user_code.lower().replace("-", ""))
    page.shot("07-device-code")
    page.press("Continue")
    sign_in(page, ALICE, DEMO_PASSWORD)
    assert page.heading == "Allow this device?" and page.text_of("p.device-code") == flow.user_code
    page.shot("08-device-allow")
    page.press("Allow")
    assert page.heading == "Device signed in"
    page.shot("09-device-signed-in")
    me, error = waiting.result()
    assert error is None and me.user.email == ALICE and client.me().user.email == ALICE


# -- refusals ------------------------------------------------------------------------------------


def test_an_answer_with_a_wrong_state_is_refused_by_the_listener(page, svc, client):
    flow = client.browser_sign_in()
    waiting = Waiting(flow)
    query = parse_qs(urlsplit(flow.url).query)
    query["state"] = ["forged-" + new_state()]
    page.open(f"{svc.url}/oauth/authorize?{urlencode({k: v[0] for k, v in query.items()})}")
    sign_in(page, ALICE, DEMO_PASSWORD)
    assert page.url.startswith(flow.redirect_uri + "?")
    assert page.heading == "Sign-in did not finish" and "not for the sign-in" in page.alert
    assert waiting.thread.is_alive() and not client.signed_in
    with svc.db() as conn:  # the code it carried was never exchanged
        assert conn.execute("SELECT count(*) FROM oauth_codes WHERE used_at IS NULL").fetchone()[0] == 1
    flow.cancel()
    assert waiting.result()[1].code == "cancelled"


def test_a_wrong_pkce_verifier_is_refused_and_burns_the_code(page, svc, recorder):
    verifier = new_verifier()
    page.open(authorize_url(svc, redirect_uri=recorder.uri, code_challenge=s256_challenge(verifier)))
    sign_in(page, ALICE, DEMO_PASSWORD)
    assert page.heading == "Recorded"
    code = recorder.answer()["code"]
    wrong = token_reply(svc, grant_type="authorization_code", code=code, redirect_uri=recorder.uri,
                        code_verifier=new_verifier())
    assert wrong.status_code == 400
    assert wrong.json() == {"error": "invalid_grant",
                            "error_description": "The code verifier does not match the code challenge (PKCE).",
                            "message_code": "oauth.pkce_mismatch", "params": {}}
    right_too_late = token_reply(svc, grant_type="authorization_code", code=code, redirect_uri=recorder.uri,
                                 code_verifier=verifier)
    assert right_too_late.status_code == 400 and right_too_late.json()["error"] == "invalid_grant"


def test_a_plain_challenge_is_sent_back_refused_and_the_sdk_says_so(page, svc, client):
    flow = client.browser_sign_in()
    waiting = Waiting(flow)
    query = {k: v[0] for k, v in parse_qs(urlsplit(flow.url).query).items()}
    query.update(code_challenge_method="plain", code_challenge=new_verifier())
    page.open(f"{svc.url}/oauth/authorize?{urlencode(query)}")
    assert page.url.startswith(flow.redirect_uri + "?")  # straight back: no sign-in page at all
    assert page.heading == "Sign-in did not finish"
    _, error = waiting.result()
    assert isinstance(error, SignInError) and error.code == "invalid_request"
    assert error.message == "Only the S256 code challenge method is supported."
    assert not client.signed_in


def test_a_redirect_that_is_not_the_apps_loopback_is_never_followed(page, svc):
    for redirect_uri in ("https://evil.example/callback", "http://localhost:8123/callback",
                         "http://127.0.0.1.evil.example:80/callback", "http://127.0.0.1:8123/elsewhere",
                         "http://127.0.0.1:8123/callback#fragment"):
        page.open(authorize_url(svc, redirect_uri=redirect_uri))
        assert page.url.startswith(svc.url + "/oauth/authorize?"), redirect_uri
        assert page.heading == "Sign-in could not continue" and page.alert == BAD_LINK, redirect_uri
        assert not page.driver.find_elements("css selector", "form"), redirect_uri
        if redirect_uri.startswith("https://evil"):
            page.shot("10-not-a-valid-link")


def test_lockout_applies_on_the_page(page, svc, recorder):
    page.open(authorize_url(svc, redirect_uri=recorder.uri))
    for _ in range(svc.settings.max_failed_logins - 1):
        sign_in(page, OTHER, "not-the-password")
        assert page.alert == "Email or password is incorrect."
    sign_in(page, OTHER, "not-the-password")
    locked = page.alert
    assert locked.startswith("Too many") and "minute" in locked, locked
    page.shot("11-locked-out")
    sign_in(page, OTHER, DEMO_PASSWORD)  # the right password changes nothing while locked
    assert page.alert == locked and recorder.seen == []
    svc.clock.advance(svc.settings.lockout + timedelta(seconds=1))
    sign_in(page, OTHER, DEMO_PASSWORD)
    assert page.heading == "Recorded" and "code" in recorder.answer()


def test_a_page_posted_from_another_site_is_refused(page, svc):
    page.open(authorize_url(svc))
    evil = (f"<!doctype html><form method=post action='{svc.url}/oauth/sign-in'>"
            "<input name=csrf value=x><input name=email value=a@b.c><input name=password value=x>"
            "<button>Go</button></form>")
    page.open("data:text/html," + evil)
    page.press("Go")  # waits for the service's answer to replace the posting page
    assert page.url == svc.url + "/oauth/sign-in"
    assert page.heading == "Sign-in could not continue"
    assert page.alert == page_flow.NOT_CHECKED
