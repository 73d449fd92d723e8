"""Helpers shared by the sub-commands."""

from __future__ import annotations

import json
import sys
from typing import Any, Protocol

from api_client import SessionEndedError, TicketProsClient

from ..connection import make_client
from ..settings import Settings
from ..translation import QT_TRANSLATE_NOOP, Context

Cli = Context("Cli")


class GuiStarter(Protocol):
    """The GUI's entry points, handed to the command line by ``app.launcher``:
    the command line never imports Qt, so it runs where Qt is not installed."""

    def run_gui(self, *, server_url: str | None = None) -> int: ...

    def run_self_test(self) -> int: ...


class CommandError(RuntimeError):
    """A failure the command explains in one ready sentence, ``reason`` (no
    traceback in the log: nothing unexpected happened). A class's ``reason`` is
    marked with ``QT_TRANSLATE_NOOP("Cli", …)`` and translated when shown
    (``app.errors.describe``); one given to the constructor is already translated."""

    reason = QT_TRANSLATE_NOOP("Cli", "The command failed.")

    def __init__(self, reason: str | None = None) -> None:
        if reason is not None:
            self.reason = reason
        super().__init__(self.reason)


class QtNotInstalledError(CommandError):
    """The GUI was asked for where only the command line is installed."""

    reason = QT_TRANSLATE_NOOP("Cli", "The app needs its Qt part: pip install 'ticketpros-desktop[gui]'")


class NotSignedInError(SessionEndedError):
    def __init__(self) -> None:
        super().__init__(Cli.tr("You are not signed in. Run: ticketpros login --server URL --browser"),
                         status=401, code="not_signed_in")


def signed_in_client(settings: Settings | None = None) -> TicketProsClient:
    """A client resumed from the keyring, or NotSignedInError."""
    settings = settings or Settings.load()
    if not settings.account:
        raise NotSignedInError()
    client = make_client(settings)
    if not client.resume(settings.account):
        client.close()
        raise NotSignedInError()
    return client


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")
