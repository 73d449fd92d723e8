"""Every page reachable by keyboard alone; every interactive control has a
name a screen reader can say (walked over the whole widget tree)."""

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
    QScrollBar,
    QTextEdit,
    QWidget,
)

from app.shell.pages import PAGES
from tests.app.conftest import sign_in
from tests.app.test_signin_flow import settings_for, wait_for_main_window

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


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or is_internal(widget):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}")
    return missing


@pytest.fixture
def owner_window(qtbot, make_desktop, service, demo_password):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    sign_in(qtbot, desktop, "owner@demo.example", demo_password)
    window = wait_for_main_window(qtbot, desktop)
    qtbot.wait(300)  # let pages load their data so their tables have rows
    return desktop, window


def test_every_interactive_control_has_an_accessible_name(qtbot, owner_window):
    desktop, window = owner_window
    assert unnamed_controls(desktop.sign_in_window) == []
    for spec in PAGES:
        window.show_page(spec.key)
        qtbot.wait(50)
    assert unnamed_controls(window) == []
    dialog = desktop.open_settings()
    assert unnamed_controls(dialog) == []
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
    # Tab leaves the navigation for a control on the page.
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not window.nav
    assert window.stack.isAncestorOf(focused) or window.isAncestorOf(focused)
