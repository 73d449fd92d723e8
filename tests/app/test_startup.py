"""Start-up paints the sign-in window before it loads the SDK and the pages,
and a remembered session still signs in right after that paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

#: What the sign-in window does not need; each costs tens to hundreds of milliseconds to import.
HEAVY = ("httpx", "httpcore", "keyring", "PIL", "pypdf", "pillow_heif", "api_client",
         "app.session", "app.connection", "app.shell", "app.uploads", "app.tickets", "app.privacy",
         "app.requests", "app.approvals", "app.settings.dialog", "app.updates",
         # The command line's sub-commands (opening the app is no sub-command) and their sentences.
         "app.cli._common", "app.cli.account", "app.cli.privacy", "app.cli.requests", "app.cli.service",
         "app.cli.tickets", "app.cli.update", "app.cli.uploads", "app.cli.watch", "app.errors",
         # Opened after the paint: the log file's handler and the single-instance server.
         "logging.handlers", "PySide6.QtNetwork",
         # Read only on macOS (the managed preferences).
         "plistlib")

#: PySide6 makes a class's Python type on first use; QStyle's (its eleven enums, 566 members)
#: takes tens of milliseconds, and nothing before the first paint needs it (app.gui makes the
#: QApplication with the Fusion style, so app.theme need not ask app.style() which it is).
LAZY_QT_TYPES = ("QStyle",)

#: ``ticketpros`` as a person starts it (app.launcher, the command line, app.gui.run_gui), with a
#: probe that reports, at the sign-in window's first paint, which heavy modules are loaded. The
#: probe wraps DesktopApp.start as app.gui is imported, to watch the window it makes.
_PROBE = """
import importlib.machinery, json, os, sys

HEAVY = json.loads(sys.argv[1])
LAZY_QT_TYPES = json.loads(sys.argv[2])

class _WatchSignIn:
    def find_spec(self, name, path=None, target=None):
        if name != "app.gui":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        exec_module = spec.loader.exec_module

        def exec_and_wrap(module):
            exec_module(module)
            start = module.DesktopApp.start

            def start_watched(desktop):
                from PySide6.QtCore import QEvent, QObject, QTimer

                class Probe(QObject):
                    def eventFilter(self, obj, event):
                        if event.type() == QEvent.Type.Paint and obj is desktop.sign_in_window:
                            loaded = sorted({m for m in sys.modules for h in HEAVY
                                             if m == h or m.startswith(h + ".")})
                            widgets = vars(sys.modules["PySide6.QtWidgets"])
                            built = [name for name in LAZY_QT_TYPES if name in widgets]
                            print(json.dumps({"at_first_paint": loaded, "qt_types": built}), flush=True)
                            obj.removeEventFilter(self)
                            # Then the app goes on: with a remembered session it loads the SDK after
                            # the paint.
                            QTimer.singleShot(3000, lambda: (
                                print(json.dumps({"later": "httpx" in sys.modules}), flush=True),
                                os._exit(0)))
                        return False

                desktop._probe = Probe()
                desktop.sign_in_window.installEventFilter(desktop._probe)
                start(desktop)

            module.DesktopApp.start = start_watched

        spec.loader.exec_module = exec_and_wrap
        return spec

sys.meta_path.insert(0, _WatchSignIn())
sys.argv = ["ticketpros"]
from app.launcher import main
main([])
"""


def _start_and_probe(home: Path) -> list[dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_RUNTIME_DIR": str(home / "run")}
    (home / "run").mkdir(parents=True, mode=0o700, exist_ok=True)
    env.pop("PYTHONPATH", None)
    out = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(HEAVY), json.dumps(LAZY_QT_TYPES)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60, check=False)
    lines = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    assert lines, out.stderr
    return lines


def test_nothing_heavy_is_imported_before_the_sign_in_window_is_painted(tmp_path: Path) -> None:
    first, *_ = _start_and_probe(tmp_path / "home")
    assert first["at_first_paint"] == []
    assert first["qt_types"] == []


def test_a_remembered_session_loads_the_sdk_only_after_the_first_paint(tmp_path: Path) -> None:
    home = tmp_path / "home"
    config = home / "config" / "TicketPros"
    config.mkdir(parents=True)
    # Remembered, but nobody answers there: resuming waits and retries, which is all this needs.
    (config / "settings.json").write_text(json.dumps(
        {"server_url": "http://127.0.0.1:9", "account": "alice@demo.example", "remember": True}))
    first, later = _start_and_probe(home)
    assert first["at_first_paint"] == []
    assert later == {"later": True}  # and then it did go on to resume


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.monotonic()
        return False


def _main_window_after(qtbot, desktop, begin) -> float:
    """Seconds from ``begin()`` until ``desktop``'s main window is shown."""
    started = time.monotonic()
    begin()
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=15000)
    return time.monotonic() - started


@pytest.mark.timing
def test_a_remembered_session_signs_in_without_a_visible_delay(qtbot, make_desktop, service, demo_password,
                                                                test_keyring) -> None:
    from tests.app.conftest import sign_in

    settings = Settings(server_url=service.url)
    settings.save()
    first = make_desktop(settings)
    first.start()
    sign_in(qtbot, first, "alice@demo.example", demo_password)
    qtbot.waitUntil(lambda: first.main_window is not None and Settings.load().account == "alice@demo.example",
                    timeout=10000)
    first.main_window.close()
    first.shutdown()

    # The next starts: settings from disk, the session from the keyring. The baseline resumes at
    # once, as start-up did before it painted first; then start() paints, loads, resumes.
    direct = make_desktop()
    at_once = _main_window_after(qtbot, direct, direct.session.start)
    direct.main_window.close()
    direct.shutdown()
    second = make_desktop()
    paint = _FirstPaint()
    second.sign_in_window.installEventFilter(paint)
    started = time.monotonic()
    after_paint = _main_window_after(qtbot, second, second.start)
    assert paint.at is not None and paint.at - started < after_paint  # "Signing you in…" was there first
    # Painting first, the worker hop and the imports on it (done already in this process) add
    # nothing a person would notice to what resuming takes anyway (token refresh, /me, the
    # main window): both measured here, one after the other, on the same (shared) machine.
    assert after_paint <= 1.5 * at_once + 0.15, f"{after_paint:.2f} s against {at_once:.2f} s resuming at once"


def test_what_is_logged_before_the_log_file_opens_is_written_to_it(tmp_path: Path) -> None:
    import logging

    from app.logs import open_log_file, setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    target = tmp_path / "logs" / "ticketpros.log"
    try:
        setup_logging(defer=True, log_file=target)
        logging.getLogger("app.test").info("started with token tpa_abcdefghijkl")
        assert not target.exists()  # nothing opened before the first paint
        open_log_file()
        logging.getLogger("app.test").info("painted")
        for handler in root.handlers:
            handler.flush()
        text = target.read_text(encoding="utf-8")
        assert "started with token tpa_[redacted]" in text and "abcdefghijkl" not in text
        assert text.index("started with token") < text.index("painted")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        for handler in before:
            if handler not in root.handlers:
                root.addHandler(handler)

