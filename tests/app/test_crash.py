"""When the app itself fails: the person is told, the app keeps running, and
the details reach the log (or crash.log) without a token or a password."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import threading

import pytest
from PySide6.QtCore import QTimer

from app import crash
from tests.app.conftest import sign_in
from tests.app.test_signin_flow import settings_for, wait_for_main_window


def flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.fixture
def crash_handlers(monkeypatch):
    """Put back the hooks pytest (and pytest-qt) had."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


@pytest.mark.qt_no_exception_capture
def test_an_unhandled_error_in_the_gui_is_logged_redacted_and_the_app_goes_on(
        qtbot, make_desktop, service, demo_password, test_keyring, log_file, crash_handlers):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    sign_in(qtbot, desktop, "owner@demo.example", demo_password)
    window = wait_for_main_window(qtbot, desktop)
    crash.install(notify=desktop.unexpected_error, crash_file=False)
    client = desktop.session.client
    secrets = (client._session.access_token, client._session.refresh_token, demo_password)

    def buggy_slot() -> None:
        raise RuntimeError(f"bug while holding Bearer {secrets[0]}, {secrets[1]} and password={secrets[2]}")

    QTimer.singleShot(0, buggy_slot)
    qtbot.waitUntil(lambda: "Something unexpected went wrong" in window.banner.label.text(), timeout=5000)
    window.show_page("tickets")  # still running, still usable
    assert window.current_page_key == "tickets" and window.isVisible()

    flush_logs()
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in text and "Traceback" in text and "buggy_slot" in text
    for secret in secrets:
        assert secret not in text


def test_an_error_escaping_a_thread_is_logged_redacted(log_file, crash_handlers):
    crash.install(crash_file=False)
    token = "tpa_" + "x" * 40

    def worker() -> None:
        raise ValueError(f"worker failed with {token}")

    thread = threading.Thread(target=worker, name="exploding-worker")
    thread.start()
    thread.join()
    flush_logs()
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error in thread exploding-worker" in text and "ValueError" in text
    assert token not in text


def test_a_hard_crash_leaves_a_stack_in_crash_log_without_values(isolated_home, tmp_path):
    token = "tpa_" + "y" * 40
    script = textwrap.dedent(f"""
        import faulthandler
        from app import crash
        crash.install(crash_file=True)
        def holding_a_token(secret):
            faulthandler._sigsegv()
        holding_a_token({token!r})
    """)
    result = subprocess.run([sys.executable, "-c", script], env={**os.environ}, capture_output=True, timeout=60,
                            cwd=os.getcwd(), check=False)
    assert result.returncode != 0
    crash_log = crash.crash_log_path()
    text = crash_log.read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "holding_a_token" in text
    assert token not in text
