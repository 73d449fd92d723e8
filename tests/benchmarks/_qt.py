"""Waiting for the GUI in benchmarks: the event loop runs in Qt, as in the app.

Spinning ``processEvents()`` from Python is avoided on purpose: it is unlike
the app (which sits in ``app.exec()``), it costs a Python round trip per
event batch, and every call from Python crosses the binding (PySide6 6.12.0 on
Python 3.11 lost a reference to ``None`` on each such call of a ``void``
method and aborted a benchmark after some thousands; see
tests/app/test_qt_binding.py). A ``QEventLoop`` polled by a timer costs a
handful of calls per wait.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def run_until(until: Callable[[], bool] | None, seconds: float, *, poll_ms: int = 1) -> bool:
    """Run the event loop until ``until()`` is true or ``seconds`` have passed;
    return whether ``until()`` became true (always False without one)."""
    deadline = time.monotonic() + seconds
    if until is not None and until():
        return True
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(poll_ms)
    met = [False]

    def check() -> None:
        if until is not None and until():
            met[0] = True
            loop.quit()
        elif time.monotonic() >= deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return met[0]
