"""Turning any failure into one sentence and a next step for the person.

``describe`` has no Qt in it so the command line uses it too. Tracebacks go to
the log file (``app.workers`` logs unexpected ones), never to a dialog.
"""

from __future__ import annotations

import logging

from api_client import (
    BrowserSignInRequiredError,
    MalformedResponseError,
    PermissionDeniedError,
    StorageFullError,
    TicketProsError,
    TokenStoreError,
)

from .sdk_sentences import localise
from .translation import Context, translate

log = logging.getLogger(__name__)
Errors = Context("Errors")


def describe(exc: BaseException) -> str:
    """One or two short sentences: what happened, and what to do next."""
    if isinstance(exc, TicketProsError):
        return _describe_sdk(exc, localise(exc.message) or "")
    reason = getattr(exc, "reason", None)
    if isinstance(reason, str) and reason:
        # Media errors carry the SDK's sentence (translated by its code); a command's own
        # are marked for the catalogue ("Cli") and translated here.
        said = localise(reason)
        return said if said != reason else translate("Cli", reason)
    return _describe_other(exc)


def _describe_sdk(exc: TicketProsError, message: str) -> str:
    """``message``: the error's own sentence, in the person's language."""
    if isinstance(exc, TokenStoreError):
        if exc.locked:
            return f"{message} " + Errors.tr("Unlock it, or sign in with your password.")
        return f"{message} " + Errors.tr("You will need to sign in each time you start the app.")
    if isinstance(exc, PermissionDeniedError) and not isinstance(exc, BrowserSignInRequiredError):
        return f"{message} " + Errors.tr("Ask your Account Owner if you need this.")
    if isinstance(exc, StorageFullError):
        return Errors.tr("The service has run out of storage. Nothing is lost: your files stay in the queue and "
                         "are sent later.")
    if isinstance(exc, MalformedResponseError):
        return f"{message} " + Errors.tr("Try again; if it keeps happening, report a problem.")
    # BrowserSignInRequiredError names the way forward (the browser sign-in); the others'
    # sentences say all there is, an APIStatusError's being the service's own (or the SDK's).
    return message


def _describe_other(exc: BaseException) -> str:
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
