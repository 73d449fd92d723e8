"""Every page's user-visible text goes through Qt's translation system.

A pseudo-translation (every tr() string wrapped in ⟦…⟧, built with the real
Linguist tools) is installed, the owner signs in with demo tickets, every page
(and the Settings and About dialogs, and the menus) is visited, and every piece
of text a user can see or hear — labels, buttons, placeholders, tool tips,
accessible names, table headers, menu entries, window titles — is collected.
Text that isn't wrapped must be data (names, numbers, dates, addresses, file
names), which is recognised by not containing a word of English prose.
"""

from __future__ import annotations

import html
import platform
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from app import APP_DISPLAY_NAME
from app.about import COMPANY, about_text
from app.shell.pages import pages_for
from app.signin import SignInWindow
from tests.app.conftest import sign_in
from tests.app.test_signin_flow import settings_for, wait_for_main_window
from tests.support.pseudo_translation import ROOT, build_pseudo_qm, lupdate


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a user of ``root`` can read or hear."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, kind: str, text: str | None) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__}.{kind} {widget.objectName()!r}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget.parentWidget(), QTabBar):
            continue  # a tab bar's scroll buttons ("Scroll Left"): Qt's own catalogue (qtbase) translates them
        if widget.isWindow():
            add(widget, "windowTitle", widget.windowTitle())
        add(widget, "toolTip", widget.toolTip())
        add(widget, "accessibleName", widget.accessibleName())
        add(widget, "accessibleDescription", widget.accessibleDescription())
        if isinstance(widget, QLabel):
            add(widget, "text", widget.text())
        elif isinstance(widget, QAbstractButton):
            box = widget.parentWidget()
            if not (isinstance(box, QDialogButtonBox) and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton):
                add(widget, "text", widget.text())  # standard buttons are translated by Qt's own catalogue
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "item", widget.itemText(i))
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                add(widget, "action", action.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            if isinstance(widget, (QTableView, QTreeView)):
                for column in range(model.columnCount(QModelIndex())):
                    add(widget, "header", model.headerData(column, Qt.Orientation.Horizontal))
            columns = model.columnCount(QModelIndex()) if isinstance(widget, (QTableView, QTreeView)) else 1
            for row in range(min(model.rowCount(QModelIndex()), 50)):  # status words in cells are UI text too
                for column in range(columns):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        add(widget, f"cell[{row},{column}]", value if isinstance(value, str) else None)
    return found


PROSE = re.compile(r"[A-Za-z]{3,}")


def untranslated(found: list[tuple[str, str]], data: set[str]) -> list[str]:
    bad = []
    for where, text in found:
        if "⟦" in text:
            continue
        rest = text
        for value in sorted(data, key=len, reverse=True):  # whole values before their parts
            rest = rest.replace(value, " ")
        rest = re.sub(r"\S+@\S+|\w+://\S+|(?<!\w)/\S+|[\w.-]+\.(jpe?g|png|pdf|heic|tiff?|webp)\b", " ", rest,
                      flags=re.IGNORECASE)
        if PROSE.search(rest):
            bad.append(f"{where}: {text!r}")
    return bad


def json_strings(value) -> set[str]:
    if isinstance(value, str):
        return {value} if len(value) >= 3 else set()
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return set().union(*(json_strings(v) for v in items))


def service_strings(service, client) -> set[str]:
    """Every text value the service stores or serves: data, not UI text."""
    values: set[str] = set()
    for path in ("/privacy/inventory", "/privacy/subprocessors", "/tickets",
                 "/privacy-requests"):
        values |= json_strings(client.get_json(path))
    with service.db() as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):  # names from sqlite_master
                values.update(v for v in row if isinstance(v, str) and len(v) >= 3)
    return values


@pytest.fixture
def pseudo_locale(qapp, tmp_path):
    translator = QTranslator()
    assert translator.load(str(build_pseudo_qm(tmp_path)))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_sign_in_window_is_translated(qtbot, pseudo_locale):
    window = SignInWindow(server_url="https://api.ticketpros.io")
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("⟦")
    assert untranslated(visible_texts(window), {APP_DISPLAY_NAME}) == []


@pytest.mark.parametrize("email", ["owner@demo.example", "alice@demo.example"])
def test_every_page_dialog_and_menu_is_translated(qtbot, make_desktop, pseudo_locale, demo_service,
                                                   demo_password, isolated_home, email):
    # make_desktop first: the app's own catalogues (English plural forms) are installed
    # when it starts, and the translator installed last is the one Qt asks first.
    desktop = make_desktop(settings_for(demo_service))
    desktop.start()
    sign_in(qtbot, desktop, email, demo_password)
    window = wait_for_main_window(qtbot, desktop)
    found: list[tuple[str, str]] = []
    for spec in pages_for(window.context.me):
        window.show_page(spec.key)
        qtbot.wait(400)  # the page loads its data, so filled states are checked too
        found += visible_texts(window)
    for menu in window.menuBar().findChildren(QMenu):
        found += visible_texts(menu)
    dialog = desktop.open_settings()
    found += visible_texts(dialog)
    dialog.reject()
    found += [("About box", html.unescape(line)) for line in re.split(r"<[^>]+>", about_text()) if line.strip()]
    names = {APP_DISPLAY_NAME, COMPANY, "Python", "PySide6", "httpx", platform.system()}  # names are not translated
    data = service_strings(demo_service, window.context.client) | names | {str(isolated_home)}
    bad = untranslated(found, data)
    print("\n".join(sorted(set(bad))))
    assert bad == []


def catalogue_messages(ts) -> set[tuple[str, str]]:
    """(context, source text) of every message in a Linguist .ts file."""
    return {(context.findtext("name"), message.findtext("source"))
            for context in ET.parse(ts).iter("context") for message in context.iter("message")}


def test_the_catalogue_lists_every_string_of_the_code(tmp_path):
    """resources/translations/ticketpros_en.ts is what translators get: run
    `./dev translations` after changing user-visible text."""
    in_code = catalogue_messages(lupdate(tmp_path / "now.ts"))
    committed = catalogue_messages(ROOT / "resources" / "translations" / "ticketpros_en.ts")
    assert len(in_code) > 500
    assert sorted(in_code - committed) == [], "missing from the catalogue: run ./dev translations"
    assert sorted(committed - in_code) == [], "no longer in the code: run ./dev translations"


def test_the_file_dialog_filter_is_translated(qapp, pseudo_locale):
    from app.uploads.page import FILE_FILTER

    assert ("UploadsPage", FILE_FILTER) in catalogue_messages(
        ROOT / "resources" / "translations" / "ticketpros_en.ts")
    assert QCoreApplication.translate("UploadsPage", FILE_FILTER) == f"⟦{FILE_FILTER}⟧"
