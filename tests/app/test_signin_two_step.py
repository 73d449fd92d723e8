"""The sign-in window's browser sign-in and its two-step code step, driven
through real widgets against the real service. The browser is a fake "open
the browser" that does what a person does on the service's page (over HTTP,
with the page's own forms); tests/browser drives the page in Chromium."""

from __future__ import annotations

import threading
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pyotp
import pytest
from PySide6.QtCore import Qt

from api_client import SignInPolicy, TicketProsClient
from api_client._oauth import CANCELLED, TIMED_OUT
from app.settings import Settings
from tests.app.conftest import sign_in
from tests.support.signin_page import PageClient

BOB = "bob@demo.example"


def settings_for(service) -> Settings:
    settings = Settings(server_url=service.url)
    settings.save()
    return settings


def enrolled(service, email: str, password: str) -> tuple[str, tuple[str, ...]]:
    """Two-step turned on for ``email`` through the SDK: its secret and recovery codes."""
    with TicketProsClient(service.url, max_retries=0) as client:
        client.login(email, password, remember=False)
        enrolment = client.two_step.begin_enrolment()
        codes = client.two_step.confirm_enrolment(pyotp.TOTP(enrolment.secret).at(service.clock.now()))
    service.clock.advance(timedelta(seconds=30))  # the step enrolment used is never accepted again
    return enrolment.secret, codes


def wait_for_main_window(qtbot, desktop, timeout=10000):
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=timeout)
    return desktop.main_window


def wait_for_message(qtbot, window, text, timeout=10000) -> str:
    qtbot.waitUntil(lambda: text in window.message_label.text() and window.message_label.isVisible(),
                    timeout=timeout)
    return window.message_label.text()


def type_code(qtbot, window, code: str) -> None:
    qtbot.waitUntil(lambda: window.in_code_step and window.code_button.isEnabled())
    window.code_edit.clear()
    qtbot.keyClicks(window.code_edit, code)
    qtbot.keyClick(window.code_edit, Qt.Key.Key_Return)


def newest_sign_in(desktop):
    return next(e for e in desktop.session.client.privacy.inventory().security_events
                if e.kind == "sign_in" and e.success)


def test_password_then_the_authenticator_code(qtbot, make_desktop, service, demo_password):
    secret, _ = enrolled(service, BOB, demo_password)
    desktop = make_desktop(settings_for(service))
    desktop.start()
    window = desktop.sign_in_window
    sign_in(qtbot, desktop, BOB, demo_password)
    qtbot.waitUntil(lambda: window.in_code_step and window.code_edit.hasFocus())
    assert BOB in window.code_prompt.text() and desktop.main_window is None
    assert not window.message_label.isVisible()  # the step says what to do; nothing went wrong

    right = pyotp.TOTP(secret).at(service.clock.now())
    type_code(qtbot, window, "000000" if right != "000000" else "111111")
    text = wait_for_message(qtbot, window, "That code is not right")
    assert window.message_label.objectName() == "ErrorText" and window.in_code_step

    type_code(qtbot, window, f"{right[:3]} {right[3:]}")  # as the app shows it, with a space
    wait_for_main_window(qtbot, desktop)
    assert text.count(".") == 2  # the service's one sentence and its way forward, no traceback
    event = newest_sign_in(desktop)
    assert (event.method, event.factor) == ("password", "password+totp")


def test_a_recovery_code_instead_and_back_to_the_password(qtbot, make_desktop, service, demo_password):
    _, codes = enrolled(service, BOB, demo_password)
    desktop = make_desktop(settings_for(service))
    desktop.start()
    window = desktop.sign_in_window
    sign_in(qtbot, desktop, BOB, demo_password)
    qtbot.waitUntil(lambda: window.in_code_step)
    qtbot.mouseClick(window.code_back_button, Qt.MouseButton.LeftButton)
    assert not window.in_code_step and window.password_edit.text() == ""
    window.code_entered.emit(codes[0])  # a code after Back is not sent with the forgotten password
    wait_for_message(qtbot, window, "Sign in with your password first.")

    sign_in(qtbot, desktop, BOB, demo_password)
    type_code(qtbot, window, codes[0].lower())
    wait_for_main_window(qtbot, desktop)
    assert newest_sign_in(desktop).factor == "password+recovery_code"
    status = desktop.session.client.two_step.status()
    assert status.recovery_codes_left == 9


def page_flow(service, email: str, password: str, secret: str | None, outcome: dict):
    """A fake "open the browser": a person signs in on the page (and types the
    code) in a browser of their own; the browser follows the redirect back."""

    def person(url: str) -> None:
        try:
            with PageClient(service.url) as page:
                reply = page.sign_in(url, email, password)
                if secret is not None:
                    reply = page.post("code", code=pyotp.TOTP(secret).at(service.clock.now()))
                outcome["landing"] = httpx.get(reply.headers["location"], timeout=10)
        except Exception as exc:  # noqa: BLE001 - the test reports it
            outcome["error"] = exc

    def open_browser(url: str) -> bool:
        outcome["url"] = url
        threading.Thread(target=person, args=(url,), daemon=True).start()
        return True

    return open_browser


def test_sign_in_with_the_browser_and_two_step(qtbot, make_desktop, service, demo_password):
    secret, _ = enrolled(service, BOB, demo_password)
    desktop = make_desktop(settings_for(service))
    outcome: dict = {}
    desktop.session.open_browser = page_flow(service, BOB, demo_password, secret, outcome)
    desktop.start()
    window = desktop.sign_in_window
    assert window.browser_button.objectName() == "Primary"  # the first choice
    qtbot.mouseClick(window.browser_button, Qt.MouseButton.LeftButton)
    main = wait_for_main_window(qtbot, desktop)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["url"].startswith(f"{service.url}/oauth/authorize?")
    assert outcome["landing"].status_code == 200 and "return to Ticket Pros" in outcome["landing"].text
    assert main.account_button.text().startswith("Bob")
    event = newest_sign_in(desktop)
    assert (event.method, event.factor) == ("browser", "password+totp")
    assert desktop.settings.account == BOB  # remembered, its refresh token in the keyring as today


def test_cancel_and_time_out_bring_the_window_back(qtbot, make_desktop, service):
    desktop = make_desktop(settings_for(service))
    opened: list[str] = []
    desktop.session.open_browser = lambda url: opened.append(url) or True  # nobody signs in there
    desktop.start()
    window = desktop.sign_in_window
    qtbot.mouseClick(window.browser_button, Qt.MouseButton.LeftButton)
    wait_for_message(qtbot, window, "Finish signing in in your browser")
    assert window.browser_cancel_button.isVisible() and not window.sign_in_button.isEnabled()
    qtbot.mouseClick(window.browser_cancel_button, Qt.MouseButton.LeftButton)
    wait_for_message(qtbot, window, CANCELLED)
    assert window.message_label.objectName() == "InfoText"
    assert window.browser_button.isVisible() and window.browser_button.isEnabled()
    # The listener is closed: the browser coming back late finds nobody.
    redirect_uri = parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0]
    with pytest.raises(httpx.ConnectError):
        httpx.get(redirect_uri, timeout=2)
    desktop.session.browser_timeout = 0.5
    qtbot.mouseClick(window.browser_button, Qt.MouseButton.LeftButton)
    wait_for_message(qtbot, window, TIMED_OUT)
    assert window.message_label.objectName() == "ErrorText" and window.sign_in_button.isEnabled()
    assert len(opened) == 2 and desktop.main_window is None


@pytest.mark.parametrize(("rules", "said"), [
    (SignInPolicy(require_two_step=False, allow_app_password=False), "through the browser only"),
    # Members without two-step set it up on the browser page, which the password in the app cannot do.
    (SignInPolicy(require_two_step=True, allow_app_password=True), "requires two-step verification"),
])
def test_the_organisations_rules_refuse_the_password_and_point_to_the_browser(
        qtbot, make_desktop, service, demo_password, rules, said):
    with TicketProsClient(service.url, max_retries=0) as owner:
        owner.login("owner@demo.example", demo_password, remember=False)
        owner.organisation.set_sign_in_policy(rules)
    desktop = make_desktop(settings_for(service))
    desktop.start()
    sign_in(qtbot, desktop, BOB, demo_password)
    text = wait_for_message(qtbot, desktop.sign_in_window, said)
    assert "Sign in with your browser" in text and "Account Owner" not in text
    window = desktop.sign_in_window
    assert window.browser_button.hasFocus() and window.password_edit.text() == ""


def test_the_browser_button_with_real_chromium(qtbot, make_desktop, service, demo_password, tmp_path):
    """The app's first choice end to end: Chromium opens the link the app gives
    it, a person types on the service's page (password, then the code), and the
    page hands the app its code over the loopback redirect."""
    from tests.support.browser import Page, start_chromium

    secret, _ = enrolled(service, BOB, demo_password)
    driver = start_chromium(tmp_path / "chromium-profile")
    page = Page(driver, tmp_path)
    outcome: dict = {}

    def person(url: str) -> None:
        try:
            page.open(url)
            page.type("Email", BOB)
            page.type("Password", demo_password)
            page.press("Sign in")
            page.type("Code from your authenticator app", pyotp.TOTP(secret).at(service.clock.now()))
            page.press("Continue")
            outcome["heading"] = page.heading
            outcome["text"] = driver.find_element("tag name", "body").text
        except Exception as exc:  # noqa: BLE001 - the test reports it
            outcome["error"] = exc

    def open_browser(url: str) -> bool:
        threading.Thread(target=person, args=(url,), daemon=True).start()
        return True

    try:
        desktop = make_desktop(settings_for(service))
        desktop.session.open_browser = open_browser
        desktop.start()
        qtbot.mouseClick(desktop.sign_in_window.browser_button, Qt.MouseButton.LeftButton)
        main = wait_for_main_window(qtbot, desktop, timeout=30000)
        qtbot.waitUntil(lambda: "heading" in outcome or "error" in outcome, timeout=10000)
        assert "error" not in outcome, outcome.get("error")
        assert "return to Ticket Pros" in outcome["text"]
        assert main.account_button.text().startswith("Bob")
        event = newest_sign_in(desktop)
        assert (event.method, event.factor) == ("browser", "password+totp")
    finally:
        driver.quit()
