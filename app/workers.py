"""The one way the app runs blocking work: ``TaskRunner.run(fn, ...)``.

HTTP, keyring, hashing, Pillow and disk work run on a ``QThreadPool``; the
result or the exception comes back to the GUI thread through a queued signal
and is handed to ``on_done`` / ``on_error``. A failure with no ``on_error``
goes to ``TaskRunner.failed``, which the app routes to its one error presenter.

A task may take a ``progress`` keyword: a thread-safe callable whose values
reach ``on_progress`` on the GUI thread.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _TaskSignals(QObject):
    """Lives in the GUI thread; its signals are emitted from the worker, so the
    slots below run on the GUI thread (queued connection)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def __init__(self, runner: TaskRunner, on_done, on_error, on_progress, context) -> None:
        # Thread rule: the worker thread drops the last Python reference to
        # this object. Whatever is released then is released on the worker,
        # and a Python-owned QObject released there is destroyed across
        # threads by shiboken, which crashes or deadlocks the GUI thread. So
        # Qt owns this object (parented to the runner), and the callbacks
        # (which keep pages, windows and controllers alive) are dropped on
        # the GUI thread as soon as the outcome is delivered (``_release``).
        super().__init__(runner)
        self._runner = runner
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._context = context
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    def _context_alive(self) -> bool:
        return self._context is None or shiboken6.isValid(self._context)

    def _release(self) -> tuple:
        """The callbacks, dropped here; the runner too. This object is the runner's child: when its
        wrapper held the last Python reference to a runner Python owns (one nothing parents, as
        tests make them), the runner went while this object was being deleted (deleteLater) and
        deleted it a second time. Three Uploads pages set up and torn down in a row, each with its
        own runner, segfaulted in 5 runs of 10; none in 10 since."""
        runner, self._runner = self._runner, None
        callbacks = (self._on_done, self._on_error, self._context_alive(), runner)
        self._on_done = self._on_error = self._on_progress = self._context = None
        runner._finished(self)
        return callbacks

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        on_done, _, alive, _runner = self._release()
        if on_done is not None and alive:
            on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: object) -> None:
        _, on_error, alive, runner = self._release()
        if not alive:
            return
        if on_error is not None:
            on_error(exc)
        else:
            runner.failed.emit(exc)

    @Slot(object)
    def _deliver_progress(self, value: object) -> None:
        if self._on_progress is not None and self._context_alive():
            self._on_progress(value)


def _execute(fn: Callable[..., Any], args: tuple, kwargs: dict, signals: _TaskSignals) -> None:
    """Body of every task, on a pool thread. A plain callable, not a QRunnable
    subclass: Python-owned runnables deleted by the pool crash PySide."""
    try:
        result = fn(*args, **kwargs)
    except BaseException as exc:  # every failure is reported, none lost
        from api_client import TicketProsError  # here: the runner starts before the SDK is loaded

        # The SDK's typed errors, and exceptions that say they are an outcome shown to the person
        # (``expected_failure``, e.g. a refused update), are not bugs: no traceback in the log.
        if isinstance(exc, TicketProsError) or getattr(exc, "expected_failure", False):
            log.info("background task %s: %s", getattr(fn, "__qualname__", fn), exc)
        else:
            log.error("background task %s failed", getattr(fn, "__qualname__", fn), exc_info=exc)
        signals.failed.emit(exc)
    else:
        signals.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs callables on a thread pool and reports back on the GUI thread."""

    #: Failures of tasks started without ``on_error``.
    failed = Signal(object)
    #: Number of tasks in flight changed (for busy indicators).
    busy_changed = Signal(int)

    def __init__(self, *, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._in_flight: set[_TaskSignals] = set()
        self._shut_down = False

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        context: QObject | None = None,
        **kwargs: Any,
    ) -> None:
        """Run ``fn(*args, **kwargs)`` off the GUI thread.

        ``context``: a widget whose destruction cancels the callbacks (the
        result of a page that was closed is dropped, not delivered to a
        deleted object). After ``shutdown`` nothing new starts: a timer that
        fires late (a page's poll) must not start work the pool's destructor
        would then wait for while holding the GIL.
        """
        if self._shut_down:
            log.debug("task %s dropped: the runner is shut down", getattr(fn, "__qualname__", fn))
            return
        signals = _TaskSignals(self, on_done, on_error, on_progress, context)
        if "progress" in inspect.signature(fn).parameters:
            kwargs["progress"] = signals.progressed.emit
        self._in_flight.add(signals)
        self.busy_changed.emit(len(self._in_flight))
        self._pool.start(functools.partial(_execute, fn, args, kwargs, signals))

    @property
    def active(self) -> int:
        return len(self._in_flight)

    def _finished(self, signals: _TaskSignals) -> None:
        self._in_flight.discard(signals)
        signals.deleteLater()
        self.busy_changed.emit(len(self._in_flight))

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Drop queued tasks and wait for running ones (at application exit)."""
        self._shut_down = True
        self._pool.clear()
        return self._pool.waitForDone(timeout_ms)
