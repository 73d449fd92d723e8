"""The one place a ``TicketProsClient`` is built for the app and the CLI."""

from __future__ import annotations

import platform

from api_client import KeyringTokenStore, TicketProsClient, __version__

from . import paths
from .settings import Settings


def user_agent() -> str:
    return f"TicketProsDesktop/{__version__} ({platform.system()} {platform.release()}; Python {platform.python_version()})"


def make_client(settings: Settings, *, server_url: str | None = None) -> TicketProsClient:
    """Raises ``ConfigurationError`` for an address the SDK refuses."""
    return TicketProsClient(
        server_url or settings.server_url,
        token_store=KeyringTokenStore(lock_dir=paths.session_lock_dir()),
        allow_insecure_http=settings.allow_insecure_http,
        proxy=settings.proxy(),
        user_agent=user_agent(),
    )
