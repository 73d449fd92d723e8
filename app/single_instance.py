"""One copy of the app per user: a second start brings the first to the front.

Two copies would share one upload queue and one keyring entry, and race each
other's refresh-token rotation. A ``QLockFile`` in the data folder says who
runs (a lock left by a crashed copy is stale and taken over); a
``QLocalServer`` named after that folder lets a second start ask the first to
show its window, then exit.

QtNetwork is imported only when a socket is needed: the first copy starts its
server after the sign-in window is painted (``acquire(listen=False)``, then
:meth:`SingleInstance.listen`), so a second start made meanwhile tries to
reach it for a few seconds.
"""

from __future__ import annotations

import hashlib
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from . import paths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

_WAKE = b"show\n"
#: How long a second start tries to reach the running copy (which may still be painting its window).
WAKE_SECONDS = 3.0


class SingleInstance(QObject):
    #: Another start of the app asked this one to come to the front.
    activated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder = paths.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(folder / "app.lock"))
        # Per user and per data folder (a test's temporary home is its own world).
        self.server_name = "ticketpros-" + hashlib.sha256(str(folder).encode()).hexdigest()[:16]
        self._server: QLocalServer | None = None

    def acquire(self, *, listen: bool = True) -> bool:
        """True when this is the only copy; else wake the running copy and return False.
        ``listen=False``: the caller starts listening for later starts with :meth:`listen`."""
        if not self._lock.tryLock(200):
            self._wake_running_copy()
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later starts of the app (they ask this copy to come to the front)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        QLocalServer.removeServer(self.server_name)  # left by a copy that crashed
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self.server_name)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _wake_running_copy(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + WAKE_SECONDS
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(1000):
                socket.write(_WAKE)
                socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return
            if time.monotonic() >= deadline:
                return  # it holds the lock but does not answer: it is starting or stopping
            time.sleep(0.1)  # not listening yet: its window is being painted

    def _on_connection(self) -> None:
        # The waking copy writes right after connecting and then exits, so
        # the message is read here, at once (waiting at most a moment).
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if not socket.bytesAvailable():
                socket.waitForReadyRead(500)
            message = bytes(socket.readAll().data())
            socket.disconnectFromServer()
            socket.deleteLater()
            if message.startswith(_WAKE.strip()):
                self.activated.emit()
