"""The browser sign-in page against hostile input, over plain HTTP: nothing sent
is written back, no redirect goes anywhere but the app's own loopback, the one
cookie is HttpOnly, SameSite=Lax, Secure off loopback, the Content-Security-Policy
is strict and matches the page, and nothing comes from another origin."""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import urlencode, urlsplit

import httpx
import pytest

from api_client._oauth import new_state, new_verifier, s256_challenge
from server.auth import page_flow
from server.auth.oauth import BAD_LINK
from tests.support.service import DEMO_PASSWORD
from tests.support.signin_page import PageClient

MARK = "zq<script>alert('x9')</script>\"'><img src=x onerror=alert(1)>"
LOOPBACK = "http://127.0.0.1:50123/callback"


def authorize(**params: str) -> str:
    query = {"response_type": "code", "client_id": "ticketpros-desktop", "redirect_uri": LOOPBACK,
             "state": new_state(), "code_challenge": s256_challenge(new_verifier()),
             "code_challenge_method": "S256"}
    query.update(params)
    return "/oauth/authorize?" + urlencode(query)


def assert_not_reflected(reply: httpx.Response) -> None:
    for piece in ("zq<script>", "alert('x9')", "onerror", "x9", "&lt;script&gt;alert"):
        assert piece not in reply.text, f"{piece!r} written back: {reply.text[:500]}"


@pytest.fixture
def page(service):
    with PageClient(service.url) as p:
        yield p


def test_nothing_sent_is_written_back(page):
    # In the authorization request: a refusal page, or a redirect that carries only what the app sent.
    for params in ({"client_id": MARK}, {"redirect_uri": MARK}, {"redirect_uri": LOOPBACK + "?" + MARK},
                   {"code_challenge": MARK}, {"scope": MARK}):
        reply = page.open(authorize(**params))
        assert reply.status_code in (200, 303, 400), params
        assert_not_reflected(reply)
    # In the forms: credentials, codes, the device's code.
    page.open(authorize())
    reply = page.post("sign_in", email=MARK + "@demo.example", password=MARK)
    assert reply.status_code == 400 and "Email or password is incorrect." in reply.text
    assert_not_reflected(reply)
    for value in (MARK, "BCDF-GHJ" + MARK):
        assert_not_reflected(page.open("/oauth/device?" + urlencode({"user_code": value})))
        assert_not_reflected(page.post("device_code", user_code=value))
    # A well-formed device code in the link is the one thing put back, normalised.
    assert 'value="BCDF-GHJK"' in page.open("/oauth/device?user_code=bcdf%20ghjk").text


FOREIGN_REDIRECTS = (
    "https://evil.example/callback",
    "http://evil.example/callback",
    "http://localhost:50123/callback",
    "http://127.0.0.1:50123@evil.example/callback",
    "http://user@127.0.0.1:50123/callback",
    "http://127.0.0.1.evil.example/callback",
    "https://127.0.0.1:50123/callback",
    "http://127.0.0.1:50123/callback/../../elsewhere",
    "http://127.0.0.1:50123/callback#x",
    "http://127.0.0.1:50123/callback?next=https://evil.example",
    "http://127.0.0.1/callback\r\nLocation: https://evil.example",
    "//evil.example/callback",
    "javascript:alert(1)",
    "",
)


def test_no_redirect_but_to_the_apps_registered_loopback(page):
    for redirect_uri in FOREIGN_REDIRECTS:
        reply = page.open(authorize(redirect_uri=redirect_uri, state=""))  # missing state: would be redirected
        assert reply.status_code == 400 and "location" not in reply.headers, redirect_uri
        assert BAD_LINK in reply.text and "<form" not in reply.text, redirect_uri
    # An unknown client gets the same page, whatever address it names.
    reply = page.open(authorize(client_id="someone-else"))
    assert reply.status_code == 400 and "location" not in reply.headers and BAD_LINK in reply.text


def test_refusals_go_back_only_to_the_checked_loopback_address(page):
    state = new_state()
    for params, error in (({"code_challenge_method": "plain"}, "invalid_request"),
                          ({"code_challenge": ""}, "invalid_request"),
                          ({"response_type": "token"}, "unsupported_response_type")):
        reply = page.open(authorize(state=state, **params))
        assert reply.status_code == 303, params
        location = urlsplit(reply.headers["location"])
        assert f"{location.scheme}://{location.netloc}{location.path}" == LOOPBACK
        assert f"error={error}" in location.query and f"state={state}" in location.query
    # Without state there is nothing for the app to match an answer against: back with the error, no state.
    reply = page.open(authorize(state=""))
    assert reply.status_code == 303 and "state=" not in urlsplit(reply.headers["location"]).query


def test_the_one_cookie_is_httponly_lax_and_secure_off_loopback(service):
    reply = httpx.get(service.url + authorize())
    [cookie] = reply.headers.get_list("set-cookie")
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")[1:]}
    assert cookie.startswith(f"{page_flow.COOKIE}=")
    assert {"httponly", "samesite", "path", "max-age"} <= attributes and "secure" not in attributes
    assert "samesite=lax" in cookie.lower() and "path=/oauth" in cookie.lower()
    # The same service reached by name (behind its TLS proxy): the cookie is Secure.
    named = httpx.get(service.url + authorize(), headers={"Host": "signin.example.com"})
    [cookie] = named.headers.get_list("set-cookie")
    assert "secure" in {part.strip().lower() for part in cookie.split(";")}


def test_the_page_has_a_strict_csp_that_its_own_style_matches_and_nothing_from_elsewhere(page):
    for reply in (page.open(authorize()), page.open("/oauth/device"), page.open(authorize(client_id="x"))):
        policy = dict(part.strip().split(" ", 1) for part in reply.headers["content-security-policy"].split(";"))
        assert policy["default-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
        assert policy["base-uri"] == "'none'"
        [style] = re.findall(r"<style>(.*?)</style>", reply.text, re.DOTALL)
        digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
        assert policy["style-src"] == f"'sha256-{digest}'"
        assert policy["form-action"] in ("'self'", "'self' http://127.0.0.1:50123")
        assert reply.headers["x-frame-options"] == "DENY" and reply.headers["cache-control"] == "no-store"
        assert reply.headers["x-content-type-options"] == "nosniff"
        assert reply.headers["referrer-policy"] == "same-origin"
        for banned in ("<script", "<link", "<iframe", "<img", "src=", "http://", "https://", "url("):
            assert banned not in reply.text.lower(), banned


def test_a_post_from_another_origin_or_without_the_pages_token_is_refused(page, service):
    page.open(authorize())
    token = page.csrf
    forged = page.http.post("/oauth/sign-in", data={"csrf": token, "action": "sign_in", "email": "a@b.c",
                                                    "password": "x"}, headers={"Origin": "https://evil.example"})
    assert forged.status_code == 403 and page_flow.NOT_CHECKED in forged.text
    for data in ({"action": "sign_in"}, {"csrf": "tps_" + "0" * 40, "action": "sign_in"}):
        reply = page.http.post("/oauth/sign-in", data=data, headers={"Origin": service.url})
        assert reply.status_code == 400 and page_flow.NOT_CHECKED in reply.text
    # Another browser (no cookie) with a stolen token gets nothing either.
    stranger = httpx.post(service.url + "/oauth/sign-in", data={"csrf": token, "action": "sign_in",
                                                                "email": "alice@demo.example",
                                                                "password": DEMO_PASSWORD})
    assert stranger.status_code == 400 and page_flow.EXPIRED in stranger.text


def test_the_sign_in_state_ends_with_the_sign_in(page):
    page.open(authorize())
    reply = page.post("sign_in", email="alice@demo.example", password=DEMO_PASSWORD)
    assert reply.status_code == 303
    [cleared] = reply.headers.get_list("set-cookie")
    assert cleared.startswith(f'{page_flow.COOKIE}=""') or "max-age=0" in cleared.lower()
    # Pressing back and posting the old form again signs nobody in.
    again = page.http.post("/oauth/sign-in", data={"csrf": "x", "action": "sign_in", "email": "alice@demo.example",
                                                   "password": DEMO_PASSWORD})
    assert again.status_code == 400 and "location" not in again.headers
