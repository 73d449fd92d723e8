"""The main window's title as the window manager shows it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from app import APP_DISPLAY_NAME
from tests.app.conftest import sign_in
from tests.app.test_signin_flow import settings_for, wait_for_main_window


def title_shown(widget) -> str:
    """The title a person reads in the title bar and the task switcher.

    ``QWindow.title()`` is the widget's title after Qt's "[*]" handling. The
    Windows, X11 and Wayland plugins then append the application display name
    (" — Ticket Pros") unless the title already ends with it
    (``QPlatformWindow::formatWindowTitle``); macOS shows the title as it is.
    """
    title = widget.windowHandle().title()
    name = QGuiApplication.applicationDisplayName()
    return title if title.endswith(name) else f"{title} — {name}"


def test_the_title_names_the_product_once(qtbot, make_desktop, service, demo_password):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    assert QGuiApplication.applicationDisplayName() == APP_DISPLAY_NAME
    qtbot.waitUntil(desktop.sign_in_window.isVisible)
    assert title_shown(desktop.sign_in_window) == "Sign in — Ticket Pros"
    sign_in(qtbot, desktop, "owner@demo.example", demo_password)
    window = wait_for_main_window(qtbot, desktop)
    assert title_shown(window) == "Demo Hauling Co — Ticket Pros"
    dialog = desktop.open_settings()
    assert title_shown(dialog).count(APP_DISPLAY_NAME) == 1
    dialog.reject()


def test_a_company_name_with_brackets_is_shown_as_typed(qtbot, make_desktop, service, demo_password):
    # "[*]" in a window title is Qt's unsaved-changes mark; a name that contains it stays whole.
    with service.db() as db:
        db.execute("UPDATE customers SET name = 'Hauling [*] Co' WHERE name = 'Demo Hauling Co'")
    desktop = make_desktop(settings_for(service))
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    window = wait_for_main_window(qtbot, desktop)
    assert title_shown(window) == "Hauling [*] Co — Ticket Pros"
