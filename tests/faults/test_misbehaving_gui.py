"""The app against a misbehaving service: a sentence on the page, no traceback,
a responsive window while a connection hangs, nothing lost.

The desktop signs in for real through ``FakeService`` (which forwards to the
real service); then chosen requests misbehave.
"""

from __future__ import annotations

import functools
import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from api_client import TicketProsClient
from api_client.uploads import ItemState
from app.settings import Settings
from tests.app.conftest import sign_in
from tests.faults.fake_service import FakeService
from tests.support.service import DEMO_PASSWORD
from tests.support.uploads import big_pdf

# Measures GUI stalls: run alone (./dev test's second pass).
pytestmark = pytest.mark.timing

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
#: The app's client waits this long for a hung service (the product's is 30 s).
CLIENT_TIMEOUT = 1.5


@pytest.fixture
def fake(service):
    handle = FakeService(service.url)
    yield handle
    handle.close()


@pytest.fixture
def quick_client(monkeypatch):
    """The app's own client, with a short read timeout and no retries, so a hung
    connection ends in seconds (the code path is the product's)."""
    monkeypatch.setattr("app.connection.TicketProsClient",
                        functools.partial(TicketProsClient, timeout=CLIENT_TIMEOUT, max_retries=0))


def _signed_in_desktop(qtbot, make_desktop, fake):
    SCREENSHOTS.mkdir(exist_ok=True)
    Settings(server_url=fake.url).save()
    desktop = make_desktop()
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", DEMO_PASSWORD)
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=15000)
    desktop.main_window.resize(1100, 720)
    return desktop, desktop.main_window


def _one_sentence(text: str) -> None:
    assert text and "Traceback" not in text and "<html" not in text.lower() and "{" not in text, text
    assert text.rstrip().endswith("."), text
    assert text.count(". ") <= 1, text  # what happened, and at most one next step


def _no_traceback(log_file: Path) -> None:
    text = log_file.read_text() if log_file.exists() else ""
    # Expected failures are logged as one line each; a traceback means something escaped.
    assert "Traceback" not in text, text[-2000:]


def _banner(window) -> str:
    return window.banner.label.text() if window.banner.isVisible() else ""


@pytest.mark.parametrize("fault", ["malformed_json", "wrong_types", "html_502", "truncated"])
def test_pages_show_a_sentence_for_every_kind_of_bad_reply(qtbot, make_desktop, fake, quick_client, log_file, fault):
    _desktop, window = _signed_in_desktop(qtbot, make_desktop, fake)

    # Tickets: the list says why it is empty, and "Try again" works once the service behaves.
    fake.fail("GET", "/api/v1/tickets", fault)
    window.show_page("tickets")
    tickets = window.pages["tickets"]
    tickets.reload()
    qtbot.waitUntil(lambda: tickets.retry_load.isVisible(), timeout=10000)
    _one_sentence(tickets.empty.text())
    assert "No tickets yet" not in tickets.empty.text()
    _one_sentence(_banner(window))
    if fault == "html_502":
        window.grab().save(str(SCREENSHOTS / "faults-tickets-502.png"))

    # Privacy: every inventory section shows the sentence.
    fake.fail("GET", "/api/v1/privacy/inventory", fault)
    window.show_page("privacy")
    privacy = window.pages["privacy"]
    privacy.refresh()
    qtbot.waitUntil(lambda: privacy.account_section.retry_button.isVisible(), timeout=10000)
    _one_sentence(privacy.account_section.state.text())
    if fault == "malformed_json":
        window.grab().save(str(SCREENSHOTS / "faults-privacy-malformed.png"))

    # Requests: the app's one error presenter.
    window.banner.hide()
    fake.fail("GET", "/api/v1/privacy-requests", fault)
    window.show_page("requests")
    requests_page = window.pages["requests"]
    requests_page.refresh()
    qtbot.waitUntil(lambda: bool(_banner(window)), timeout=10000)
    _one_sentence(_banner(window))

    # The service behaves again: the same pages load.
    fake.clear()
    window.show_page("tickets")
    qtbot.mouseClick(tickets.retry_load, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tickets.retry_load.isVisible() and tickets.model.loaded_once, timeout=10000)
    _no_traceback(log_file)


def test_a_hung_connection_never_freezes_the_window(qtbot, make_desktop, fake, quick_client, log_file, record_property):
    _desktop, window = _signed_in_desktop(qtbot, make_desktop, fake)
    fake.fail("GET", "/api/v1/tickets", "hang")
    ticks: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed() / 1000))
    timer.start()
    started = time.monotonic()
    window.show_page("tickets")
    tickets = window.pages["tickets"]
    tickets.reload()
    # While the tickets hang, the rest of the app works: another page loads from the service.
    window.show_page("privacy")
    privacy = window.pages["privacy"]
    privacy.refresh()
    qtbot.waitUntil(lambda: privacy.inventory is not None, timeout=10000)
    window.show_page("tickets")
    qtbot.waitUntil(lambda: tickets.retry_load.isVisible(), timeout=15000)
    timer.stop()
    waited = time.monotonic() - started
    longest = max(b - a for a, b in itertools.pairwise(ticks))
    record_property("longest_gui_stall_ms", round(longest * 1000))
    print(f"hung connection: answered after {waited:.1f} s; longest GUI stall {longest * 1000:.0f} ms "
          f"over {len(ticks)} ticks")
    assert CLIENT_TIMEOUT <= waited < CLIENT_TIMEOUT + 8
    assert longest < 0.25, f"the GUI thread stalled for {longest * 1000:.0f} ms"
    assert "did not answer in time" in tickets.empty.text()
    _one_sentence(tickets.empty.text())
    _no_traceback(log_file)


def test_an_upload_the_service_garbles_stays_in_the_queue_and_is_sent_once(
        qtbot, make_desktop, fake, service, quick_client, log_file, tmp_path):
    _desktop, window = _signed_in_desktop(qtbot, make_desktop, fake)
    window.show_page("uploads")
    page = window.pages["uploads"]
    qtbot.waitUntil(lambda: page.queue is not None, timeout=10000)
    # The reply to whichever request carries the file: a PATCH, or the creating POST itself
    # (creation-with-upload sends a file smaller than a chunk in it).
    fake.fail("PATCH", "/api/v1/uploads/", "malformed_json")
    fake.fail("POST", "/api/v1/uploads", "malformed_json")
    pdf = big_pdf(tmp_path / "scan.pdf", 400_000)
    page.add_paths([pdf])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.item(0).state is ItemState.FAILED,
                    timeout=15000)
    item = page.model.item(0)
    _one_sentence(item.error)
    assert item.next_attempt_at is not None and page.queue.pending_count() == 1  # waits for its next try
    window.grab().save(str(SCREENSHOTS / "faults-upload-malformed.png"))
    fake.clear()
    page.queue.retry_now(item.id)
    qtbot.waitUntil(lambda: page.model.item(0).state is ItemState.DONE, timeout=15000)
    with service.db() as conn:
        assert conn.execute("SELECT count(*) FROM ticket_files").fetchone()[0] == 1
    _no_traceback(log_file)
