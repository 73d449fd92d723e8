"""One copy of the app per user: a second start brings the first to the front.

Two copies would share one upload queue and one keyring entry, and race each
other's refresh-token rotation. A ``QLockFile`` in the data folder says who
runs (a lock left by a crashed copy is stale and taken over); a
``QLocalServer`` named after that folder lets a second start ask the first to
show its window, then exit.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from . import paths

_WAKE = b"show\n"


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

    def acquire(self) -> bool:
        """True when this is the only copy; else wake the running copy and return False."""
        if not self._lock.tryLock(200):
            self._wake_running_copy()
            return False
        QLocalServer.removeServer(self.server_name)  # left by a copy that crashed
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self.server_name)
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _wake_running_copy(self) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if socket.waitForConnected(1000):
            socket.write(_WAKE)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()

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
