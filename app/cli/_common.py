"""Helpers shared by the sub-commands."""

from __future__ import annotations

import json
import sys
from typing import Any

from api_client import SessionEndedError, TicketProsClient

from ..connection import make_client
from ..settings import Settings


class NotSignedInError(SessionEndedError):
    def __init__(self) -> None:
        super().__init__("You are not signed in. Run: ticketpros login --server URL --email EMAIL",
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
