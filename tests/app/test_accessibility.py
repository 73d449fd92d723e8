"""Every page reachable by keyboard alone, and every control on it: Tab from
the navigation goes into the page shown and on through each of its controls;
every interactive control has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from api_client import TicketProsClient
from api_client.uploads import UploadQueue
from app import paths
from app.shell.pages import PAGES
from tests.app.conftest import sign_in
from tests.app.test_signin_flow import settings_for, wait_for_main_window
from tests.media_samples import jpeg_with_gps

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit)


def is_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside other controls (a combo's line edit, a spin
    box's editor, scroll bars, table corner buttons, headers)."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    if parent is not None and (isinstance(parent, (QAbstractItemView, QLineEdit))  # a line edit's clear button
                               or parent.objectName().startswith("qt_")):
        return True
    while parent is not None:  # a combo box's popup list lives in a frame it owns
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The interactive controls under ``root``, shown or not."""
    return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and not is_internal(w)]


def reachable(page: QWidget) -> list[QWidget]:
    """The controls of the page shown that a person can Tab to now."""
    return [w for w in controls(page) if w.isVisible() and w.isEnabled()]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def unnamed(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
            for w in widgets if not accessible_name(w)]


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__} {accessible_name(widget) or widget.objectName()!r}"


def tab_cycle(qtbot, start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab focuses, one after another, from ``start`` until it comes back."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is start
    seen: list[QWidget] = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            return seen
        assert focused not in seen[-1:], f"Tab is stuck on {describe(focused)}"
        seen.append(focused)
    raise AssertionError(f"Tab never came back to {describe(start)}: {[describe(w) for w in seen[-5:]]}")


def reached(widget: QWidget, cycle: list[QWidget]) -> bool:
    """Tab focuses ``widget``; for radio buttons, Tab enters their group at the
    checked one and the arrow keys choose within it."""
    if widget in cycle:
        return True
    if isinstance(widget, QRadioButton) and widget.autoExclusive():
        return any(isinstance(w, QRadioButton) and w.parentWidget() is widget.parentWidget() for w in cycle)
    return False


@pytest.fixture
def owner_window(qtbot, make_desktop, demo_service, demo_password, tmp_path):
    """The Account Owner's window on the demo service: its tickets and request fill the tables."""
    with TicketProsClient(demo_service.url) as client:
        owner_id = client.login("owner@demo.example", demo_password, remember=False).user.id
    with UploadQueue(paths.upload_queue_file(), paths.staging_dir(), owner=f"{demo_service.url} {owner_id}") as q:
        for item in q.add([jpeg_with_gps(tmp_path / f"{n}.jpg") for n in "ab"]):  # rows in the Uploads table
            q.pause(item.id)
    desktop = make_desktop(settings_for(demo_service))
    desktop.start()
    sign_in(qtbot, desktop, "owner@demo.example", demo_password)
    window = wait_for_main_window(qtbot, desktop)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.pages["uploads"].model.rowCount() == 2)
    qtbot.wait(300)  # let the other pages load their data so their tables have rows
    return desktop, window


def test_every_interactive_control_has_an_accessible_name(qtbot, owner_window):
    desktop, window = owner_window
    assert unnamed(controls(desktop.sign_in_window)) == []
    for spec in PAGES:
        window.show_page(spec.key)
        qtbot.wait(50)
        page = window.pages[spec.key]
        assert len(controls(page)) >= 3, f"{spec.key}: the walk finds no controls"
        assert unnamed(controls(page)) == [], spec.key
    assert unnamed(controls(window)) == []  # the navigation, the account menu, the banners
    dialog = desktop.open_settings()
    assert len(controls(dialog)) >= 3 and unnamed(controls(dialog)) == []
    dialog.reject()


def test_every_page_is_reachable_by_keyboard(qtbot, owner_window):
    _, window = owner_window
    keys = [spec.key for spec in PAGES]
    # Shortcuts Ctrl+1..Ctrl+5.
    for number, key in enumerate(keys, start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key == key
    # Arrow keys in the navigation list.
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Home)
    seen = [window.current_page_key]
    for _ in keys[1:]:
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        seen.append(window.current_page_key)
    assert seen == keys


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_tab_goes_into_the_page_and_reaches_each_of_its_controls(qtbot, owner_window, key):
    _, window = owner_window
    window.show_page(key)
    page = window.pages[key]
    qtbot.wait(300)
    cycle = tab_cycle(qtbot, window.nav)
    assert cycle and page.isAncestorOf(cycle[0]), f"Tab from the navigation went to {describe(cycle[0])}"
    expected = reachable(page)
    assert len(expected) >= 3, f"{key}: no controls to reach"
    missed = [describe(w) for w in expected if not reached(w, cycle)]
    assert missed == [], f"{key}: Tab never reaches these controls"
    assert unnamed([w for w in cycle if page.isAncestorOf(w)]) == []
