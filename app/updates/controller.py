"""The app's side of signed updates (Qt): check after the first paint and daily, download in the
background with progress, then offer "Restart to update".

Every network and file step runs on the TaskRunner (app/workers.py); the GUI thread only shows
the state. With ``updates_enabled`` off (by the person or by the organisation's policy) nothing
is scheduled at all, so no request reaches the repository. "Restart to update" quits the app the
normal way (uploads stop as at any quit; their queue stays in the data folder), then
``run_gui`` installs the staged version and starts it (``finish_pending``).
"""

from __future__ import annotations

import logging
import subprocess
import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from .. import paths
from ..confirm import confirm
from ..textformat import format_size, local_time
from . import core

log = logging.getLogger(__name__)

#: The last state any controller showed (the About box reads it).
_latest_state = ""


def latest_state() -> str:
    return _latest_state


@dataclass(frozen=True)
class Ready:
    staged: core.StagedUpdate
    config: core.UpdateConfig
    #: Files not yet uploaded (both queues) when the download finished.
    pending_uploads: int
    #: Set when this account cannot write the install folder.
    install_problem: core.InstallFolderError | None


def check_and_download(settings, progress) -> Ready | None:
    """On a worker: the newest version verified and staged, or None when up to date."""
    from api_client import __version__  # the SDK loads after the first paint, never before

    config = core.config_from_settings(settings, __version__)
    updater = core.Updater(config)
    available = updater.check()
    if available is None:
        return None
    progress(("downloading", available.version, 0, available.download_size))
    staged = updater.download(
        progress=lambda done, total: progress(("downloading", available.version, done, total)))
    try:
        core.check_writable(config.install_dir, staged.version)
        problem = None
    except core.InstallFolderError as exc:
        problem = exc
    return Ready(staged, config, pending_uploads=_pending_uploads(), install_problem=problem)


def _pending_uploads() -> int:
    from api_client.uploads import count_pending

    total = 0
    for queue in (paths.upload_queue_file(), paths.cli_upload_queue_file()):
        try:
            total += count_pending(queue)
        except Exception:
            log.info("upload queue %s not counted", queue, exc_info=True)
    return total


class UpdateController(QObject):
    """Owns the update state shown in the About box and the status bar."""

    #: The one-line state changed (About box, status bar).
    state_changed = Signal(str)
    #: The person chose "Restart to update": the app must quit (``finish_pending`` follows).
    restart_requested = Signal()

    CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000

    def __init__(self, runner, settings, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.state = ""
        self.ready: Ready | None = None
        self.pending_restart: Ready | None = None
        self._busy = False
        self.noteworthy = False
        self._offered = False
        self._enabled = settings.updates_enabled
        self._timer = QTimer(self)
        self._timer.setInterval(self.CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._set_state(self._idle_state())

    def _idle_state(self) -> str:
        if not self.settings.updates_enabled:
            if "updates_enabled" in getattr(self.settings, "locked", frozenset()):
                return self.tr("Updates are switched off by your organisation.")
            return self.tr("Automatic updates are off.")
        return self.tr("Not checked yet.")

    def _set_state(self, text: str, *, noteworthy: bool = False) -> None:
        """``noteworthy``: worth the status bar too (progress, ready, a refusal), not only the About box."""
        global _latest_state
        self.state = _latest_state = text
        self.noteworthy = noteworthy
        self.state_changed.emit(text)

    def describe(self, exc: BaseException) -> str:
        """The refusal in one translated sentence (the command line prints core's own)."""
        kind = getattr(exc, "kind", "failed")
        details = getattr(exc, "details", {})
        keep = self.tr("this version keeps working")
        texts = {
            "expired": self.tr("The update repository's signed information has expired, so nothing was "
                               "installed; {keep}."),
            "rollback": self.tr("The update repository offered older signed information than this computer "
                                "has already seen (a rollback), so it was refused; {keep}."),
            "unsigned": self.tr("The update repository's information is not signed with Ticket Pros' key, "
                                "so it was refused; {keep}."),
            "tampered": self.tr("The downloaded update does not match its signed description (it may have "
                                "been tampered with), so it was refused; {keep}."),
            "unreachable": self.tr("The update repository {repository} could not be reached; {keep}."),
            "unverified": self.tr("The update repository's information could not be verified, so it was "
                                  "refused; {keep}."),
            "disk": self.tr("The update could not be saved on this computer; {keep}."),
            "source": self.tr("This copy runs from source or was installed with pip, so it updates with pip, "
                              "not by itself."),
            "no_key": self.tr("This build carries no update key, so it cannot update itself."),
            "install_folder": self.tr("Ticket Pros is installed in {install_dir}, which this account cannot "
                                      "change; ask your administrator to install version {version}."),
        }
        text = texts.get(kind, self.tr("The update failed; {keep}."))
        return text.format(keep=keep, repository=details.get("repository", ""),
                           install_dir=details.get("install_dir", ""), version=details.get("version", ""))

    def start(self) -> None:
        """At start (called after the first paint) and then daily; nothing at all when off."""
        if not self.settings.updates_enabled:
            self._timer.stop()
            return
        self._timer.start()
        self.check()

    def apply_settings(self, settings) -> None:
        """The settings changed (the object may be the same one, changed in place)."""
        was_enabled = self._enabled
        self.settings = settings
        self._enabled = settings.updates_enabled
        if not settings.updates_enabled:
            self._timer.stop()
            if self.ready is None:
                self._set_state(self._idle_state())
        elif not was_enabled:
            self.start()

    def check(self) -> None:
        if self.ready is not None:  # downloaded already: the daily check asks again
            self._offered = False
            self._set_state(self.state)
            return
        if self._busy or not self.settings.updates_enabled:
            return
        self._busy = True
        self._set_state(self.tr("Checking for updates…"))
        self.runner.run(check_and_download, self.settings, on_done=self._checked, on_error=self._failed,
                        on_progress=self._progress, context=self)

    def _progress(self, value) -> None:
        _kind, version, done, total = value
        percent = int(done * 100 / total) if total else 0
        self._set_state(self.tr("Downloading version {version}… {percent}% of {size}").format(
            version=version, percent=percent, size=format_size(total)), noteworthy=True)

    def _checked(self, ready: Ready | None) -> None:
        self._busy = False
        if ready is None:
            self._set_state(self.tr("Up to date (checked at {time}).").format(
                time=local_time(_now_iso())))
            return
        self.ready = ready
        if ready.install_problem is not None:
            self._set_state(self.describe(ready.install_problem), noteworthy=True)
        else:
            self._set_state(self.tr("Version {version} is ready: restart to update.").format(
                version=ready.staged.version), noteworthy=True)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.info("update check: %s", getattr(exc, "reason", exc))
        # A copy that cannot update itself (from source, no key) or a computer offline is a state
        # for the About box, not news for the status bar at every start; a refusal is news.
        quiet = isinstance(exc, core.UpdatesUnavailableError) or getattr(exc, "kind", "") == "unreachable"
        self._set_state(self.describe(exc), noteworthy=not quiet)

    def offer_restart(self, parent: QWidget) -> None:
        """Ask "Restart to update", saying which uploads continue after the restart."""
        ready = self.ready
        if ready is None or ready.install_problem is not None or self._offered:
            return
        self._offered = True
        text = self.tr("Version {version} of Ticket Pros is downloaded and verified.").format(
            version=ready.staged.version)
        details = ""
        if ready.pending_uploads:
            details = self.tr("%n files are still uploading; they continue after the restart.", "",
                              ready.pending_uploads)
        confirm(parent, title=self.tr("Update ready"), text=text, details=details,
                action=self.tr("Restart to update"), destructive=False, on_confirm=self._restart)

    def _restart(self) -> None:
        self.pending_restart = self.ready
        self.restart_requested.emit()


def finish_pending(ready: Ready, argv: list[str]) -> bool:
    """After the event loop ended: install the staged version and start it. False (logged) when
    the install was refused: the version that was running stays installed."""
    try:
        program = core.install(ready.config, ready.staged)
    except core.UpdateError as exc:
        log.warning("update not installed: %s", exc.reason)
        return False
    log.info("starting the new version %s: %s", ready.staged.version, program)
    subprocess.Popen([str(program), *argv[1:]], start_new_session=sys.platform != "win32", close_fds=True)
    return True


def _now_iso() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat()
