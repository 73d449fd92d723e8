"""Turning any failure into one sentence and a next step for the person.

``describe`` has no Qt in it so the command line uses it too. Tracebacks go to
the log file (``app.workers`` logs unexpected ones), never to a dialog.
"""

from __future__ import annotations

import logging

from api_client import (
    APIStatusError,
    BrowserSignInRequiredError,
    ConfigurationError,
    IncompatibleServerError,
    MalformedResponseError,
    NetworkError,
    PermissionDeniedError,
    RateLimitedError,
    SessionEndedError,
    StorageFullError,
    TicketProsError,
    TLSError,
    TokenStoreError,
)

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    """One or two short sentences: what happened, and what to do next."""
    if isinstance(exc, TokenStoreError):
        if exc.locked:
            return f"{exc.message} Unlock it, or sign in with your password."
        return f"{exc.message} You will need to sign in each time you start the app."
    if isinstance(exc, BrowserSignInRequiredError):
        return exc.message  # it names the way forward: the browser sign-in
    if isinstance(exc, PermissionDeniedError):
        return f"{exc.message} Ask your Account Owner if you need this."
    if isinstance(exc, (SessionEndedError, RateLimitedError, TLSError, NetworkError,
                        IncompatibleServerError, ConfigurationError)):
        return exc.message
    if isinstance(exc, StorageFullError):
        return "The service has run out of storage. Nothing is lost: your files stay in the queue and are sent later."
    if isinstance(exc, MalformedResponseError):
        return f"{exc.message} Try again; if it keeps happening, report a problem."
    if isinstance(exc, APIStatusError):
        return exc.message
    if isinstance(exc, TicketProsError):
        return exc.message
    reason = getattr(exc, "reason", None)
    if isinstance(reason, str) and reason:
        return reason  # media errors carry a ready sentence
    if isinstance(exc, PermissionError):
        return f"The app is not allowed to use {exc.filename or 'a file'}. Check its permissions."
    if isinstance(exc, FileNotFoundError):
        return f"{exc.filename or 'A file'} no longer exists."
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return f"Could not read or write{where}: {exc.strerror or exc}."
    return "Something went wrong. The details are in the log file (Help → Report a problem)."
