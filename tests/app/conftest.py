"""GUI fixtures: a DesktopApp wired to the real service."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from app.gui import DesktopApp, create_qapplication
from app.logs import setup_logging
from app.settings import Settings
from app.theme import apply_theme

FAST_RETRY = (0.05, 0.1)


@pytest.fixture
def log_file(isolated_home):
    path = setup_logging()
    yield path


@pytest.fixture
def make_desktop(qtbot, qapp, log_file):
    """Build DesktopApps like a start of the app (settings from disk); all are
    shut down at the end, and no worker thread is left running."""
    create_qapplication([])
    apply_theme(qapp, "light")
    made: list[DesktopApp] = []

    def make(settings: Settings | None = None) -> DesktopApp:
        desktop = DesktopApp(settings or Settings.load(), retry_delays=FAST_RETRY)
        made.append(desktop)
        return desktop

    yield make
    for desktop in made:
        if desktop.main_window is not None:
            desktop.main_window.close()
        desktop.shutdown()
        assert desktop.runner.active == 0 or desktop.runner.shutdown(5000)
    # Destroy the Qt objects here, on the GUI thread: left to the garbage
    # collector they may be collected later on a worker thread.
    for desktop in made:
        for window in (desktop.main_window, desktop.sign_in_window):
            if window is not None and shiboken6.isValid(window):
                shiboken6.delete(window)
        shiboken6.delete(desktop)
    made.clear()


def sign_in(qtbot, desktop: DesktopApp, email: str, password: str, *, remember: bool = True) -> None:
    window = desktop.sign_in_window
    window.email_edit.clear()
    qtbot.keyClicks(window.email_edit, email)
    window.password_edit.clear()
    qtbot.keyClicks(window.password_edit, password)
    window.remember_check.setChecked(remember)
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
