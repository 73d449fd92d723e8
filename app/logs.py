"""Logging to a rotating file in the platformdirs log dir, with secrets redacted.

Redaction happens in the formatter, after the message and any traceback are
rendered, so no code path (an exception's repr, a library's debug line) can
write a token or a password to disk.
"""

from __future__ import annotations

import logging
import logging.handlers
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


def setup_logging(*, level: int = logging.INFO, log_file: Path | None = None) -> Path:
    """Send the app's logs to the log file (idempotent); return its path."""
    target = log_file or paths.log_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_ticketpros", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=2 * 1024 * 1024, backupCount=3, encoding="utf-8", delay=True
    )
    handler._ticketpros = True  # type: ignore[attr-defined]
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request line at INFO; keep the file about the app.
    for noisy in ("httpx", "httpcore", "PIL", "keyring"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return target
