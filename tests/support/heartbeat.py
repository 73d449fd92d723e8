"""How long the GUI event loop stands still: a 5 ms ``QTimer`` on the GUI
thread; the longest gap between two beats, less the interval, is the longest
stall. Used by tests (a bound) and by ``./dev bench gui_stall`` (a figure)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer

BEAT_MS = 5


class Heartbeat:
    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.longest_ms = 0.0
        self._last = 0.0

    def start(self) -> None:
        """Start measuring afresh (the longest stall so far is forgotten)."""
        self.longest_ms = 0.0
        self.clock.start()
        self._last = 0.0
        self.timer.start()

    def stop(self) -> float:
        """Stop; the longest stall in milliseconds since :meth:`start`."""
        self.timer.stop()
        return self.longest_ms

    def _beat(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.longest_ms = max(self.longest_ms, now - self._last - BEAT_MS)
        self._last = now
