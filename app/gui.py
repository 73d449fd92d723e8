"""Application bootstrap: QApplication, theme, logging, and the window flow
sign-in ⇄ main window driven by the ``SessionController``."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from api_client import Me, NetworkError, ServerError, SessionEndedError

from . import APP_DISPLAY_NAME, APP_NAME
from .errors import describe
from .logs import setup_logging
from .notifier import DesktopNotifier
from .session import RETRY_DELAYS, SessionController
from .settings import Settings
from .shell import MainWindow, PageContext
from .signin import SignInWindow
from .theme import apply_theme, icon
from .workers import TaskRunner

log = logging.getLogger(__name__)


class DesktopApp(QObject):
    """Owns the windows and routes every failure to one presenter."""

    #: How often the open app checks that its session is still valid.
    SESSION_CHECK_MS = 5 * 60 * 1000

    def __init__(self, settings: Settings, *, retry_delays=RETRY_DELAYS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = TaskRunner(parent=self)
        self.runner.failed.connect(self.present_error)
        self.session = SessionController(self.runner, settings, retry_delays=retry_delays, parent=self)
        # A session revoked elsewhere (sign-out on another device, an admin)
        # returns the person to the sign-in window with a message.
        self._session_check = QTimer(self)
        self._session_check.setInterval(self.SESSION_CHECK_MS)
        self._session_check.timeout.connect(self.check_session)
        self.sign_in_window = SignInWindow(
            server_url=settings.server_url, email=settings.account, remember=settings.remember
        )
        self.main_window: MainWindow | None = None
        self.notifier = DesktopNotifier(fallback=self._status_message, parent=self)

        self.sign_in_window.sign_in_requested.connect(self.session.sign_in)
        self.sign_in_window.stop_waiting_requested.connect(self.session.stop_waiting)
        self.session.signed_in.connect(self._show_main_window)
        self.session.signed_out.connect(self._show_sign_in)
        self.session.waiting.connect(self._show_waiting)
        self.session.sign_in_failed.connect(self.sign_in_window.show_error)

    def start(self) -> None:
        if self.settings.account and self.settings.remember:
            self.sign_in_window.show_busy(self.tr("Signing you in…"))
        self.sign_in_window.show()
        self.session.start()

    def present_error(self, exc: BaseException) -> None:
        """The one place failures of background work reach the person."""
        if isinstance(exc, SessionEndedError):
            self.session.session_ended(exc)
            return
        text = describe(exc)
        if self.main_window is not None:
            self.main_window.show_error(text)
        else:
            self.sign_in_window.show_error(text)

    def check_session(self) -> None:
        client = self.session.client
        if client is None or self.main_window is None:
            return
        self.runner.run(client.me, on_error=self._session_check_failed)

    def _session_check_failed(self, exc: BaseException) -> None:
        if isinstance(exc, (NetworkError, ServerError)):
            log.info("session check: service unreachable (%s)", exc)  # offline is not an error here
        else:
            self.present_error(exc)

    def _navigate(self, key: str, args: dict) -> None:
        if self.main_window is not None:
            self.main_window.show_page(key, args)

    def _set_badge(self, key: str, count: int) -> None:
        if self.main_window is not None:
            self.main_window.set_badge(key, count)

    def _status_message(self, text: str) -> None:
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(text, 15000)

    def _show_waiting(self, text: str) -> None:
        self.sign_in_window.show_waiting(text)
        self.sign_in_window.show()

    def _show_main_window(self, me: Me) -> None:
        assert self.session.client is not None
        context = PageContext(me=me, client=self.session.client, runner=self.runner,
                              report_error=self.present_error, navigate=self._navigate,
                              set_badge=self._set_badge, notify=self.notifier.notify)
        window = MainWindow(context)
        window.sign_out_requested.connect(self.session.sign_out)
        if self.main_window is not None:
            self.main_window.close()
            self.main_window.deleteLater()
        self.main_window = window
        window.show()
        self.sign_in_window.hide()
        self._session_check.start()

    def _show_sign_in(self, message: str) -> None:
        self._session_check.stop()
        if self.main_window is not None:
            self.main_window.close()
            self.main_window.deleteLater()
            self.main_window = None
        self.sign_in_window.show_info(message)
        self.sign_in_window.show()
        self.sign_in_window.raise_()

    def shutdown(self) -> None:
        self._session_check.stop()
        self.notifier.hide()
        self.runner.shutdown()
        self.session.shutdown()


def create_qapplication(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Crisp at 125 % / 150 %: no rounding of the scale factor.
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(icon("app"))
    return app


def run_gui(*, server_url: str | None = None, allow_insecure_http: bool = False) -> int:
    """Start the GUI; ``server_url`` overrides the saved address (``demo``)."""
    setup_logging()
    qt_app = create_qapplication(sys.argv[:1])
    settings = Settings.load()
    if server_url and server_url != settings.server_url:
        settings.server_url = server_url
        settings.account = ""  # the remembered account belongs to the other server
    settings.allow_insecure_http = settings.allow_insecure_http or allow_insecure_http
    apply_theme(qt_app)
    desktop = DesktopApp(settings)
    qt_app.aboutToQuit.connect(desktop.shutdown)
    desktop.start()
    log.info("%s started", APP_DISPLAY_NAME)
    return qt_app.exec()
