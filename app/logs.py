"""Logging to a rotating file in the platformdirs log dir, with secrets redacted.

Redaction happens in the formatter, after the message and any traceback are
rendered, so no code path (an exception's repr, a library's debug line) can
write a token or a password to disk.
"""

from __future__ import annotations

import atexit
import logging
import re
from pathlib import Path

from . import paths

_SECRETS = (
    (re.compile(r"\btp([ar])_[A-Za-z0-9_\-]{8,}"), r"tp\1_[redacted]"),
    (re.compile(r"(?i)(bearer\s+)[^\s'\"]+"), r"\1[redacted]"),
    (re.compile(r"(?i)(['\"]?(?:password|refresh_token|access_token)['\"]?\s*[:=]\s*)(['\"]?)[^'\"\s,}]+"),
     r"\1\2[redacted]"),
)


def redact(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _EarlyRecords(logging.Handler):
    """Keeps what is logged before the log file is opened (:func:`open_log_file`), for it."""

    #: More than start-up ever logs; beyond it, the oldest go.
    LIMIT = 1000

    def __init__(self, target: Path) -> None:
        super().__init__()
        self.target = target
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        del self.records[:-self.LIMIT]


def _ours(root: logging.Logger) -> list[logging.Handler]:
    return [h for h in root.handlers if getattr(h, "_ticketpros", False)]


def setup_logging(*, level: int = logging.INFO, log_file: Path | None = None, defer: bool = False) -> Path:
    """Send the app's logs to the log file (idempotent); return its path.

    ``defer``: the file is opened by :func:`open_log_file` (the GUI: after the sign-in window's
    first paint, as ``logging.handlers`` takes milliseconds to import); what is logged before
    is kept and written then, or when the process exits first."""
    target = log_file or paths.log_file()
    root = logging.getLogger()
    for handler in _ours(root):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    # httpx logs every request line at INFO; keep the file about the app.
    for noisy in ("httpx", "httpcore", "PIL", "keyring"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if defer:
        early = _EarlyRecords(target)
        early._ticketpros = True  # type: ignore[attr-defined]
        root.addHandler(early)
        atexit.register(open_log_file)
    else:
        _open(root, target, [])
    return target


def open_log_file() -> None:
    """Open the log file deferred by ``setup_logging(defer=True)`` and write what waited for it."""
    root = logging.getLogger()
    for early in _ours(root):
        if isinstance(early, _EarlyRecords):
            root.removeHandler(early)
            _open(root, early.target, early.records)


def _open(root: logging.Logger, target: Path, waiting: list[logging.LogRecord]) -> None:
    import logging.handlers

    target.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=2 * 1024 * 1024, backupCount=3, encoding="utf-8", delay=True
    )
    handler._ticketpros = True  # type: ignore[attr-defined]
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for record in waiting:
        handler.handle(record)
    root.addHandler(handler)
