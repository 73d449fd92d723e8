"""What happens when the app itself fails: nothing is lost, the person is told
in one sentence, and the details go to the log, redacted.

* An exception nobody caught (in a Qt slot, a timer, an event handler) is
  written to the log with its traceback — through the log's redacting
  formatter, so a token or a password in an exception's message never reaches
  the disk — and the app keeps running and says so.
* An exception that escapes a thread of our own is logged the same way.
* A hard crash (a segfault in a library) leaves Python's stack — file names,
  line numbers and function names, never values — in ``crash.log`` next to the
  log, for "Report a problem".
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from . import paths

log = logging.getLogger("ticketpros.crash")

_crash_file = None


def crash_log_path():
    return paths.log_dir() / "crash.log"


def install(notify: Callable[[], None] | None = None, *, crash_file: bool = True) -> None:
    """Install the handlers. ``notify`` is called (on the thread that failed)
    after an uncaught exception was logged, to tell the person; ``crash_file``
    also sends hard crashes to ``crash.log``."""

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.critical("unexpected error", exc_info=(kind, exc, tb))
        if notify is not None:
            try:
                notify()
            except Exception:  # telling the person must not fail in turn
                log.exception("could not show the unexpected-error message")

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        log.critical("unexpected error in thread %s", getattr(args.thread, "name", "?"),
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    if crash_file:
        _enable_faulthandler()


def _enable_faulthandler() -> None:
    global _crash_file
    if _crash_file is not None:
        return
    try:
        path = crash_log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the process's lifetime
    except OSError as exc:
        log.warning("no crash log: %s", exc)
        return
    faulthandler.enable(file=_crash_file, all_threads=True)
