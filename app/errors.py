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

from .translation import Context, translate

log = logging.getLogger(__name__)
Errors = Context("Errors")


def describe(exc: BaseException) -> str:
    """One or two short sentences: what happened, and what to do next."""
    if isinstance(exc, TokenStoreError):
        if exc.locked:
            return f"{exc.message} " + Errors.tr("Unlock it, or sign in with your password.")
        return f"{exc.message} " + Errors.tr("You will need to sign in each time you start the app.")
    if isinstance(exc, BrowserSignInRequiredError):
        return exc.message  # it names the way forward: the browser sign-in
    if isinstance(exc, PermissionDeniedError):
        return f"{exc.message} " + Errors.tr("Ask your Account Owner if you need this.")
    if isinstance(exc, (SessionEndedError, RateLimitedError, TLSError, NetworkError,
                        IncompatibleServerError, ConfigurationError)):
        return exc.message
    if isinstance(exc, StorageFullError):
        return Errors.tr("The service has run out of storage. Nothing is lost: your files stay in the queue and "
                         "are sent later.")
    if isinstance(exc, MalformedResponseError):
        return f"{exc.message} " + Errors.tr("Try again; if it keeps happening, report a problem.")
    if isinstance(exc, APIStatusError):
        return exc.message
    if isinstance(exc, TicketProsError):
        return exc.message
    reason = getattr(exc, "reason", None)
    if isinstance(reason, str) and reason:
        # Media errors carry a ready sentence; a command's own are marked for
        # the catalogue ("Cli") and translated here.
        return translate("Cli", reason)
    if isinstance(exc, PermissionError):
        return (Errors.tr("The app is not allowed to use {file}. Check its permissions.").format(file=exc.filename)
                if exc.filename else Errors.tr("The app is not allowed to use a file. Check its permissions."))
    if isinstance(exc, FileNotFoundError):
        return (Errors.tr("{file} no longer exists.").format(file=exc.filename) if exc.filename
                else Errors.tr("A file no longer exists."))
    if isinstance(exc, OSError):
        if exc.filename:
            return Errors.tr("Could not read or write {file}: {reason}.").format(file=exc.filename,
                                                                                 reason=exc.strerror or exc)
        return Errors.tr("Could not read or write: {reason}.").format(reason=exc.strerror or exc)
    return Errors.tr("Something went wrong. The details are in the log file (Help → Report a problem).")
