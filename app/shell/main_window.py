"""The main window: navigation on the left, the current page on the right,
the account menu in the tool bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from api_client import Me, SessionEndedError

from .. import APP_DISPLAY_NAME
from ..theme import icon
from .pages import PageContext, PageSpec, pages_for

log = logging.getLogger(__name__)

PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2


def literal_title(text: str) -> str:
    """Data (a company's name) for a window title, shown as typed: Qt reads
    "[*]" in a title as the unsaved-changes mark and "[*][*]" as a literal "[*]"."""
    return text.replace("[*]", "[*][*]")


class ErrorBanner(QWidget):
    """A dismissible one-line error at the top of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Error message"))
        close = QPushButton(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        me = context.me
        # The title ends with the product's name: Qt appends the application
        # display name to any title that does not (QPlatformWindow::formatWindowTitle,
        # on Windows, X11 and Wayland), so this reads the same everywhere.
        #: Keep {app} last: the system adds the app's name to titles that do not end with it.
        self.setWindowTitle(self.tr("{organisation} — {app}").format(
            organisation=literal_title(me.customer.name), app=APP_DISPLAY_NAME))
        self.setWindowIcon(icon("app"))
        self.resize(1100, 720)
        self.setMinimumSize(QSize(760, 480))

        self.pages: dict[str, QWidget] = {}
        self.two_step_dialog = None
        self.sign_in_rules_dialog = None
        # Pages may offer a ``notice`` widget (the privacy policy banner) shown above every page.
        self.notice_area = QVBoxLayout()
        self.nav_model = QStandardItemModel(self)
        self.nav = QListView()
        self.nav.setObjectName("NavList")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setModel(self.nav_model)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(200)
        self.nav.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Current page"))

        for number, spec in enumerate(pages_for(me), start=1):
            self._add_page(spec, number)
        self.nav.selectionModel().currentChanged.connect(self._on_nav_changed)
        self.nav.setCurrentIndex(self.nav_model.index(0, 0))

        self.banner = ErrorBanner()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addLayout(self.notice_area)
        right_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)
        self._build_toolbar(me)
        self._build_menus()
        self.connection_label = QLabel()
        self.connection_label.setObjectName("Muted")
        self.connection_label.setAccessibleName(self.tr("Connection"))
        self.statusBar().addPermanentWidget(self.connection_label)
        self.set_connection_status(context.client.base_url, context.client.proxy_in_use)

    def set_connection_status(self, server: str, proxy: str | None) -> None:
        """Status bar: where the app is connected, and whether through a proxy."""
        text = self.tr("Signed in to {server}").format(server=server)
        if proxy:
            text += " · " + self.tr("via proxy {proxy}").format(proxy=proxy)
        self.connection_label.setText(text)

    def _build_menus(self) -> None:
        from ..about import report_problem, show_about

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = file_menu.addAction(self.tr("&Settings…"))
        settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if settings.shortcut().isEmpty():
            settings.setShortcut(QKeySequence(self.tr("Ctrl+,")))
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings.triggered.connect(self.settings_requested)
        file_menu.addSeparator()
        file_menu.addAction(self.sign_out_action)
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.quit_requested)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Report a problem…"), lambda: report_problem(self))
        about = help_menu.addAction(self.tr("&About Ticket Pros"), lambda: show_about(self, self.context.managed_settings))
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_toolbar(self, me: Me) -> None:
        bar = QToolBar(self.tr("Account"))
        bar.setObjectName("AccountBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)

        role = self.tr("Account Owner") if me.user.is_owner else self.tr("Member")
        self.account_button = QToolButton()
        self.account_button.setObjectName("AccountButton")
        self.account_button.setIcon(icon("account"))
        self.account_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.account_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.account_button.setText(f"{me.user.name} · {me.customer.name}  ▾")
        self.account_button.setAccessibleName(self.tr("Account menu"))
        self.account_button.setToolTip(f"{me.user.email}\n{role}, {me.customer.name}")
        menu = QMenu(self.account_button)
        who = menu.addAction(f"{me.user.name} <{me.user.email}>")
        who.setEnabled(False)
        org = menu.addAction(f"{role} · {me.customer.name}")
        org.setEnabled(False)
        menu.addSeparator()
        self.two_step_action = menu.addAction(self.tr("Two-step verification…"))
        self.two_step_action.triggered.connect(lambda: self.open_two_step())
        if me.user.is_owner:
            self.sign_in_rules_action = menu.addAction(self.tr("Organisation sign-in rules…"))
            self.sign_in_rules_action.triggered.connect(self.open_sign_in_rules)
        menu.addSeparator()
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.sign_out_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+Q")))
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        menu.addAction(self.sign_out_action)
        self.addAction(self.sign_out_action)
        self.account_button.setMenu(menu)
        bar.addWidget(self.account_button)

    def open_two_step(self, *, required: bool = False):
        """The two-step verification dialog (``required``: the organisation asks
        for it and it is off)."""
        from ..account.two_step import TwoStepDialog

        if self.two_step_dialog is not None and self.two_step_dialog.isVisible():
            self.two_step_dialog.raise_()
            return self.two_step_dialog
        dialog = TwoStepDialog(self.context.client, self.context.runner, self.context.me.user.email,
                               report_error=self.context.report_error, required=required, parent=self)
        dialog.finished.connect(lambda _result: self._dialog_closed("two_step_dialog", dialog))
        self.two_step_dialog = dialog
        dialog.open()
        dialog.load()
        return dialog

    def ask_for_two_step_if_required(self) -> None:
        """The organisation requires two-step and this person has none yet
        (a session that began before the rule): ask them to set it up now."""
        self.context.runner.run(self.context.client.two_step.status, on_done=self._two_step_known,
                                on_error=self._two_step_unknown, context=self)

    def _two_step_known(self, status) -> None:
        if status.required_by_organisation and not status.enabled:
            self.open_two_step(required=True)

    def _two_step_unknown(self, exc: BaseException) -> None:
        if isinstance(exc, SessionEndedError):
            self.context.report_error(exc)
        else:
            log.info("two-step status not known: %s", exc)  # asked again at the next sign-in

    def open_sign_in_rules(self):
        """The organisation's sign-in rules (Account Owner)."""
        from ..account.sign_in_rules import SignInRulesDialog

        dialog = SignInRulesDialog(self.context.client, self.context.runner, self.context.me.customer.name,
                                   report_error=self.context.report_error, parent=self)
        dialog.finished.connect(lambda _result: self._dialog_closed("sign_in_rules_dialog", dialog))
        dialog.accepted.connect(lambda: dialog.policy().require_two_step and self.ask_for_two_step_if_required())
        self.sign_in_rules_dialog = dialog
        dialog.open()
        dialog.load()
        return dialog

    def _dialog_closed(self, name: str, dialog: QWidget) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)
        dialog.deleteLater()

    def _add_page(self, spec: PageSpec, number: int) -> None:
        item = QStandardItem(icon(spec.icon), spec.title)
        item.setData(spec.key, PAGE_KEY_ROLE)
        item.setData(spec.title, TITLE_ROLE)
        item.setToolTip(f"{spec.summary} (Ctrl+{number})")
        item.setAccessibleText(spec.title)
        self.nav_model.appendRow(item)
        page = spec.factory(self.context)
        page.setObjectName(f"page-{spec.key}")
        if isinstance(getattr(page, "notice", None), QWidget):
            self.notice_area.addWidget(page.notice)
        self.pages[spec.key] = page
        self.stack.addWidget(page)
        if number <= 9:
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            self.addAction(action)

    def _on_nav_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(PAGE_KEY_ROLE)
        if key in self.pages:
            self.stack.setCurrentWidget(self.pages[key])

    def show_page(self, key: str, args: dict | None = None) -> None:
        """Switch to a page; ``args`` go to the page's ``open_with`` (e.g. a
        privacy request form pre-filled from the dashboard)."""
        for row in range(self.nav_model.rowCount()):
            index = self.nav_model.index(row, 0)
            if index.data(PAGE_KEY_ROLE) == key:
                self.nav.setCurrentIndex(index)
                open_with = getattr(self.pages[key], "open_with", None)
                if args is not None and callable(open_with):
                    open_with(args)
                return

    def set_badge(self, key: str, count: int) -> None:
        """Show a count next to a page's name ("Approvals (2)"), e.g. pending work."""
        for row in range(self.nav_model.rowCount()):
            item = self.nav_model.item(row)
            if item.data(PAGE_KEY_ROLE) == key:
                title = item.data(TITLE_ROLE)
                item.setText(f"{title} ({count})" if count else title)
                item.setAccessibleText(
                    self.tr("{title}, {count} waiting").format(title=title, count=count) if count else title
                )
                return

    def shutdown_pages(self) -> None:
        """Stop the pages' background work (the upload queue) at sign-out and exit;
        closing the window to the tray does not."""
        for page in self.pages.values():
            shutdown = getattr(page, "shutdown", None)
            if callable(shutdown):
                shutdown()

    @property
    def current_page_key(self) -> str:
        return self.nav.currentIndex().data(PAGE_KEY_ROLE)

    def show_error(self, text: str) -> None:
        self.banner.show_text(text)
