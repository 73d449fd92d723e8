"""Application bootstrap: QApplication, theme, logging, and the window flow
sign-in ⇄ main window driven by the ``SessionController``.

Start-up paints the sign-in window first: nothing of the SDK (httpx, the
keyring, Pillow) or of the pages is imported before that paint. The session
controller's modules, the SDK and the pages are imported on a worker right
after it; a remembered session is resumed once they are there, and the main
window is then built without waiting for imports (tests/app/test_startup.py).
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from . import APP_DISPLAY_NAME, APP_NAME, crash, heap
from .i18n import install_translations
from .logs import open_log_file, setup_logging
from .notifier import DesktopNotifier
from .settings import Settings
from .signin import SignInWindow
from .theme import FUSION, FUSION_BY_ARGV, apply_theme, icon
from .tray import TrayIcon
from .workers import TaskRunner

if TYPE_CHECKING:
    from api_client import Me

    from .session import SessionController
    from .settings.dialog import SettingsDialog
    from .shell import MainWindow
    from .updates.controller import UpdateController

log = logging.getLogger(__name__)


class _AfterFirstPaint(QObject):
    """Runs ``then`` once, as soon as the event loop is free after ``window`` was first painted."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
            self.deleteLater()
        return False


def _load_sdk() -> None:
    """Import what signing in and the main window need, on a worker (the window stays responsive
    meanwhile): the GUI thread then finds it all loaded."""
    import keyring  # noqa: F401
    import pypdf  # noqa: F401 - else the first PDF's check imports it on an upload worker, while the GUI paints

    import api_client._client  # noqa: F401 - httpx

    from . import connection, session  # noqa: F401
    from .shell.pages import import_pages
    from .translation import install_sdk_localiser

    import_pages()
    install_sdk_localiser()


class DesktopApp(QObject):
    """Owns the windows and routes every failure to one presenter."""

    #: The settings were changed by the user (already saved and applied).
    settings_changed = Signal(object)

    #: How often the open app checks that its session is still valid.
    SESSION_CHECK_MS = 5 * 60 * 1000

    def __init__(self, settings: Settings, *, retry_delays=None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = TaskRunner(parent=self)
        self.runner.failed.connect(self.present_error)
        self._retry_delays = retry_delays
        self._session: SessionController | None = None  # made on first use: see session
        # A session revoked elsewhere (sign-out on another device, an admin)
        # returns the person to the sign-in window with a message.
        self._session_check = QTimer(self)
        self._session_check.setInterval(self.SESSION_CHECK_MS)
        self._session_check.timeout.connect(self.check_session)
        self.sign_in_window = SignInWindow(
            server_url=settings.server_url, email=settings.account, remember=settings.remember
        )
        self.main_window: MainWindow | None = None
        if "server_url" in settings.locked:
            from .settings.dialog import mark_managed

            mark_managed(self.sign_in_window.server_edit)

        window = self.sign_in_window
        window.sign_in_requested.connect(lambda *args: self.session.sign_in(*args))
        window.stop_waiting_requested.connect(lambda: self.session.stop_waiting())
        window.browser_sign_in_requested.connect(lambda *args: self.session.sign_in_with_browser(*args))
        window.browser_cancel_requested.connect(lambda: self.session.cancel_browser_sign_in())
        window.code_entered.connect(lambda *args: self.session.submit_code(*args))
        window.code_step_left.connect(lambda: self.session.leave_code_step())

        self.tray = TrayIcon(self)
        self.tray.open_requested.connect(self.bring_to_front)
        self.tray.sign_out_requested.connect(lambda: self.session.sign_out())
        self.tray.quit_requested.connect(self.quit)
        self.tray.pause_all_requested.connect(self.pause_all_uploads)
        self.notifier = DesktopNotifier(tray=self.tray.notify, fallback=self._status_message, parent=self)
        # With a tray, closing the window keeps the app (and its uploads) running.
        if self.tray.available:
            QApplication.setQuitOnLastWindowClosed(False)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_theme_changed)
        self.settings_dialog: SettingsDialog | None = None
        self.settings_changed.connect(self._settings_to_pages)
        self._updates: UpdateController | None = None  # made after the first paint: see updates

    @property
    def updates(self) -> UpdateController:
        """Checking for and applying updates; made on first use (its modules cost tens of
        milliseconds to import, which the sign-in window's first paint does not wait for)."""
        if self._updates is None:
            from .updates.controller import UpdateController

            updates = UpdateController(self.runner, self.settings, parent=self)
            updates.state_changed.connect(self._update_state_changed)
            updates.restart_requested.connect(self.quit)
            self.settings_changed.connect(updates.apply_settings)
            self._updates = updates
        return self._updates

    @property
    def pending_update_restart(self):
        """The update to finish after a normal quit ("Restart to update"), if one was made ready."""
        return self._updates.pending_restart if self._updates is not None else None

    def _update_state_changed(self, text: str) -> None:
        ready = self.updates.ready
        if ready is not None and ready.install_problem is None:
            parent = self.main_window if self.main_window is not None and self.main_window.isVisible() \
                else self.sign_in_window
            self.updates.offer_restart(parent)
        if self.updates.noteworthy:
            self._status_message(text)

    @property
    def session(self) -> SessionController:
        """Signing in and out; made (and the SDK loaded) on first use, after the first paint."""
        if self._session is None:
            from .session import SessionController

            delays = {} if self._retry_delays is None else {"retry_delays": self._retry_delays}
            session = SessionController(self.runner, self.settings, parent=self, **delays)
            session.signed_in.connect(self._show_main_window)
            session.signed_out.connect(self._show_sign_in)
            session.waiting.connect(self._show_waiting)
            window = self.sign_in_window
            session.sign_in_failed.connect(window.show_error)
            session.code_needed.connect(lambda text, error: window.show_code_step(text, error=error))
            session.browser_waiting.connect(window.show_browser_waiting)
            session.sign_in_cancelled.connect(window.show_info)
            session.browser_needed.connect(window.show_browser_needed)
            self._session = session
        return self._session

    def start(self) -> None:
        heap.collect_on_gui_thread()  # before any worker starts
        self._start_windows()
        # Updates are checked once the first window is painted (on a worker), then daily.
        self.after_first_paint(lambda: self.updates.start())

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the sign-in window is painted (call after :meth:`start`); at once,
        from the event loop, when the app starts without showing it."""
        if self._start_hidden() or not self.sign_in_window.isVisible():
            QTimer.singleShot(0, then)
        else:
            _AfterFirstPaint(self.sign_in_window, then)

    def _start_windows(self) -> None:
        if not (self.settings.account and self.settings.remember):
            # Nothing to resume: the person signs in (so the window shows even when starting
            # minimised), and the SDK loads on a worker meanwhile, ready for the click.
            _AfterFirstPaint(self.sign_in_window, lambda: self.runner.run(_load_sdk))
            self.sign_in_window.show()
            return
        self.sign_in_window.show_busy(self.tr("Signing you in…"))
        # Paint first, then load the SDK (on a worker) and resume the remembered session.
        if self._start_hidden():
            QTimer.singleShot(0, self._resume_remembered)
        else:
            _AfterFirstPaint(self.sign_in_window, self._resume_remembered)
            self.sign_in_window.show()

    def _resume_remembered(self) -> None:
        self.runner.run(_load_sdk, on_done=lambda _: self.session.start(),
                        on_error=lambda _: self.session.start())  # start() says what is wrong

    def _start_hidden(self) -> bool:
        return self.settings.start_minimised and self.tray.available and bool(self.settings.account)

    def pause_all_uploads(self) -> None:
        uploads = self.main_window.pages.get("uploads") if self.main_window is not None else None
        if uploads is not None and hasattr(uploads, "pause_all"):
            uploads.pause_all()

    def quit(self) -> None:
        QApplication.instance().quit()

    def bring_to_front(self) -> None:
        window = self.main_window or self.sign_in_window
        window.showNormal()
        window.raise_()
        window.activateWindow()

    # -- settings --------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        from .settings.dialog import SettingsDialog

        proxy = self.session.client.proxy_in_use if self.session.client else None
        dialog = SettingsDialog(self.settings, proxy_in_use=proxy, parent=self.main_window)
        dialog.finished.connect(lambda result: self._settings_dialog_closed(dialog))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_dialog_closed(self, dialog: SettingsDialog) -> None:
        self.settings_dialog = None
        new = dialog.result_settings()
        dialog.deleteLater()
        if new is not None:
            self.apply_settings(new)

    def apply_settings(self, new: Settings) -> None:
        """Save and apply at once: theme, proxy, server (which signs out), and
        (through ``settings_changed``) the upload concurrency and bandwidth limit."""
        server_changed = new.server_url != self.settings.server_url
        # Only what changed is redone: restyling the app takes the GUI thread a few tenths of a
        # second, and a new connection pool cuts the uploads going over the old one.
        theme_changed = new.theme != self.settings.theme
        proxy_fields = ("proxy_mode", "proxy_url", "proxy_exclusions")
        proxy_changed = any(getattr(new, name) != getattr(self.settings, name) for name in proxy_fields)
        paused = self.settings.paused_folders  # the Uploads page's, maybe changed while the dialog was open
        for item in dataclasses.fields(Settings):
            setattr(self.settings, item.name, getattr(new, item.name))
        watched = {folder.key for folder in self.settings.watched()}
        self.settings.paused_folders = [key for key in paused if key in watched]  # a folder removed forgets it
        self.session.save_settings()
        if theme_changed:
            apply_theme(QApplication.instance(), self.settings.theme)
        client = self.session.client
        if server_changed:
            self.sign_in_window.server_edit.setText(self.settings.server_url)
            if self.main_window is not None:
                self.session.sign_out()
        elif client is not None and proxy_changed:
            proxy = self.settings.proxy()
            client.set_proxy(proxy)  # never waits: requests in flight finish on the old connections
            if self.main_window is not None:
                self.main_window.set_connection_status(client.base_url, client.proxy_in_use)
        self.settings_changed.emit(self.settings)

    def set_folder_paused(self, key: str, paused: bool) -> None:
        """A watched folder paused or resumed on the Uploads page: saved (off the GUI thread), so
        the next start, and ``ticketpros watch``, find it as it was left."""
        kept = [k for k in self.settings.paused_folders if k != key]
        self.settings.paused_folders = [*kept, key] if paused else kept
        self.session.save_settings()

    def _settings_to_pages(self, settings: Settings) -> None:
        """Pages that follow a setting while they run (the upload queue's
        concurrency and bandwidth limit) get the new settings at once."""
        if self.main_window is None:
            return
        for page in self.main_window.pages.values():
            apply = getattr(page, "apply_settings", None)
            if callable(apply):
                apply(settings)

    def _system_theme_changed(self, *_: object) -> None:
        if self.settings.theme == "system":
            apply_theme(QApplication.instance(), "system")

    def present_error(self, exc: BaseException) -> None:
        """The one place failures of background work reach the person."""
        from api_client import SessionEndedError

        from .errors import describe

        if isinstance(exc, SessionEndedError):
            self.session.session_ended(exc)
            return
        text = describe(exc)
        if self.main_window is not None:
            self.main_window.show_error(text)
        else:
            self.sign_in_window.show_error(text)

    def unexpected_error(self) -> None:
        """Told after an error nobody handled was written to the log."""
        text = self.tr("Something unexpected went wrong. Your work is kept; the details are in the log "
                       "(Help → Report a problem).")
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
        from api_client import NetworkError, ServerError

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
        from .shell import MainWindow, PageContext

        assert self.session.client is not None
        context = PageContext(me=me, client=self.session.client, runner=self.runner,
                              report_error=self.present_error, navigate=self._navigate,
                              set_badge=self._set_badge, notify=self.notifier.notify,
                              upload_concurrency=self.settings.upload_concurrency,
                              upload_limit_kib=self.settings.upload_limit_kib,
                              managed_settings=self.settings.locked,
                              watched_folders=tuple(self.settings.watched()),
                              set_folder_paused=self.set_folder_paused)
        window = MainWindow(context)
        window.sign_out_requested.connect(self.session.sign_out)
        window.settings_requested.connect(self.open_settings)
        window.quit_requested.connect(self.quit)
        if self.main_window is not None:
            self.main_window.shutdown_pages()
            self.main_window.close()
            self.main_window.deleteLater()
        self.main_window = window
        if not (self._start_hidden() and not self.sign_in_window.isVisible()):
            _AfterFirstPaint(window, heap.settle)
            window.show()
        else:
            QTimer.singleShot(0, heap.settle)
        self.sign_in_window.hide()
        self.tray.set_signed_in(True)
        self._session_check.start()
        window.ask_for_two_step_if_required()

    def _show_sign_in(self, message: str) -> None:
        self._session_check.stop()
        self.tray.set_signed_in(False)
        if self.main_window is not None:
            self.main_window.shutdown_pages()  # signed out: the upload queue pauses until the next sign-in
            self.main_window.close()
            self.main_window.deleteLater()
            self.main_window = None
        self.sign_in_window.show_info(message)
        self.sign_in_window.show()
        self.sign_in_window.raise_()

    def shutdown(self) -> None:
        heap.stop_collecting()  # automatic collection again: the timer that collected ends with the event loop
        self._session_check.stop()
        self.session.cancel_browser_sign_in()  # its worker would hold up the runner's shutdown
        if self.main_window is not None:
            self.main_window.shutdown_pages()
        self.runner.shutdown()
        if self._session is not None:
            self._session.shutdown()


#: How long a thread may hold the GIL while another waits for it (Python's default: 5 ms). The
#: GUI thread takes it for every call from Qt into Python (a model's ``data()``, a slot, a
#: delegate's paint) and gives it up around most calls back into Qt, so with upload and watcher
#: threads busy in Python it waited up to the whole interval each time: during a 1,000-file
#: watched folder most of its busy time was spent waiting for the GIL (py-spy).
GUI_SWITCH_INTERVAL = 0.0005


def create_qapplication(argv: list[str]) -> QApplication:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    app = QApplication.instance()
    if app is None:
        # Crisp at 125 % / 150 %: no rounding of the scale factor.
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        # Made with the Fusion style (not the platform's, then replaced by apply_theme), and
        # marked so: apply_theme need not ask app.style(), whose first Python wrapper builds
        # QStyle's enums (tens of milliseconds before the first paint).
        app = QApplication([*argv, "-style", FUSION])
        app.setProperty(FUSION_BY_ARGV, True)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(icon("app"))
    if not getattr(app, "_ticketpros_translations", None):
        app._ticketpros_translations = install_translations(app)  # type: ignore[attr-defined]
    return app


def run_gui(*, server_url: str | None = None, allow_insecure_http: bool = False) -> int:
    """Start the GUI; ``server_url`` overrides the saved address (``demo``)."""
    from .single_instance import SingleInstance

    setup_logging(defer=True)  # the file is opened after the first paint
    qt_app = create_qapplication(sys.argv[:1])
    instance = SingleInstance(qt_app)
    if not instance.acquire(listen=False):  # listening (QtNetwork) waits for the first paint
        print(f"{APP_DISPLAY_NAME} is already running; its window was brought to the front.")
        log.info("already running: asked the running copy to come to the front")
        return 0
    settings = Settings.load()
    if server_url and "server_url" in settings.locked:
        log.warning("the organisation's policy sets the server address; %s not used", server_url)
    elif server_url and server_url != settings.server_url:
        settings.server_url = server_url
        settings.account = ""  # the remembered account belongs to the other server
    settings.allow_insecure_http = settings.allow_insecure_http or allow_insecure_http
    apply_theme(qt_app, settings.theme)
    desktop = DesktopApp(settings)
    crash.install(notify=desktop.unexpected_error)
    instance.activated.connect(desktop.bring_to_front)
    qt_app.aboutToQuit.connect(desktop.shutdown)
    qt_app.aboutToQuit.connect(instance.release)
    desktop.start()
    desktop.after_first_paint(instance.listen)
    desktop.after_first_paint(open_log_file)
    log.info("%s started", APP_DISPLAY_NAME)
    status = qt_app.exec()
    if desktop.pending_update_restart is not None:  # "Restart to update", after a normal quit
        from .updates.controller import finish_pending

        finish_pending(desktop.pending_update_restart, sys.argv)
    return status
