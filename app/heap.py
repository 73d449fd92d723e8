"""What start-up made stays out of the garbage collector's way.

Python's cyclic garbage collector walks every object it tracks on each full collection,
holding the GIL all along: whichever thread triggers it (an upload worker allocating, more
often than not), the GUI thread waits for it to end before it can call into Python again.
Once the main window is up, the app tracks some 60,000 objects (modules, classes, Qt's type
wrappers, the pages) that live as long as it does, and a full collection of them took about
40 ms of this machine's CPU; in the 200 MB upload benchmark one such collection, on an upload
worker, was the whole of a 105 ms GUI stall (profiled with ``gc.callbacks``).

:func:`settle` collects once, on the GUI thread (Qt objects in reference cycles must be
destroyed there), then freezes what is left (``gc.freeze``): frozen objects are never walked
again, and later collections walk only what was made since. Objects freed by their reference
count still go as always; only a reference cycle among frozen objects would be kept, and the
collection just before freezing leaves none.

From the app's start, :class:`GuiCollector` collects on the GUI thread, as calibre's
``GarbageCollector`` does (:func:`collect_on_gui_thread`): automatic collection is switched off,
and a timer runs the collections the thresholds call for. A collection triggered by an allocation
on a worker (the one that imports the SDK and the pages during sign-in, an upload worker) would
otherwise run there, and destroy there any Qt object it found in a cycle: a widget destroyed off
the GUI thread while that thread paints is a crash.
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer

log = logging.getLogger(__name__)


def settle() -> None:
    """Collect, then freeze what survives: call on the GUI thread once the main window is up."""
    started = time.perf_counter()
    gc.collect()
    gc.freeze()
    log.debug("heap settled: %d objects frozen in %.0f ms", gc.get_freeze_count(),
              (time.perf_counter() - started) * 1000)


def collect_on_gui_thread() -> None:
    """Automatic collection off, the GUI thread's timer on: call on the GUI thread when the app
    starts, before any worker does."""
    GuiCollector.instance().start()


def stop_collecting() -> None:
    """Automatic collection back on (when the app shuts down: its workers are being stopped)."""
    if GuiCollector._instance is not None:
        GuiCollector._instance.stop()


class GuiCollector(QObject):
    """Python's collection thresholds applied by a GUI-thread timer instead of by allocations.

    Every :attr:`INTERVAL_MS` it looks at :func:`gc.get_count` and collects the oldest generation
    whose count is over its threshold (:func:`gc.get_threshold`, Python's own 700, 10, 10 unless
    changed), as the interpreter does at the allocation that takes the youngest over its own
    (without CPython's rule that delays a full collection while few long-lived objects are new:
    what :func:`gc.freeze` left to walk is small). Garbage in cycles waits at most one interval;
    what the reference counts free goes at once, as always.
    """

    INTERVAL_MS = 500
    _instance: GuiCollector | None = None

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)  # within 5 %: wakes with the others
        self._timer.timeout.connect(self.collect_due)
        self.collections = [0, 0, 0]  # per generation, since start

    @classmethod
    def instance(cls) -> GuiCollector:
        """The app's one collector (made on first use, on the GUI thread, owned by the application)."""
        if cls._instance is None:
            cls._instance = cls()
            cls._instance.destroyed.connect(cls._forget)
        return cls._instance

    @classmethod
    def _forget(cls) -> None:
        cls._instance = None
        gc.enable()  # the application is gone: nothing is left to collect on its thread

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect_due(self) -> int | None:
        """Run the collection the counts call for, if any; its generation, or None."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if not thresholds[0] or counts[0] <= thresholds[0]:
            return None  # CPython looks only when the youngest is over its threshold
        # Then the oldest generation over its own: it includes the younger ones.
        due = max(generation for generation in range(3) if counts[generation] > thresholds[generation])
        gc.collect(due)
        self.collections[due] += 1
        return due
