"""Signing in, staying signed in, and signing out, for the GUI.

The rule users care about most: the app never signs anyone out on its own
because the keyring is locked or the network is down. It waits, says what it
is waiting for, and retries; only the service ending the session (or the user)
signs them out.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from api_client import (
    BrowserSignInRequiredError,
    CodeRequiredError,
    InvalidCodeError,
    Me,
    NetworkError,
    ServerError,
    SessionEndedError,
    SignInCancelledError,
    TicketProsClient,
    TicketProsError,
    TokenStoreError,
)

from .connection import make_client
from .errors import describe
from .settings import Settings
from .workers import TaskRunner

log = logging.getLogger(__name__)

#: Seconds between attempts while waiting for the keyring or the network.
RETRY_DELAYS = (1, 2, 4, 8, 15, 30)


#: Seconds the browser sign-in waits for the person (the service's sign-in page lives ten minutes).
BROWSER_TIMEOUT = 600.0


def _resume(client: TicketProsClient, account: str) -> Me | None:
    if not client.resume(account):
        return None
    return client.me()


def _browser_sign_in(client: TicketProsClient, remember: bool, timeout: float, progress) -> Me:
    """On a worker: start the flow (its listener and URL), hand it to the GUI
    thread (which opens the browser and may cancel it), wait for the browser."""
    flow = client.browser_sign_in(remember=remember)
    progress(flow)
    with flow:
        return flow.wait(timeout=timeout)


def open_in_browser(url: str) -> bool:
    """The system browser, as the desktop opens links."""
    return QDesktopServices.openUrl(QUrl(url))


@dataclass
class _PendingCode:
    """A password that was right, waiting for its two-step code (memory only)."""

    client: TicketProsClient
    email: str
    password: str
    remember: bool


class SessionController(QObject):
    """Owns the signed-in client; the windows follow its signals."""

    #: Signed in (or resumed): the ``Me`` of the account.
    signed_in = Signal(object)
    #: Signed out; the text says why ("" when there is nothing to say).
    signed_out = Signal(str)
    #: Still trying: a sentence about what the app waits for.
    waiting = Signal(str)
    #: Sign-in attempt failed; the sentence to show.
    sign_in_failed = Signal(str)
    #: The password was right and a two-step code is needed: (sentence, whether it is an error).
    code_needed = Signal(str, bool)
    #: The browser sign-in is under way: what the person should do now.
    browser_waiting = Signal(str)
    #: The browser sign-in was cancelled: a sentence (not an error).
    sign_in_cancelled = Signal(str)
    #: The organisation's rules need the browser sign-in (browser only, or two-step to set up there).
    browser_needed = Signal(str)

    def __init__(self, runner: TaskRunner, settings: Settings, *, retry_delays=RETRY_DELAYS,
                 open_browser: Callable[[str], bool] = open_in_browser,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Opens the sign-in page; returns False when no browser could be started.
        self.open_browser = open_browser
        self.browser_timeout = BROWSER_TIMEOUT
        self._pending_code: _PendingCode | None = None
        self._browser_flow = None
        self._browser_cancelled = False
        self._runner = runner
        self.settings = settings
        self._retry_delays = retry_delays
        self._attempt = 0
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._resume)
        # Saving runs on its own one-thread runner so writes land in order.
        self._saver = TaskRunner(max_threads=1, parent=self)
        self.client: TicketProsClient | None = None
        self.me: Me | None = None

    # -- start-up -------------------------------------------------------------

    def start(self) -> None:
        """Resume the remembered session, if any."""
        if self.settings.account and self.settings.remember:
            self._attempt = 0
            self._resume()
        else:
            self.signed_out.emit("")

    @property
    def is_waiting(self) -> bool:
        return self._retry_timer.isActive()

    def stop_waiting(self) -> None:
        """The user chose to sign in with the password instead of waiting.
        The remembered session is not deleted."""
        self._retry_timer.stop()
        self.signed_out.emit("")

    def _resume(self) -> None:
        try:
            client = self._replace_client(make_client(self.settings))
        except TicketProsError as exc:
            self.signed_out.emit(describe(exc))
            return
        self._runner.run(_resume, client, self.settings.account,
                         on_done=self._resumed, on_error=self._resume_failed)

    def _resumed(self, me: Me | None) -> None:
        self._attempt = 0
        if me is None:
            self.signed_out.emit("")
            return
        self.me = me
        self.signed_in.emit(me)

    def _resume_failed(self, exc: BaseException) -> None:
        if isinstance(exc, TokenStoreError) and exc.locked:
            self._wait_and_retry("Waiting for the system keyring to unlock. Your session is kept")
        elif isinstance(exc, (NetworkError, ServerError)):
            self._wait_and_retry(f"{describe(exc)} Your session is kept")
        elif isinstance(exc, SessionEndedError):
            self._forget_account()
            self.signed_out.emit(describe(exc))
        else:
            self.signed_out.emit(describe(exc))

    def _wait_and_retry(self, why: str) -> None:
        delay = self._retry_delays[min(self._attempt, len(self._retry_delays) - 1)]
        self._attempt += 1
        self.waiting.emit(f"{why}; trying again in {delay} s.")
        self._retry_timer.start(int(delay * 1000))

    # -- sign in / out --------------------------------------------------------

    def sign_in(self, server_url: str, email: str, password: str, remember: bool) -> None:
        self._retry_timer.stop()
        try:
            client = self._replace_client(make_client(self.settings, server_url=server_url))
        except TicketProsError as exc:
            self.sign_in_failed.emit(describe(exc))
            return
        self._pending_code = None
        self._runner.run(
            client.login, email, password, remember=remember,
            on_done=lambda me: self._signed_in(client, me, remember),
            on_error=lambda exc: self._password_failed(exc, _PendingCode(client, email, password, remember)),
        )

    def _password_failed(self, exc: BaseException, pending: _PendingCode) -> None:
        if isinstance(exc, CodeRequiredError):
            self._pending_code = pending
            self.code_needed.emit(exc.message, False)
        elif isinstance(exc, BrowserSignInRequiredError):
            self.browser_needed.emit(describe(exc))
        else:
            self.sign_in_failed.emit(describe(exc))

    def submit_code(self, code: str) -> None:
        """The code (or a recovery code) after a password that was right."""
        pending = self._pending_code
        if pending is None:
            self.sign_in_failed.emit("Sign in with your password first.")
            return
        self._runner.run(
            pending.client.login, pending.email, pending.password, code=code, remember=pending.remember,
            on_done=lambda me: self._signed_in(pending.client, me, pending.remember),
            on_error=self._code_failed,
        )

    def _code_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidCodeError) and self._pending_code is not None:
            self.code_needed.emit(exc.message, True)
        else:
            self._pending_code = None  # locked out, or the service refused: start again
            self.sign_in_failed.emit(describe(exc))

    def leave_code_step(self) -> None:
        self._pending_code = None

    def sign_in_with_browser(self, server_url: str, remember: bool) -> None:
        """RFC 8252: the system browser signs the person in on the service's page."""
        self._retry_timer.stop()
        self._pending_code = None
        self._browser_cancelled = False
        try:
            client = self._replace_client(make_client(self.settings, server_url=server_url))
        except TicketProsError as exc:
            self.sign_in_failed.emit(describe(exc))
            return
        self._runner.run(
            _browser_sign_in, client, remember, self.browser_timeout,
            on_progress=self._browser_flow_started,
            on_done=lambda me: self._browser_done(client, me, remember),
            on_error=self._browser_failed,
        )

    def _browser_flow_started(self, flow) -> None:
        self._browser_flow = flow
        if self._browser_cancelled:
            flow.cancel()
            return
        if self.open_browser(flow.url):
            self.browser_waiting.emit("Finish signing in in your browser; this window continues by itself.")
        else:
            self.browser_waiting.emit(f"Your browser could not be opened. Open this address in a browser: {flow.url}")

    def cancel_browser_sign_in(self) -> None:
        self._browser_cancelled = True
        if self._browser_flow is not None:
            self._browser_flow.cancel()

    def _browser_done(self, client: TicketProsClient, me: Me, remember: bool) -> None:
        self._browser_flow = None
        self._signed_in(client, me, remember)

    def _browser_failed(self, exc: BaseException) -> None:
        self._browser_flow = None
        if isinstance(exc, SignInCancelledError):
            self.sign_in_cancelled.emit(exc.message)
        else:
            self.sign_in_failed.emit(describe(exc))

    def _signed_in(self, client: TicketProsClient, me: Me, remember: bool) -> None:
        self._pending_code = None
        self.me = me
        self.settings.server_url = client.base_url
        self.settings.account = me.user.email if remember else ""
        self.settings.remember = remember
        self.save_settings()
        self.signed_in.emit(me)

    def sign_out(self) -> None:
        client = self.client
        self._forget_account()
        self.me = None
        if client is None:
            self.signed_out.emit("You are signed out.")
            return
        self._runner.run(
            client.logout,
            on_done=lambda revoked: self.signed_out.emit(
                "You are signed out." if revoked else
                "You are signed out on this computer. The service could not be reached to end the session there."
            ),
            on_error=lambda exc: self.signed_out.emit("You are signed out."),
        )

    def session_ended(self, exc: SessionEndedError) -> None:
        """Any task that finds the session gone lands here."""
        if self.me is None:
            return
        self.me = None
        self._forget_account()
        self.signed_out.emit(describe(exc))

    # -- internals ------------------------------------------------------------

    def _replace_client(self, client: TicketProsClient) -> TicketProsClient:
        old, self.client = self.client, client
        if old is not None:
            self._runner.run(old.close)
        return client

    def _forget_account(self) -> None:
        self.settings.account = ""
        self.save_settings()

    def save_settings(self) -> None:
        """Write the settings to disk off the GUI thread, in order."""
        self._saver.run(dataclasses.replace(self.settings).save)

    def shutdown(self) -> None:
        """At exit: finish pending saves and release the connection pool
        (after the app's runner has stopped using the client)."""
        self._retry_timer.stop()
        self.cancel_browser_sign_in()
        self._saver.shutdown()
        if self.client is not None:
            self.client.close()
