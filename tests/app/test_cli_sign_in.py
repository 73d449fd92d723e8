"""``ticketpros login --browser`` and ``--device`` against the real service;
the page is driven over HTTP by a thread standing in for the person."""

from __future__ import annotations

import io
import sys
import threading
import time
from datetime import timedelta

import httpx
import pytest

from api_client import TicketProsClient
from app.cli import main
from app.cli.account import NO_CODE
from app.settings import Settings
from tests.support.service import DEMO_PASSWORD, start_service
from tests.support.signin_page import PageClient

ALICE = "alice@demo.example"


@pytest.fixture
def quick_service(tmp_path):
    handle = start_service(tmp_path / "service-data", device_poll_interval=1)
    yield handle
    handle.stop()


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_login_browser_opens_the_page_and_keeps_the_session(monkeypatch, capsys, quick_service, test_keyring):
    opened: list[str] = []
    person: list[threading.Thread] = []

    def sign_in_there(url: str) -> None:
        with PageClient(quick_service.url) as page:
            back = page.sign_in(url, ALICE, DEMO_PASSWORD)
            httpx.get(back.headers["location"], timeout=10)

    def fake_open(url: str) -> bool:
        opened.append(url)
        person.append(threading.Thread(target=sign_in_there, args=(url,)))
        person[0].start()
        return True

    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr("webbrowser.open", fake_open)
    code, out, err = run(monkeypatch, capsys, "login", "--server", quick_service.url, "--browser")
    person[0].join(10)
    assert code == 0, err
    assert out.strip() == "Signed in as Alice Anders <alice@demo.example> (Demo Hauling Co)."
    assert err.splitlines()[1] == opened[0] and opened[0].startswith(f"{quick_service.url}/oauth/authorize?")
    assert Settings.load().account == ALICE and len(test_keyring.entries) == 1
    code, out, _ = run(monkeypatch, capsys, "whoami")
    assert code == 0 and out.startswith("Alice Anders <alice@demo.example>")


def test_login_browser_without_a_desktop_prints_the_address(monkeypatch, capsys, quick_service):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("webbrowser.open", lambda url: pytest.fail("no browser may be started here"))
    monkeypatch.setattr("app.cli.account.BROWSER_WAIT", 0.5)
    code, out, err = run(monkeypatch, capsys, "login", "--server", quick_service.url, "--browser")
    lines = err.splitlines()
    assert lines[0] == "Open this address in a web browser on this computer to sign in:"
    assert lines[1].startswith(f"{quick_service.url}/oauth/authorize?")
    timed_out = "ticketpros: The sign-in in the browser was not finished in time; start it again."
    assert (code, out, lines[2:]) == (1, "", [timed_out])


def test_login_device_shows_the_code_and_waits_for_the_approval(monkeypatch, capsys, quick_service, test_keyring):
    def approve_on_a_phone() -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            conn = quick_service.db()
            row = conn.execute("SELECT user_code FROM device_codes WHERE status = 'pending'").fetchone()
            conn.close()
            if row is not None:
                break
            time.sleep(0.1)
        with PageClient(quick_service.url) as page:
            page.open("/oauth/device")
            page.post("device_code", user_code=row["user_code"])
            page.post("sign_in", email=ALICE, password=DEMO_PASSWORD)
            page.post("approve")

    phone = threading.Thread(target=approve_on_a_phone)
    phone.start()
    code, out, err = run(monkeypatch, capsys, "login", "--server", quick_service.url, "--device")
    phone.join(10)
    assert code == 0, err
    assert err.startswith(f"On a phone or computer, open {quick_service.url}/oauth/device and type the code ")
    assert "Waiting for the sign-in there (up to 10 minutes; Ctrl+C to stop)." in err
    assert out.strip() == "Signed in as Alice Anders <alice@demo.example> (Demo Hauling Co)."
    assert Settings.load().account == ALICE and len(test_keyring.entries) == 1


def test_login_without_a_way_to_sign_in_is_one_sentence(monkeypatch, capsys, quick_service):
    code, out, err = run(monkeypatch, capsys, "login", "--server", quick_service.url)
    assert (code, out) == (1, "")
    assert err == "ticketpros: Choose how to sign in: --browser, --device, or --email EMAIL.\n"


def test_a_password_sign_in_the_service_sends_to_the_browser_says_which_command(monkeypatch, capsys, quick_service):
    with TicketProsClient(quick_service.url, max_retries=1) as owner:
        owner.login("owner@demo.example", DEMO_PASSWORD, remember=False)
        owner.put_json("/organisation/sign-in-policy", {"require_two_step": False, "allow_app_password": False})
    monkeypatch.setattr(sys, "stdin", io.StringIO(DEMO_PASSWORD + "\n"))
    code = main(["login", "--server", quick_service.url, "--email", ALICE, "--password-stdin"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == ("ticketpros: Your organisation signs in through the browser only: run ticketpros login "
                   "--browser (or --device).\n")


def test_a_password_sign_in_with_two_step_reads_the_code_from_the_next_line(monkeypatch, capsys, service,
                                                                            test_keyring):
    """The in-process service: its clock moves past the step enrolment used (never accepted twice)."""
    import pyotp

    with TicketProsClient(service.url, max_retries=0) as bob:
        bob.login("bob@demo.example", DEMO_PASSWORD, remember=False)
        enrolment = bob.two_step.begin_enrolment()
        totp = pyotp.TOTP(enrolment.secret)
        recovery = bob.two_step.confirm_enrolment(totp.at(service.clock.now()))
    service.clock.advance(timedelta(seconds=30))

    def login(stdin: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["login", "--server", service.url, "--email", "bob@demo.example", "--password-stdin"])
        out, err = capsys.readouterr()
        return code, out, err

    assert login(DEMO_PASSWORD + "\n") == (1, "", f"ticketpros: {NO_CODE}\n")
    code, out, err = login(f"{DEMO_PASSWORD}\n000000\n" if totp.at(service.clock.now()) != "000000"
                           else f"{DEMO_PASSWORD}\n111111\n")
    assert (code, out) == (1, "") and "not right" in err and err.count("\n") == 1
    assert Settings.load().account != "bob@demo.example" and len(test_keyring.entries) == 0
    code, out, err = login(f"{DEMO_PASSWORD}\n{totp.at(service.clock.now())}\n")
    assert code == 0, err
    assert out.strip().startswith("Signed in as ") and "<bob@demo.example>" in out
    assert Settings.load().account == "bob@demo.example" and len(test_keyring.entries) == 1
    # A recovery code does too, once.
    code, _, err = login(f"{DEMO_PASSWORD}\n{recovery[0]}\n")
    assert code == 0, err
    code, _, err = login(f"{DEMO_PASSWORD}\n{recovery[0]}\n")
    assert code == 1 and "not right" in err
